package uk.earlyhelp.casework.projection;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import uk.earlyhelp.casework.domain.caserecord.CaseClosed;
import uk.earlyhelp.casework.domain.caserecord.CaseReopened;
import uk.earlyhelp.casework.domain.caserecord.FamilyAttached;
import uk.earlyhelp.casework.domain.caserecord.LeadPractitionerAllocated;
import uk.earlyhelp.casework.domain.caserecord.TriageNoted;
import uk.earlyhelp.contracts.TriageOutcome;
import uk.earlyhelp.platform.time.England;

/** Keeps the allocation queue and caseloads: triage puts a family in its team's queue, allocation takes it out. */
@Singleton
@ProcessingGroup("allocation")
public class AllocationProjection {

    @Inject
    Allocations allocations;

    @EventHandler
    void on(TriageNoted event) {
        boolean accepted = event.outcome() == TriageOutcome.ACCEPT_FOR_EARLY_HELP;
        allocations.triaged(
                event.familyId(),
                event.council(),
                accepted ? event.team() : null,
                accepted ? England.dateOf(event.triagedAt()) : null,
                event.problems().stream().map(Enum::name).toList());
    }

    @EventHandler
    void on(LeadPractitionerAllocated event) {
        allocations.allocated(event.familyId(), event.council(), event.leadPractitioner());
    }

    @EventHandler
    void on(FamilyAttached event) {
        allocations.allocated(event.familyId(), event.council(), event.leadPractitioner());
    }

    @EventHandler
    void on(CaseClosed event) {
        allocations.open(event.familyId(), false);
    }

    @EventHandler
    void on(CaseReopened event) {
        allocations.open(event.familyId(), true);
    }
}
