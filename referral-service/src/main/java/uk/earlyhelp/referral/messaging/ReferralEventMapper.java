package uk.earlyhelp.referral.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import uk.earlyhelp.contracts.IntegrationEvent;
import uk.earlyhelp.contracts.ReferralReceivedV1;
import uk.earlyhelp.platform.messaging.IntegrationEventMapper;
import uk.earlyhelp.referral.domain.PresentingIssue;
import uk.earlyhelp.referral.domain.ReferralReceived;

/** Maps referral events to {@code earlyhelp.referrals.v1}, leaving every name, date of birth and address behind. */
@ApplicationScoped
public class ReferralEventMapper implements IntegrationEventMapper {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Override
    public Optional<IntegrationEvent> toIntegrationEvent(Object internalEvent) {
        if (internalEvent instanceof ReferralReceived received) {
            LocalDate receivedOn = LocalDate.ofInstant(received.receivedAt(), UK);
            return Optional.of(new ReferralReceivedV1(
                    received.referralId(),
                    received.familyId(),
                    received.council(),
                    received.agency(),
                    received.receivedAt(),
                    received.issues().stream()
                            .map(PresentingIssue::problem)
                            .distinct()
                            .toList(),
                    received.household().members().stream()
                            .map(m -> new ReferralReceivedV1.Member(m.role(), m.ageInYearsOn(receivedOn)))
                            .toList(),
                    received.safeguardingConcern(),
                    false));
        }
        return Optional.empty();
    }
}
