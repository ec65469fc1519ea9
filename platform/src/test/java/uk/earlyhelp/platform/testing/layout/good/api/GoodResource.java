package uk.earlyhelp.platform.testing.layout.good.api;

import uk.earlyhelp.platform.testing.layout.good.application.GoodUseCase;

/** Fixture: a thin resource that calls one use case. */
public class GoodResource {
    private final GoodUseCase useCase = new GoodUseCase();

    public String post(String input) {
        return useCase.run(input);
    }
}
