package uk.earlyhelp.platform.testing.layout.messagingapi.messaging;

import uk.earlyhelp.platform.testing.layout.messagingapi.api.AnotherResource;

/** Fixture, deliberately bad: a Kafka consumer that calls a REST resource. */
public class ConsumerThatCallsAResource {
    AnotherResource resource;
}
