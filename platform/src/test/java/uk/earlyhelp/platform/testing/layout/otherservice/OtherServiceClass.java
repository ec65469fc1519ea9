package uk.earlyhelp.platform.testing.layout.otherservice;

/** Fixture: a class of another service. */
public class OtherServiceClass {}
