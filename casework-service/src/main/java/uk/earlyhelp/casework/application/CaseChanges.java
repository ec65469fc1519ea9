package uk.earlyhelp.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import uk.earlyhelp.casework.domain.caserecord.CaseRuleViolation;
import uk.earlyhelp.casework.domain.caserecord.RecordAssessment;
import uk.earlyhelp.casework.domain.familystar.FamilyStarReadings;
import uk.earlyhelp.casework.projection.Histories;
import uk.earlyhelp.platform.api.Problem;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.security.Caller;
import uk.earlyhelp.platform.time.England;

/**
 * A caseworker changes a family's case (docs/domain.md, "Casework and Family Star"): allocates, attaches,
 * assesses, plans, reviews, records outcomes and employment, steps up or down, closes or reopens. Every change is
 * one command on the family's {@code Case}, checked against the caller's council first; the case's own rules
 * answer 404, 409 or 422 with the field they concern.
 */
@ApplicationScoped
public class CaseChanges {

    private static final int CONCURRENT_APPEND_ATTEMPTS = 3;

    @Inject
    CommandGateway commands;

    @Inject
    Histories histories;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /**
     * Sends the change for the caller's council's family; 404 for a family casework does not know, 403 for another
     * council's.
     */
    public void send(String familyId, Object command) {
        requireCase(familyId);
        dispatch(familyId, command);
    }

    /**
     * Records a Family Star assessment. The readings are checked once the case is known to be the caller's, so a
     * family of another council answers 403 whatever the readings, as every other change does.
     */
    public void assess(String familyId, String assessmentId, LocalDate assessedOn, Map<String, Integer> readings) {
        requireCase(familyId);
        var parsed = rule(() -> FamilyStarReadings.parse(readings));
        dispatch(familyId, new RecordAssessment(familyId, assessmentId, assessedOn, parsed, actor()));
    }

    private void dispatch(String familyId, Object command) {
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

    /** 404 for a family casework does not know, 403 for another council's family. */
    private void requireCase(String familyId) {
        String council = histories
                .councilOf(familyId)
                .orElseThrow(() -> ProblemException.notFound("No case for family " + familyId));
        caller.requireCouncil(council);
    }

    /** Who is making the change, as the history shows it. */
    public String actor() {
        return caller.name();
    }

    /** Today in England: the day an outcome is recorded on, and the date of a step or reopening sent without one. */
    public LocalDate today() {
        return England.dateOf(clock.instant());
    }

    /** A domain rule checked before the command is made (e.g. parsing Family Star readings), as a problem. */
    private static <T> T rule(Supplier<T> check) {
        try {
            return check.get();
        } catch (CaseRuleViolation e) {
            throw problem(e);
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

    private static ProblemException problem(CaseRuleViolation violation) {
        List<Problem.FieldError> errors = violation.field() == null
                ? List.of()
                : List.of(new Problem.FieldError(violation.field(), violation.getMessage()));
        return switch (violation.kind()) {
            case CONFLICT -> new ProblemException(409, "Conflict", violation.getMessage(), errors);
            case UNPROCESSABLE -> new ProblemException(422, "Unprocessable Content", violation.getMessage(), errors);
            case NOT_FOUND -> new ProblemException(404, "Not Found", violation.getMessage(), errors);
        };
    }
}
