package uk.earlyhelp.eligibility.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import uk.earlyhelp.eligibility.domain.RuleBook;

@Singleton
public class RuleBookProducer {

    @Produces
    @Singleton
    RuleBook ruleBook(EligibilityRules rules) {
        return rules.ruleBook();
    }
}
