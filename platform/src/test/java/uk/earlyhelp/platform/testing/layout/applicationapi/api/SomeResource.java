package uk.earlyhelp.platform.testing.layout.applicationapi.api;

/** Fixture: a resource. */
public class SomeResource {}
