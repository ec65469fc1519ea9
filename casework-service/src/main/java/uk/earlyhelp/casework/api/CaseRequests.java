package uk.earlyhelp.casework.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.earlyhelp.casework.domain.caserecord.GoalStatus;
import uk.earlyhelp.contracts.Benefit;
import uk.earlyhelp.contracts.ClosureReason;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.platform.api.PlausibleDate;

/** The request bodies of the casework commands (docs/api.md). */
public final class CaseRequests {

    private CaseRequests() {}

    public record Allocation(@NotBlank @Size(max = 100) String leadPractitioner) {}

    public record Attachment(
            @NotNull @PlausibleDate LocalDate attachedOn,
            @NotBlank @Size(max = 100) String leadPractitioner) {}

    /** Readings by domain code; unknown codes and readings outside 1-10 are refused with 422. */
    public record Assessment(
            @NotNull @PlausibleDate LocalDate date,
            @NotEmpty @Size(max = 10) Map<String, @NotNull Integer> readings) {}

    public record Plan(
            @NotNull @PlausibleDate LocalDate agreedOn,
            @NotEmpty @Size(max = 50) @Valid List<@NotNull Goal> goals) {}

    public record Goal(
            @NotNull HeadlineProblem problem,
            @NotBlank @Size(max = 2000) String description) {}

    public record Review(
            @NotNull @PlausibleDate LocalDate reviewedOn,
            @NotEmpty @Size(max = 50) @Valid List<@NotNull Progress> progress) {}

    public record Progress(
            @NotBlank @Size(max = 100) String goalId,
            @NotNull GoalStatus status) {}

    public record Outcome(
            @NotNull HeadlineProblem problem,
            @NotNull @PlausibleDate LocalDate sustainedFrom,
            @NotNull @PlausibleDate LocalDate sustainedTo,
            @NotBlank @Size(max = 2000) String evidence,
            Boolean additional) {}

    public record Employment(
            @NotNull @PositiveOrZero Integer memberIndex,
            @NotNull Benefit benefitBefore,
            @NotNull @PlausibleDate LocalDate startedOn,
            @PlausibleDate LocalDate endedOn) {}

    public record EmploymentEnd(@NotNull @PlausibleDate LocalDate endedOn) {}

    /** Step-up, step-down and reopening: the date, today (England) when left out. */
    public record Dated(@PlausibleDate LocalDate date) {}

    public record Closure(
            @NotNull ClosureReason reason,
            @NotNull @PlausibleDate LocalDate date) {}

    /** What a command answers: the family, and the id of what it created where it created something. */
    /** Why an outcome is withdrawn: it goes on the family's history and on any claim adjustment. */
    public record Retraction(@NotBlank @Size(max = 500) String reason) {}

    public record Accepted(String familyId, String id) {}

    public record PlanAccepted(String familyId, List<AcceptedGoal> goals) {}

    public record AcceptedGoal(String goalId, HeadlineProblem problem) {}
}
