package uk.earlyhelp.pbr.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import uk.earlyhelp.pbr.domain.rules.ClaimRules;

@Singleton
public class ClaimRulesProducer {

    @Produces
    @Singleton
    ClaimRules claimRules(PaymentByResultsRules rules) {
        return rules.claimRules();
    }
}
