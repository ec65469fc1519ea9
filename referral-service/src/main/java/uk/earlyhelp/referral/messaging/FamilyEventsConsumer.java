package uk.earlyhelp.referral.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.earlyhelp.contracts.CaseClosedV1;
import uk.earlyhelp.contracts.CaseReopenedV1;
import uk.earlyhelp.contracts.EligibilityDecidedV1;
import uk.earlyhelp.contracts.FamilyAttachedV1;
import uk.earlyhelp.contracts.FamilyEvent;
import uk.earlyhelp.contracts.IntegrationEvent;
import uk.earlyhelp.contracts.SteppedDownV1;
import uk.earlyhelp.platform.messaging.Inbox;
import uk.earlyhelp.platform.time.England;
import uk.earlyhelp.referral.projection.CaseStatuses;
import uk.earlyhelp.referral.projection.DutyFeed;
import uk.earlyhelp.referral.projection.FamilyActivity;
import uk.earlyhelp.referral.projection.FamilyDecisions;

/**
 * What referral-service needs from the other services: each family's latest eligibility decision (shown on
 * its referrals) and its case closures (the re-referral flag). Once per {@code ce_id}.
 */
@ApplicationScoped
public class FamilyEventsConsumer {

    static final String ELIGIBILITY = "eligibility";
    static final String CASEWORK = "casework";

    @Inject
    Inbox inbox;

    @Inject
    FamilyDecisions decisions;

    @Inject
    CaseStatuses caseStatuses;

    @Inject
    DutyFeed dutyFeed;

    @Inject
    FamilyActivity activity;

    @Inject
    Clock clock;

    /** Whether the family's case is open after this event; empty when the event does not say. */
    private static Optional<Boolean> caseOpen(IntegrationEvent event) {
        return switch (event) {
            case FamilyAttachedV1 attached -> Optional.of(true);
            case CaseReopenedV1 reopened -> Optional.of(true);
            case SteppedDownV1 steppedDown -> Optional.of(true);
            case CaseClosedV1 closed -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    @Incoming(ELIGIBILITY)
    @Blocking
    public void consumeDecision(ConsumerRecords<String, String> records) {
        inbox.receiveBatch(ELIGIBILITY, records, event -> {
            if (event instanceof EligibilityDecidedV1 decided) {
                decisions.record(decided);
                dutyFeed.decision(decided);
            }
        });
    }

    @Incoming(CASEWORK)
    @Blocking
    public void consumeCasework(ConsumerRecords<String, String> records) {
        inbox.receiveBatch(CASEWORK, records, event -> {
            switch (event) {
                case CaseClosedV1 closed -> caseStatuses.closed(closed.familyId(), closed.closedOn());
                case CaseReopenedV1 reopened -> caseStatuses.reopened(reopened.familyId(), reopened.reopenedOn());
                default -> {
                    // Other casework events do not concern intake, only retention (below).
                }
            }
            // Retention counts from the day this service heard of the family's latest activity, never from a
            // date typed on the event: a back-dated closure must not bring the family's erasure forward.
            if (event instanceof FamilyEvent family) {
                activity.active(family.familyId(), family.council(), England.dateOf(clock.instant()), caseOpen(event));
            }
        });
    }
}
