package uk.earlyhelp.platform.testing.layout.good.application;

import org.axonframework.commandhandling.gateway.CommandGateway;
import uk.earlyhelp.platform.testing.layout.good.domain.GoodRule;
import uk.earlyhelp.platform.testing.layout.good.projection.GoodView;

/** Fixture: a use case applies a domain rule, reads a projection and may send commands. */
public class GoodUseCase {
    CommandGateway commands;

    public String run(String input) {
        return GoodRule.apply(input) + new GoodView().read();
    }
}
