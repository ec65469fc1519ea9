package uk.earlyhelp.platform.testing.layout.good.config;

import uk.earlyhelp.platform.testing.layout.good.api.GoodResource;
import uk.earlyhelp.platform.testing.layout.good.messaging.GoodConsumer;

/** Fixture: configuration wires every layer. */
public class GoodConfig {
    GoodResource resource;
    GoodConsumer consumer;
}
