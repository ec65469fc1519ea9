package uk.earlyhelp.platform.testing.layout.good.domain;

import uk.earlyhelp.contracts.HeadlineProblem;

/** Fixture: a pure rule; shared codes from contracts are allowed. */
public final class GoodRule {
    private GoodRule() {}

    public static String apply(String input) {
        return input + HeadlineProblem.HEALTH;
    }
}
