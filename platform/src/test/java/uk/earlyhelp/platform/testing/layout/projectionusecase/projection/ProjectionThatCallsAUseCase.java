package uk.earlyhelp.platform.testing.layout.projectionusecase.projection;

import uk.earlyhelp.platform.testing.layout.projectionusecase.application.SomeUseCase;

/** Fixture, deliberately bad: a projection that calls a use case. */
public class ProjectionThatCallsAUseCase {
    SomeUseCase useCase;
}
