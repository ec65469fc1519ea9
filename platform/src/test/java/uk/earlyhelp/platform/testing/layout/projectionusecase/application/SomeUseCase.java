package uk.earlyhelp.platform.testing.layout.projectionusecase.application;

/** Fixture: a use case. */
public class SomeUseCase {}
