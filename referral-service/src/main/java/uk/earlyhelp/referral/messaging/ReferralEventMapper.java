package uk.earlyhelp.referral.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import uk.earlyhelp.contracts.FamiliesMergedV1;
import uk.earlyhelp.contracts.FamilyErasedV1;
import uk.earlyhelp.contracts.FamilyTriagedV1;
import uk.earlyhelp.contracts.IntegrationEvent;
import uk.earlyhelp.contracts.ReferralReceivedV1;
import uk.earlyhelp.contracts.ReferralWithdrawnV1;
import uk.earlyhelp.contracts.SocialCareOutcomeRecordedV1;
import uk.earlyhelp.platform.messaging.IntegrationEventMapper;
import uk.earlyhelp.platform.time.England;
import uk.earlyhelp.referral.domain.ErasureTrigger;
import uk.earlyhelp.referral.domain.FamilyErased;
import uk.earlyhelp.referral.domain.PresentingIssue;
import uk.earlyhelp.referral.domain.ReferralReceived;
import uk.earlyhelp.referral.domain.ReferralWithdrawn;
import uk.earlyhelp.referral.domain.frontdoor.FamiliesMerged;
import uk.earlyhelp.referral.domain.frontdoor.FamilyTriaged;
import uk.earlyhelp.referral.domain.frontdoor.SocialCareOutcomeRecorded;

/**
 * Maps referral events to {@code earlyhelp.referrals.v1}, leaving every name, date of birth, address and
 * piece of narrative (summary, evidence, withdrawal, triage and social care reasons) behind.
 */
@ApplicationScoped
public class ReferralEventMapper implements IntegrationEventMapper {

    @Override
    public Optional<IntegrationEvent> toIntegrationEvent(Object internalEvent) {
        return switch (internalEvent) {
            case ReferralReceived received -> {
                LocalDate receivedOn = England.dateOf(received.receivedAt());
                yield Optional.of(new ReferralReceivedV1(
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
                        received.reReferral()));
            }
            case ReferralWithdrawn withdrawn ->
                Optional.of(new ReferralWithdrawnV1(
                        withdrawn.referralId(), withdrawn.familyId(), withdrawn.council(), withdrawn.withdrawnAt()));
            case FamilyErased erased ->
                Optional.of(new FamilyErasedV1(
                        erased.familyId(),
                        erased.council(),
                        trigger(erased.trigger()),
                        erased.requestedOn(),
                        erased.erasedAt()));
            case FamilyTriaged triaged ->
                Optional.of(new FamilyTriagedV1(
                        triaged.triageId(),
                        triaged.familyId(),
                        triaged.council(),
                        triaged.outcome(),
                        triaged.team(),
                        triaged.signpostedTo(),
                        triaged.triagedBy(),
                        triaged.triagedAt()));
            case SocialCareOutcomeRecorded answered ->
                Optional.of(new SocialCareOutcomeRecordedV1(
                        answered.outcomeId(),
                        answered.familyId(),
                        answered.council(),
                        answered.outcome(),
                        answered.decidedOn(),
                        answered.recordedBy(),
                        answered.recordedAt()));
            case FamiliesMerged merged ->
                Optional.of(new FamiliesMergedV1(
                        merged.familyId(), merged.intoFamilyId(), merged.council(), merged.mergedAt()));
            default -> Optional.empty();
        };
    }

    /** The stored event keeps its own enum, so a change to the contract never rewrites the event store. */
    static FamilyErasedV1.ErasureTrigger trigger(ErasureTrigger trigger) {
        return switch (trigger) {
            case REQUEST -> FamilyErasedV1.ErasureTrigger.REQUEST;
            case RETENTION -> FamilyErasedV1.ErasureTrigger.RETENTION;
        };
    }
}
