package uk.earlyhelp.casework.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import uk.earlyhelp.casework.api.CaseRequests.Accepted;
import uk.earlyhelp.casework.api.CaseRequests.AcceptedGoal;
import uk.earlyhelp.casework.api.CaseRequests.PlanAccepted;
import uk.earlyhelp.casework.domain.AgreePlan;
import uk.earlyhelp.casework.domain.AllocateLeadPractitioner;
import uk.earlyhelp.casework.domain.AttachFamily;
import uk.earlyhelp.casework.domain.CaseRuleViolation;
import uk.earlyhelp.casework.domain.CloseCase;
import uk.earlyhelp.casework.domain.EndEmployment;
import uk.earlyhelp.casework.domain.FamilyStarReadings;
import uk.earlyhelp.casework.domain.GoalProgress;
import uk.earlyhelp.casework.domain.PlanGoal;
import uk.earlyhelp.casework.domain.RecordAssessment;
import uk.earlyhelp.casework.domain.RecordOutcome;
import uk.earlyhelp.casework.domain.ReopenCase;
import uk.earlyhelp.casework.domain.ReviewPlan;
import uk.earlyhelp.casework.domain.StartEmployment;
import uk.earlyhelp.casework.domain.StepDown;
import uk.earlyhelp.casework.domain.StepUp;
import uk.earlyhelp.casework.projection.Histories;
import uk.earlyhelp.platform.api.Problem;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.security.Caller;
import uk.earlyhelp.platform.time.England;

/**
 * The caseworker's commands on a family's case. Each answers 200 with the family id (and the id of what
 * it created); a broken business rule is 409 (the case's state) or 422 (the request), naming the field.
 * An employment that has ended is recorded either with {@code endedOn} in the first request or later by
 * {@code POST .../employment/{employmentId}/end}.
 */
@Path("/api/v1/families/{familyId}/case")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("caseworker")
public class CaseResource {

    private static final int CONCURRENT_APPEND_ATTEMPTS = 3;

    private final CommandGateway commands;
    private final Histories histories;
    private final Caller caller;
    private final Clock clock;

    CaseResource(CommandGateway commands, Histories histories, Caller caller, Clock clock) {
        this.commands = commands;
        this.histories = histories;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @Path("/allocation")
    public Accepted allocate(@PathParam("familyId") String familyId, @Valid @NotNull CaseRequests.Allocation body) {
        send(familyId, new AllocateLeadPractitioner(familyId, body.leadPractitioner(), actor()));
        return new Accepted(familyId, null);
    }

    @POST
    @Path("/attachment")
    public Accepted attach(@PathParam("familyId") String familyId, @Valid @NotNull CaseRequests.Attachment body) {
        send(familyId, new AttachFamily(familyId, body.attachedOn(), body.leadPractitioner(), actor()));
        return new Accepted(familyId, null);
    }

    @POST
    @Path("/assessments")
    public Accepted assess(@PathParam("familyId") String familyId, @Valid @NotNull CaseRequests.Assessment body) {
        String assessmentId = UUID.randomUUID().toString();
        requireCase(familyId);
        var readings = rule(() -> FamilyStarReadings.parse(body.readings()));
        send(familyId, new RecordAssessment(familyId, assessmentId, body.date(), readings, actor()));
        return new Accepted(familyId, assessmentId);
    }

    @POST
    @Path("/plan")
    public PlanAccepted agreePlan(@PathParam("familyId") String familyId, @Valid @NotNull CaseRequests.Plan body) {
        List<PlanGoal> goals = body.goals().stream()
                .map(goal -> new PlanGoal(UUID.randomUUID().toString(), goal.problem(), goal.description()))
                .toList();
        send(familyId, new AgreePlan(familyId, body.agreedOn(), goals, actor()));
        return new PlanAccepted(
                familyId,
                goals.stream()
                        .map(goal -> new AcceptedGoal(goal.goalId(), goal.problem()))
                        .toList());
    }

    @POST
    @Path("/reviews")
    public Accepted review(@PathParam("familyId") String familyId, @Valid @NotNull CaseRequests.Review body) {
        List<GoalProgress> progress = body.progress().stream()
                .map(p -> new GoalProgress(p.goalId(), p.status()))
                .toList();
        send(familyId, new ReviewPlan(familyId, body.reviewedOn(), progress, actor()));
        return new Accepted(familyId, null);
    }

    @POST
    @Path("/outcomes")
    public Accepted recordOutcome(@PathParam("familyId") String familyId, @Valid @NotNull CaseRequests.Outcome body) {
        String outcomeId = UUID.randomUUID().toString();
        send(
                familyId,
                new RecordOutcome(
                        familyId,
                        outcomeId,
                        body.problem(),
                        Boolean.TRUE.equals(body.additional()),
                        body.sustainedFrom(),
                        body.sustainedTo(),
                        body.evidence(),
                        today(),
                        actor()));
        return new Accepted(familyId, outcomeId);
    }

    @POST
    @Path("/employment")
    public Accepted startEmployment(
            @PathParam("familyId") String familyId, @Valid @NotNull CaseRequests.Employment body) {
        String employmentId = UUID.randomUUID().toString();
        send(
                familyId,
                new StartEmployment(
                        familyId,
                        employmentId,
                        body.memberIndex(),
                        body.benefitBefore(),
                        body.startedOn(),
                        body.endedOn(),
                        actor()));
        return new Accepted(familyId, employmentId);
    }

    @POST
    @Path("/employment/{employmentId}/end")
    public Accepted endEmployment(
            @PathParam("familyId") String familyId,
            @PathParam("employmentId") String employmentId,
            @Valid @NotNull CaseRequests.EmploymentEnd body) {
        send(familyId, new EndEmployment(familyId, employmentId, body.endedOn(), actor()));
        return new Accepted(familyId, employmentId);
    }

    @POST
    @Path("/step-up")
    public Accepted stepUp(@PathParam("familyId") String familyId, @Valid CaseRequests.Dated body) {
        send(familyId, new StepUp(familyId, dateOr(body), actor()));
        return new Accepted(familyId, null);
    }

    @POST
    @Path("/step-down")
    public Accepted stepDown(@PathParam("familyId") String familyId, @Valid CaseRequests.Dated body) {
        send(familyId, new StepDown(familyId, dateOr(body), actor()));
        return new Accepted(familyId, null);
    }

    @POST
    @Path("/closure")
    public Accepted close(@PathParam("familyId") String familyId, @Valid @NotNull CaseRequests.Closure body) {
        send(familyId, new CloseCase(familyId, body.date(), body.reason(), actor()));
        return new Accepted(familyId, null);
    }

    @POST
    @Path("/reopening")
    public Accepted reopen(@PathParam("familyId") String familyId, @Valid CaseRequests.Dated body) {
        send(familyId, new ReopenCase(familyId, dateOr(body), actor()));
        return new Accepted(familyId, null);
    }

    /** 404 for a family casework does not know, 403 for another council's family. */
    private void requireCase(String familyId) {
        String council = histories
                .councilOf(familyId)
                .orElseThrow(() -> ProblemException.notFound("No case for family " + familyId));
        caller.requireCouncil(council);
    }

    private void send(String familyId, Object command) {
        requireCase(familyId);
        try {
            sendRetryingConcurrentAppends(command);
        } catch (CaseRuleViolation e) {
            throw problem(e);
        } catch (AggregateNotFoundException e) {
            throw ProblemException.notFound("No case for family " + familyId);
        } catch (ConcurrencyException e) {
            throw ProblemException.conflict("The case changed at the same time; try again.");
        } catch (CommandExecutionException e) {
            if (e.getCause() instanceof CaseRuleViolation violation) {
                throw problem(violation);
            }
            throw e;
        }
    }

    /**
     * A caseworker's command can race with an event from Kafka (a referral or decision noted on the same case):
     * the loser's append fails and nothing of it is stored. Deciding it again against the case as it now is is
     * safe and is what the caseworker would do, so that is done here, a few times, before answering 409.
     */
    private void sendRetryingConcurrentAppends(Object command) {
        for (int attempt = 1; ; attempt++) {
            try {
                commands.sendAndWait(command);
                return;
            } catch (ConcurrencyException e) {
                if (attempt == CONCURRENT_APPEND_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static <T> T rule(java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (CaseRuleViolation e) {
            throw problem(e);
        }
    }

    static ProblemException problem(CaseRuleViolation violation) {
        List<Problem.FieldError> errors = violation.field() == null
                ? List.of()
                : List.of(new Problem.FieldError(violation.field(), violation.getMessage()));
        return switch (violation.kind()) {
            case CONFLICT -> new ProblemException(409, "Conflict", violation.getMessage(), errors);
            case UNPROCESSABLE -> new ProblemException(422, "Unprocessable Content", violation.getMessage(), errors);
            case NOT_FOUND -> new ProblemException(404, "Not Found", violation.getMessage(), errors);
        };
    }

    private String actor() {
        return caller.name();
    }

    private LocalDate today() {
        return England.dateOf(clock.instant());
    }

    private LocalDate dateOr(CaseRequests.Dated body) {
        return body == null || body.date() == null ? today() : body.date();
    }
}
