package uk.earlyhelp.platform.testing.layout.applicationapi.application;

import uk.earlyhelp.platform.testing.layout.applicationapi.api.SomeResource;

/** Fixture, deliberately bad: a use case that reaches back up to a resource. */
public class UseCaseThatCallsAResource {
    SomeResource resource;
}
