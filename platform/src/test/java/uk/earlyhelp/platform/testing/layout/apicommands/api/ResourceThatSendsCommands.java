package uk.earlyhelp.platform.testing.layout.apicommands.api;

import org.axonframework.commandhandling.gateway.CommandGateway;

/** Fixture, deliberately bad: a resource that sends commands itself instead of calling a use case. */
public class ResourceThatSendsCommands {
    CommandGateway commands;
}
