package uk.earlyhelp.contracts;

/** An event about one family: keyed by {@code familyId}, so a family's events share a partition and stay in order. */
public sealed interface FamilyEvent extends IntegrationEvent
        permits ReferralReceivedV1,
                ReferralWithdrawnV1,
                FamilyErasedV1,
                FamilyTriagedV1,
                SocialCareOutcomeRecordedV1,
                FamiliesMergedV1,
                EligibilityDecidedV1,
                FamilyAttachedV1,
                AssessmentRecordedV1,
                PlanAgreedV1,
                PlanReviewedV1,
                OutcomeRecordedV1,
                OutcomeRetractedV1,
                EmploymentStartedV1,
                EmploymentEndedV1,
                SteppedUpV1,
                SteppedDownV1,
                CaseClosedV1,
                CaseReopenedV1,
                FamilyClaimedV1 {

    String familyId();

    @Override
    default String partitionKey() {
        return familyId();
    }
}
