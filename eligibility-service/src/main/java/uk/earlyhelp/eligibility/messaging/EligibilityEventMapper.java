package uk.earlyhelp.eligibility.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import uk.earlyhelp.contracts.EligibilityDecidedV1;
import uk.earlyhelp.contracts.IntegrationEvent;
import uk.earlyhelp.eligibility.domain.EligibilityDecided;
import uk.earlyhelp.platform.messaging.IntegrationEventMapper;

/** Publishes decisions on {@code earlyhelp.eligibility.v1}; the evidence bookkeeping stays inside. */
@ApplicationScoped
public class EligibilityEventMapper implements IntegrationEventMapper {

    @Override
    public Optional<IntegrationEvent> toIntegrationEvent(Object internalEvent) {
        if (internalEvent instanceof EligibilityDecided decided) {
            return Optional.of(new EligibilityDecidedV1(
                    decided.decisionId(),
                    decided.familyId(),
                    decided.council(),
                    decided.decision(),
                    decided.problemsCounted().stream().sorted().toList(),
                    decided.problemsStillNeeded(),
                    decided.ruleVersion(),
                    decided.reason(),
                    decided.evidencingReferralIds(),
                    decided.decidedAt()));
        }
        return Optional.empty();
    }
}
