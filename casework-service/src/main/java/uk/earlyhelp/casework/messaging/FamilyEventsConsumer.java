package uk.earlyhelp.casework.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.earlyhelp.casework.domain.caserecord.ErasePersonalData;
import uk.earlyhelp.casework.domain.caserecord.NoteEligibilityDecision;
import uk.earlyhelp.casework.domain.caserecord.NoteMerge;
import uk.earlyhelp.casework.domain.caserecord.NoteReferral;
import uk.earlyhelp.casework.domain.caserecord.NoteTriage;
import uk.earlyhelp.contracts.EligibilityDecidedV1;
import uk.earlyhelp.contracts.FamiliesMergedV1;
import uk.earlyhelp.contracts.FamilyErasedV1;
import uk.earlyhelp.contracts.FamilyTriagedV1;
import uk.earlyhelp.contracts.IntegrationEvent;
import uk.earlyhelp.contracts.ReferralReceivedV1;
import uk.earlyhelp.platform.messaging.Inbox;
import uk.earlyhelp.platform.personal.FamilyKeys;

/**
 * Puts referrals, triages and eligibility decisions on each family's case, and erases a family's personal data when
 * referral-service has erased it (docs/personal-data.md); once per {@code ce_id}.
 */
@ApplicationScoped
public class FamilyEventsConsumer {

    static final String REFERRALS = "referrals";
    static final String ELIGIBILITY = "eligibility";

    @Inject
    Inbox inbox;

    @Inject
    CommandGateway commands;

    @Inject
    FamilyKeys keys;

    @Incoming(REFERRALS)
    @Blocking
    public void consumeReferral(ConsumerRecords<String, String> records) {
        inbox.receiveBatch(REFERRALS, records, this::handle);
    }

    @Incoming(ELIGIBILITY)
    @Blocking
    public void consumeDecision(ConsumerRecords<String, String> records) {
        inbox.receiveBatch(ELIGIBILITY, records, this::handle);
    }

    private void handle(IntegrationEvent event) {
        switch (event) {
            case ReferralReceivedV1 referral ->
                commands.sendAndWait(new NoteReferral(
                        referral.familyId(),
                        referral.council(),
                        referral.referralId(),
                        referral.agency(),
                        referral.problems(),
                        referral.safeguardingConcern(),
                        referral.receivedAt()));
            case EligibilityDecidedV1 decided ->
                commands.sendAndWait(new NoteEligibilityDecision(
                        decided.familyId(),
                        decided.council(),
                        decided.decisionId(),
                        decided.decision(),
                        decided.problemsCounted(),
                        decided.ruleVersion(),
                        decided.reason(),
                        decided.decidedAt()));
            case FamilyTriagedV1 triaged ->
                commands.sendAndWait(new NoteTriage(
                        triaged.familyId(),
                        triaged.council(),
                        triaged.triageId(),
                        triaged.outcome(),
                        triaged.team(),
                        triaged.signpostedTo(),
                        triaged.triagedBy(),
                        triaged.triagedAt()));
            case FamiliesMergedV1 merged -> {
                for (String familyId : java.util.List.of(merged.familyId(), merged.intoFamilyId())) {
                    commands.sendAndWait(new NoteMerge(
                            familyId, merged.council(), merged.familyId(), merged.intoFamilyId(), merged.mergedAt()));
                }
            }
            case FamilyErasedV1 erased -> {
                // The key goes first, in the same transaction as the case's note of the erasure.
                keys.erase(erased.familyId());
                commands.sendAndWait(new ErasePersonalData(erased.familyId(), erased.council(), erased.erasedAt()));
            }
            default -> {
                // Not part of a family's plan history yet.
            }
        }
    }
}
