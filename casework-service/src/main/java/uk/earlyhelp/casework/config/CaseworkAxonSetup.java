package uk.earlyhelp.casework.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import uk.earlyhelp.casework.domain.caserecord.AssessmentRecorded;
import uk.earlyhelp.casework.domain.caserecord.Case;
import uk.earlyhelp.casework.domain.caserecord.CaseClosed;
import uk.earlyhelp.casework.domain.caserecord.CaseReopened;
import uk.earlyhelp.casework.domain.caserecord.EligibilityNoted;
import uk.earlyhelp.casework.domain.caserecord.EmploymentEnded;
import uk.earlyhelp.casework.domain.caserecord.EmploymentStarted;
import uk.earlyhelp.casework.domain.caserecord.FamilyAttached;
import uk.earlyhelp.casework.domain.caserecord.LeadPractitionerAllocated;
import uk.earlyhelp.casework.domain.caserecord.OutcomeRecorded;
import uk.earlyhelp.casework.domain.caserecord.PersonalDataErased;
import uk.earlyhelp.casework.domain.caserecord.PlanAgreed;
import uk.earlyhelp.casework.domain.caserecord.PlanReviewed;
import uk.earlyhelp.casework.domain.caserecord.ReferralNoted;
import uk.earlyhelp.casework.domain.caserecord.SteppedDown;
import uk.earlyhelp.casework.domain.caserecord.SteppedUp;
import uk.earlyhelp.casework.projection.AllocationProjection;
import uk.earlyhelp.casework.projection.HistoryProjection;
import uk.earlyhelp.casework.projection.InsightsProjection;
import uk.earlyhelp.platform.axon.AxonSetup;
import uk.earlyhelp.platform.messaging.KafkaEventPublisher;

@ApplicationScoped
public class CaseworkAxonSetup implements AxonSetup {

    @Inject
    KafkaEventPublisher publisher;

    @Inject
    HistoryProjection history;

    @Inject
    InsightsProjection insights;

    @Inject
    AllocationProjection allocation;

    @Override
    public List<Class<?>> aggregates() {
        return List.of(Case.class);
    }

    @Override
    public List<Object> eventHandlers() {
        return List.of(publisher, history, insights, allocation);
    }

    /** The case's events were stored in the flat {@code domain} package before it was split by aggregate. */
    @Override
    public Map<String, Class<?>> movedEventTypes() {
        return Map.ofEntries(
                Map.entry("uk.earlyhelp.casework.domain.AssessmentRecorded", AssessmentRecorded.class),
                Map.entry("uk.earlyhelp.casework.domain.CaseClosed", CaseClosed.class),
                Map.entry("uk.earlyhelp.casework.domain.CaseReopened", CaseReopened.class),
                Map.entry("uk.earlyhelp.casework.domain.EligibilityNoted", EligibilityNoted.class),
                Map.entry("uk.earlyhelp.casework.domain.EmploymentEnded", EmploymentEnded.class),
                Map.entry("uk.earlyhelp.casework.domain.EmploymentStarted", EmploymentStarted.class),
                Map.entry("uk.earlyhelp.casework.domain.FamilyAttached", FamilyAttached.class),
                Map.entry("uk.earlyhelp.casework.domain.LeadPractitionerAllocated", LeadPractitionerAllocated.class),
                Map.entry("uk.earlyhelp.casework.domain.OutcomeRecorded", OutcomeRecorded.class),
                Map.entry("uk.earlyhelp.casework.domain.PersonalDataErased", PersonalDataErased.class),
                Map.entry("uk.earlyhelp.casework.domain.PlanAgreed", PlanAgreed.class),
                Map.entry("uk.earlyhelp.casework.domain.PlanReviewed", PlanReviewed.class),
                Map.entry("uk.earlyhelp.casework.domain.ReferralNoted", ReferralNoted.class),
                Map.entry("uk.earlyhelp.casework.domain.SteppedDown", SteppedDown.class),
                Map.entry("uk.earlyhelp.casework.domain.SteppedUp", SteppedUp.class));
    }
}
