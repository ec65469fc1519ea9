package uk.earlyhelp.pbr.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import uk.earlyhelp.pbr.domain.rules.ClaimRuleBook;

@Singleton
public class ClaimRulesProducer {

    @Produces
    @Singleton
    ClaimRuleBook claimRules(PaymentByResultsRules rules) {
        return rules.ruleBook();
    }
}
