package uk.earlyhelp.referral.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.earlyhelp.contracts.CaseClosedV1;
import uk.earlyhelp.contracts.CaseReopenedV1;
import uk.earlyhelp.contracts.EligibilityDecidedV1;
import uk.earlyhelp.platform.messaging.Inbox;
import uk.earlyhelp.referral.projection.CaseStatuses;
import uk.earlyhelp.referral.projection.DutyFeed;
import uk.earlyhelp.referral.projection.FamilyDecisions;

/**
 * What referral-service needs from the other services: each family's latest eligibility decision (shown on
 * its referrals) and its case closures (the re-referral flag). Once per {@code ce_id}.
 */
@ApplicationScoped
public class FamilyEventsConsumer {

    static final String ELIGIBILITY = "eligibility";
    static final String CASEWORK = "casework";

    private final Inbox inbox;
    private final FamilyDecisions decisions;
    private final CaseStatuses caseStatuses;
    private final DutyFeed dutyFeed;

    FamilyEventsConsumer(Inbox inbox, FamilyDecisions decisions, CaseStatuses caseStatuses, DutyFeed dutyFeed) {
        this.inbox = inbox;
        this.decisions = decisions;
        this.caseStatuses = caseStatuses;
        this.dutyFeed = dutyFeed;
    }

    @Incoming(ELIGIBILITY)
    @Blocking
    public void consumeDecision(ConsumerRecord<String, String> record) {
        inbox.receive(ELIGIBILITY, record, event -> {
            if (event instanceof EligibilityDecidedV1 decided) {
                decisions.record(decided);
                dutyFeed.decision(decided);
            }
        });
    }

    @Incoming(CASEWORK)
    @Blocking
    public void consumeCasework(ConsumerRecord<String, String> record) {
        inbox.receive(CASEWORK, record, event -> {
            switch (event) {
                case CaseClosedV1 closed -> caseStatuses.closed(closed.familyId(), closed.closedOn());
                case CaseReopenedV1 reopened -> caseStatuses.reopened(reopened.familyId(), reopened.reopenedOn());
                default -> {
                    // Other casework events do not concern intake.
                }
            }
        });
    }
}
