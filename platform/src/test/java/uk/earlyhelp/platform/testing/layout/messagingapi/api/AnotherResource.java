package uk.earlyhelp.platform.testing.layout.messagingapi.api;

/** Fixture: a resource. */
public class AnotherResource {}
