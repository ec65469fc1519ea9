package uk.earlyhelp.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import uk.earlyhelp.casework.projection.Allocations;
import uk.earlyhelp.platform.security.Caller;
import uk.earlyhelp.platform.time.England;

/**
 * The council's families waiting for a lead practitioner and its practitioners' caseloads (docs/domain.md, "Front
 * door"), for duty officers, caseworkers and managers.
 */
@ApplicationScoped
public class AllocationReading {

    public record QueuedFamily(
            String familyId, String team, LocalDate acceptedOn, long waitingDays, List<String> problems) {}

    @Inject
    Allocations allocations;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** {@code team} null: every team's. */
    public List<QueuedFamily> queue(String team) {
        LocalDate today = England.dateOf(clock.instant());
        return allocations.queue(caller.council(), team).stream()
                .map(waiting -> new QueuedFamily(
                        waiting.familyId(),
                        waiting.team(),
                        waiting.acceptedOn(),
                        ChronoUnit.DAYS.between(waiting.acceptedOn(), today),
                        waiting.problems()))
                .toList();
    }

    public List<Allocations.Caseload> caseloads(String team) {
        return allocations.caseloads(caller.council(), team);
    }
}
