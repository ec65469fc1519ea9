package uk.earlyhelp.pbr.domain.rules;

import java.time.LocalDate;
import java.util.List;
import uk.earlyhelp.contracts.ClaimRoute;

/** Why a family can be claimed: the route, the day it qualified, and the dated facts that prove it. */
public record Proof(ClaimRoute route, LocalDate qualifiedOn, List<ProvingPeriod> periods) {

    public Proof {
        periods = List.copyOf(periods);
    }
}
