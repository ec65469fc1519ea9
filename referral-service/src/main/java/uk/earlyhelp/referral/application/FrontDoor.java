package uk.earlyhelp.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.SocialCareOutcome;
import uk.earlyhelp.contracts.TriageOutcome;
import uk.earlyhelp.platform.api.Problem;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.security.Caller;
import uk.earlyhelp.platform.time.England;
import uk.earlyhelp.referral.domain.frontdoor.FrontDoorRefusal;
import uk.earlyhelp.referral.domain.frontdoor.RecordSocialCareOutcome;
import uk.earlyhelp.referral.domain.frontdoor.TriageFamily;
import uk.earlyhelp.referral.projection.FamilyActivity;
import uk.earlyhelp.referral.projection.FamilyDecisions;
import uk.earlyhelp.referral.projection.TriageStatuses;

/**
 * A duty officer triages a family and records social care's answer to an escalation (docs/domain.md, "Front
 * door"): only for a family referred to the officer's own council, and an answer only for a family with social care.
 */
@ApplicationScoped
public class FrontDoor {

    /** What the officer decided; an answer names the triage (or social care outcome) it recorded. */
    public record Recorded(String id, String familyId, String outcome) {}

    @Inject
    CommandGateway commands;

    @Inject
    FamilyActivity families;

    @Inject
    FamilyDecisions decisions;

    @Inject
    TriageStatuses triages;

    @Inject
    Clock clock;

    public Recorded triage(
            String familyId, TriageOutcome outcome, String team, String signpostedTo, String reason, Caller caller) {
        requireOwnFamily(familyId, caller);
        String triageId = UUID.randomUUID().toString();
        send(new TriageFamily(
                familyId,
                caller.council(),
                triageId,
                outcome,
                trimmed(team),
                trimmed(signpostedTo),
                reason,
                caller.name(),
                clock.instant()));
        return new Recorded(triageId, familyId, outcome.name());
    }

    public Recorded socialCareOutcome(
            String familyId, SocialCareOutcome outcome, LocalDate decidedOn, String reason, Caller caller) {
        requireOwnFamily(familyId, caller);
        if (!withSocialCare(familyId)) {
            throw ProblemException.conflict("The family is not with social care: only an escalation (a safeguarding"
                    + " decision or a triage stepping it up) has social care's answer recorded.");
        }
        String outcomeId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        send(new RecordSocialCareOutcome(
                familyId,
                caller.council(),
                outcomeId,
                outcome,
                decidedOn,
                reason,
                England.dateOf(now),
                caller.name(),
                now));
        return new Recorded(outcomeId, familyId, outcome.name());
    }

    /** Another council's family is answered as unknown, so that its existence is not revealed. */
    void requireOwnFamily(String familyId, Caller caller) {
        if (!families.councilOf(familyId).map(caller.council()::equals).orElse(false)) {
            throw new ProblemException(
                    404,
                    "Not Found",
                    "No family " + familyId + " has been referred to your council.",
                    List.of(new Problem.FieldError("familyId", "Give the id of a family referred to your council.")));
        }
    }

    private boolean withSocialCare(String familyId) {
        boolean escalated = decisions
                .latest(familyId)
                .map(decided -> Decision.ESCALATE_TO_SOCIAL_CARE.name().equals(decided.decision()))
                .orElse(false);
        boolean steppedUp = triages.of(familyId)
                .map(status -> TriageOutcome.STEP_UP_TO_SOCIAL_CARE.name().equals(status.lastOutcome()))
                .orElse(false);
        return escalated || steppedUp;
    }

    private void send(Object command) {
        try {
            commands.sendAndWait(command);
        } catch (FrontDoorRefusal refused) {
            throw new ProblemException(
                    422,
                    "Unprocessable Content",
                    refused.getMessage(),
                    refused.breaches().stream()
                            .map(breach -> new Problem.FieldError(breach.field(), breach.message()))
                            .toList());
        }
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
