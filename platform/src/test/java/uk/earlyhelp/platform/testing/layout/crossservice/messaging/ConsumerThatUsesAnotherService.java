package uk.earlyhelp.platform.testing.layout.crossservice.messaging;

import uk.earlyhelp.platform.testing.layout.otherservice.OtherServiceClass;

/** Fixture, deliberately bad: a class that depends on another service's code. */
public class ConsumerThatUsesAnotherService {
    OtherServiceClass other;
}
