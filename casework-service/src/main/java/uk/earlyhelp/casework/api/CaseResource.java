package uk.earlyhelp.casework.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.earlyhelp.casework.api.CaseRequests.Accepted;
import uk.earlyhelp.casework.api.CaseRequests.AcceptedGoal;
import uk.earlyhelp.casework.api.CaseRequests.PlanAccepted;
import uk.earlyhelp.casework.application.CaseChanges;
import uk.earlyhelp.casework.domain.caserecord.AgreePlan;
import uk.earlyhelp.casework.domain.caserecord.AllocateLeadPractitioner;
import uk.earlyhelp.casework.domain.caserecord.AttachFamily;
import uk.earlyhelp.casework.domain.caserecord.CloseCase;
import uk.earlyhelp.casework.domain.caserecord.EndEmployment;
import uk.earlyhelp.casework.domain.caserecord.GoalProgress;
import uk.earlyhelp.casework.domain.caserecord.PlanGoal;
import uk.earlyhelp.casework.domain.caserecord.RecordOutcome;
import uk.earlyhelp.casework.domain.caserecord.ReopenCase;
import uk.earlyhelp.casework.domain.caserecord.RetractOutcome;
import uk.earlyhelp.casework.domain.caserecord.ReviewPlan;
import uk.earlyhelp.casework.domain.caserecord.StartEmployment;
import uk.earlyhelp.casework.domain.caserecord.StepDown;
import uk.earlyhelp.casework.domain.caserecord.StepUp;

/**
 * The caseworker's commands on a family's case. Each answers 200 with the family id (and the id of what
 * it created); a broken business rule is 409 (the case's state) or 422 (the request), naming the field.
 * An employment that has ended is recorded either with {@code endedOn} in the first request or later by
 * {@code POST .../employment/{employmentId}/end}.
 */
@Path("/api/v1/families/{familyId}/case")
@Tag(
        name = "Cases",
        description = "A family's case with its lead practitioner: attachment, assessments, plan, reviews, outcomes,"
                + " employment, step-up and step-down, closure")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("caseworker")
public class CaseResource {

    @Inject
    CaseChanges changes;

    @POST
    @Path("/allocation")
    @Operation(operationId = "allocateLeadPractitioner", summary = "Allocate the family a lead practitioner")
    public Accepted allocate(@PathParam("familyId") String familyId, @Valid @NotNull CaseRequests.Allocation body) {
        send(familyId, new AllocateLeadPractitioner(familyId, body.leadPractitioner(), actor()));
        return new Accepted(familyId, null);
    }

    @POST
    @Path("/attachment")
    @Operation(
            operationId = "attachFamily",
            summary = "Attach the family to the Supporting Families programme, with its lead practitioner")
    public Accepted attach(@PathParam("familyId") String familyId, @Valid @NotNull CaseRequests.Attachment body) {
        send(familyId, new AttachFamily(familyId, body.attachedOn(), body.leadPractitioner(), today(), actor()));
        return new Accepted(familyId, null);
    }

    @POST
    @Path("/assessments")
    @Operation(
            operationId = "recordAssessment",
            summary = "Record a Family Star assessment (a reading for each of the ten domains)")
    public Accepted assess(@PathParam("familyId") String familyId, @Valid @NotNull CaseRequests.Assessment body) {
        String assessmentId = UUID.randomUUID().toString();
        changes.assess(familyId, assessmentId, body.date(), body.readings());
        return new Accepted(familyId, assessmentId);
    }

    @POST
    @Path("/plan")
    @Operation(
            operationId = "agreePlan",
            summary = "Agree the family's plan: a goal for each problem worked on (answers the goals' ids)")
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
    @Operation(operationId = "reviewPlan", summary = "Review the plan: each goal's progress")
    public Accepted review(@PathParam("familyId") String familyId, @Valid @NotNull CaseRequests.Review body) {
        List<GoalProgress> progress = body.progress().stream()
                .map(p -> new GoalProgress(p.goalId(), p.status()))
                .toList();
        send(familyId, new ReviewPlan(familyId, body.reviewedOn(), progress, actor()));
        return new Accepted(familyId, null);
    }

    @POST
    @Path("/outcomes")
    @Operation(
            operationId = "recordOutcome",
            summary = "Record an outcome: progress on a problem, sustained over a period, with its evidence")
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

    /** Withdraws an outcome recorded by mistake ({@code outcomeId}: the {@code id} in the answer to recording it). */
    @POST
    @Path("/outcomes/{outcomeId}/retraction")
    @Operation(operationId = "retractOutcome", summary = "Withdraw an outcome recorded by mistake")
    public Accepted retractOutcome(
            @PathParam("familyId") String familyId,
            @PathParam("outcomeId") String outcomeId,
            @Valid @NotNull CaseRequests.Retraction body) {
        send(familyId, new RetractOutcome(familyId, outcomeId, body.reason(), today(), actor()));
        return new Accepted(familyId, outcomeId);
    }

    @POST
    @Path("/employment")
    @Operation(
            operationId = "recordEmployment",
            summary = "Record a family member moving into work from an out-of-work benefit")
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
    @Operation(operationId = "endEmployment", summary = "Record the end of a family member's employment")
    public Accepted endEmployment(
            @PathParam("familyId") String familyId,
            @PathParam("employmentId") String employmentId,
            @Valid @NotNull CaseRequests.EmploymentEnd body) {
        send(familyId, new EndEmployment(familyId, employmentId, body.endedOn(), actor()));
        return new Accepted(familyId, employmentId);
    }

    @POST
    @Path("/step-up")
    @Operation(operationId = "stepUpToSocialCare", summary = "Step the case up to social care")
    public Accepted stepUp(@PathParam("familyId") String familyId, @Valid CaseRequests.Dated body) {
        send(familyId, new StepUp(familyId, dateOr(body), actor()));
        return new Accepted(familyId, null);
    }

    @POST
    @Path("/step-down")
    @Operation(operationId = "stepDownFromSocialCare", summary = "Step the case down from social care to Early Help")
    public Accepted stepDown(@PathParam("familyId") String familyId, @Valid CaseRequests.Dated body) {
        send(familyId, new StepDown(familyId, dateOr(body), actor()));
        return new Accepted(familyId, null);
    }

    @POST
    @Path("/closure")
    @Operation(operationId = "closeCase", summary = "Close the case, with the reason")
    public Accepted close(@PathParam("familyId") String familyId, @Valid @NotNull CaseRequests.Closure body) {
        send(familyId, new CloseCase(familyId, body.date(), body.reason(), today(), actor()));
        return new Accepted(familyId, null);
    }

    @POST
    @Path("/reopening")
    @Operation(operationId = "reopenCase", summary = "Reopen a closed case")
    public Accepted reopen(@PathParam("familyId") String familyId, @Valid CaseRequests.Dated body) {
        send(familyId, new ReopenCase(familyId, dateOr(body), today(), actor()));
        return new Accepted(familyId, null);
    }

    private void send(String familyId, Object command) {
        changes.send(familyId, command);
    }

    private String actor() {
        return changes.actor();
    }

    private LocalDate today() {
        return changes.today();
    }

    private LocalDate dateOr(CaseRequests.Dated body) {
        return body == null || body.date() == null ? today() : body.date();
    }
}
