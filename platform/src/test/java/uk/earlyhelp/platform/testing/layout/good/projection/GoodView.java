package uk.earlyhelp.platform.testing.layout.good.projection;

import uk.earlyhelp.platform.testing.layout.good.domain.GoodRule;

/** Fixture: a read model built from the domain's events. */
public class GoodView {
    public String read() {
        return GoodRule.apply("view");
    }
}
