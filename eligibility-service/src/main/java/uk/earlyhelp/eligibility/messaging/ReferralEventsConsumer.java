package uk.earlyhelp.eligibility.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.earlyhelp.contracts.FamiliesMergedV1;
import uk.earlyhelp.contracts.IntegrationEvent;
import uk.earlyhelp.contracts.ReferralReceivedV1;
import uk.earlyhelp.contracts.ReferralWithdrawnV1;
import uk.earlyhelp.contracts.SocialCareOutcome;
import uk.earlyhelp.contracts.SocialCareOutcomeRecordedV1;
import uk.earlyhelp.contracts.SteppedDownV1;
import uk.earlyhelp.eligibility.domain.AnswerEscalation;
import uk.earlyhelp.eligibility.domain.MergeFamilyAway;
import uk.earlyhelp.eligibility.domain.RecordReferralEvidence;
import uk.earlyhelp.eligibility.domain.RuleBook;
import uk.earlyhelp.eligibility.domain.RuleVersion;
import uk.earlyhelp.eligibility.domain.UniteEvidence;
import uk.earlyhelp.eligibility.domain.WithdrawReferralEvidence;
import uk.earlyhelp.eligibility.projection.FamilyAliases;
import uk.earlyhelp.platform.messaging.Inbox;
import uk.earlyhelp.platform.time.England;

/**
 * Turns referral events into evidence on the family, social care's answers (from the front door, or casework's
 * step-down) into answers to its escalation, and a merge into one family's united evidence; once per {@code ce_id}.
 * An event naming a family merged into another is about that other.
 */
@ApplicationScoped
public class ReferralEventsConsumer {

    static final String CHANNEL = "referrals";
    static final String CASEWORK = "casework";

    @Inject
    Inbox inbox;

    @Inject
    CommandGateway commands;

    @Inject
    Clock clock;

    @Inject
    RuleBook rules;

    @Inject
    FamilyAliases aliases;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.receiveBatch(CHANNEL, records, this::handle);
    }

    @Incoming(CASEWORK)
    @Blocking
    public void consumeCasework(ConsumerRecords<String, String> records) {
        inbox.receiveBatch(CASEWORK, records, this::handle);
    }

    private void handle(IntegrationEvent event) {
        Instant now = clock.instant();
        RuleVersion rule = rules.inForceOn(England.dateOf(now));
        switch (event) {
            case ReferralReceivedV1 received ->
                commands.sendAndWait(new RecordReferralEvidence(
                        aliases.resolve(received.familyId()),
                        received.council(),
                        received.referralId(),
                        Set.copyOf(received.problems()),
                        received.safeguardingConcern(),
                        rule,
                        now));
            case ReferralWithdrawnV1 withdrawn ->
                commands.sendAndWait(new WithdrawReferralEvidence(
                        aliases.resolve(withdrawn.familyId()), withdrawn.referralId(), rule, now));
            case SocialCareOutcomeRecordedV1 answered ->
                commands.sendAndWait(new AnswerEscalation(
                        aliases.resolve(answered.familyId()), answered.outcomeId(), answered.outcome(), rule, now));
            case SteppedDownV1 steppedDown ->
                commands.sendAndWait(new AnswerEscalation(
                        aliases.resolve(steppedDown.familyId()),
                        "casework-step-down:" + steppedDown.steppedDownOn(),
                        SocialCareOutcome.STEP_DOWN_TO_EARLY_HELP,
                        rule,
                        now));
            case FamiliesMergedV1 merged -> {
                // Into the family a chain of merges ends in, should the merge of the one named have arrived first.
                String into = aliases.merged(merged.familyId(), merged.intoFamilyId());
                UniteEvidence.Handover handover = commands.sendAndWait(new MergeFamilyAway(merged.familyId(), into));
                commands.sendAndWait(new UniteEvidence(into, merged.council(), merged.familyId(), handover, rule, now));
            }
            default -> {
                // Other events on the topics do not bear on eligibility.
            }
        }
    }
}
