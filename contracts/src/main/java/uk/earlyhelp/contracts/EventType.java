package uk.earlyhelp.contracts;

import java.util.Arrays;
import java.util.Optional;

/** Each integration event's CloudEvents type ({@code ce_type}), its record class and its topic. */
public enum EventType {
    REFERRAL_RECEIVED("uk.earlyhelp.referral.received.v1", ReferralReceivedV1.class, Topics.REFERRALS),
    REFERRAL_WITHDRAWN("uk.earlyhelp.referral.withdrawn.v1", ReferralWithdrawnV1.class, Topics.REFERRALS),
    FAMILY_ERASED("uk.earlyhelp.referral.family-erased.v1", FamilyErasedV1.class, Topics.REFERRALS),
    FAMILY_TRIAGED("uk.earlyhelp.referral.family-triaged.v1", FamilyTriagedV1.class, Topics.REFERRALS),
    SOCIAL_CARE_OUTCOME_RECORDED(
            "uk.earlyhelp.referral.social-care-outcome-recorded.v1",
            SocialCareOutcomeRecordedV1.class,
            Topics.REFERRALS),
    FAMILIES_MERGED("uk.earlyhelp.referral.families-merged.v1", FamiliesMergedV1.class, Topics.REFERRALS),
    ELIGIBILITY_DECIDED("uk.earlyhelp.eligibility.decided.v1", EligibilityDecidedV1.class, Topics.ELIGIBILITY),
    FAMILY_ATTACHED("uk.earlyhelp.casework.family-attached.v1", FamilyAttachedV1.class, Topics.CASEWORK),
    ASSESSMENT_RECORDED("uk.earlyhelp.casework.assessment-recorded.v1", AssessmentRecordedV1.class, Topics.CASEWORK),
    PLAN_AGREED("uk.earlyhelp.casework.plan-agreed.v1", PlanAgreedV1.class, Topics.CASEWORK),
    PLAN_REVIEWED("uk.earlyhelp.casework.plan-reviewed.v1", PlanReviewedV1.class, Topics.CASEWORK),
    OUTCOME_RECORDED("uk.earlyhelp.casework.outcome-recorded.v1", OutcomeRecordedV1.class, Topics.CASEWORK),
    OUTCOME_RETRACTED("uk.earlyhelp.casework.outcome-retracted.v1", OutcomeRetractedV1.class, Topics.CASEWORK),
    EMPLOYMENT_STARTED("uk.earlyhelp.casework.employment-started.v1", EmploymentStartedV1.class, Topics.CASEWORK),
    EMPLOYMENT_ENDED("uk.earlyhelp.casework.employment-ended.v1", EmploymentEndedV1.class, Topics.CASEWORK),
    STEPPED_UP("uk.earlyhelp.casework.stepped-up.v1", SteppedUpV1.class, Topics.CASEWORK),
    STEPPED_DOWN("uk.earlyhelp.casework.stepped-down.v1", SteppedDownV1.class, Topics.CASEWORK),
    CASE_CLOSED("uk.earlyhelp.casework.case-closed.v1", CaseClosedV1.class, Topics.CASEWORK),
    CASE_REOPENED("uk.earlyhelp.casework.case-reopened.v1", CaseReopenedV1.class, Topics.CASEWORK),
    FAMILY_CLAIMED("uk.earlyhelp.pbr.family-claimed.v1", FamilyClaimedV1.class, Topics.PBR),
    CLAIM_BATCH_SUBMITTED("uk.earlyhelp.pbr.claim-batch-submitted.v1", ClaimBatchSubmittedV1.class, Topics.PBR);

    private final String ceType;
    private final Class<? extends IntegrationEvent> eventClass;
    private final String topic;

    EventType(String ceType, Class<? extends IntegrationEvent> eventClass, String topic) {
        this.ceType = ceType;
        this.eventClass = eventClass;
        this.topic = topic;
    }

    public String ceType() {
        return ceType;
    }

    public Class<? extends IntegrationEvent> eventClass() {
        return eventClass;
    }

    public String topic() {
        return topic;
    }

    public static EventType of(IntegrationEvent event) {
        return Arrays.stream(values())
                .filter(type -> type.eventClass == event.getClass())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No event type for " + event.getClass()));
    }

    /** Empty for a type this version of the contracts does not know: consumers skip it rather than fail. */
    public static Optional<EventType> ofCeType(String ceType) {
        return Arrays.stream(values())
                .filter(type -> type.ceType.equals(ceType))
                .findFirst();
    }
}
