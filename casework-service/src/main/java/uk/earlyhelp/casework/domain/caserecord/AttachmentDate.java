package uk.earlyhelp.casework.domain.caserecord;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.HeadlineProblem;

/**
 * The dates an attachment is checked against (docs/domain.md, "Dates"): payment by results measures every result
 * from the attachment date, so a date before the family was referred, in the future, or on a day it was not yet
 * eligible would let outcomes the programme did not bring about make a claim.
 */
public final class AttachmentDate {

    /** Councils are in England: a decision or referral counts from its date in London. */
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private AttachmentDate() {}

    /** An eligibility decision as the case noted it, with the moment it was made. */
    public record DatedDecision(
            String decisionId, Decision decision, List<HeadlineProblem> problems, Instant decidedAt) {

        static DatedDecision of(EligibilityNoted noted) {
            return new DatedDecision(
                    noted.decisionId(), noted.decision(), List.copyOf(noted.problemsCounted()), noted.decidedAt());
        }

        LocalDate decidedOn() {
            return LocalDate.ofInstant(decidedAt, ENGLAND);
        }
    }

    /**
     * The decision in force on {@code attachedOn}, which the attachment freezes the family's problems from; refuses
     * the date otherwise. {@code decisions} are in the order they were made (eligibility decides a family's referrals
     * one at a time); {@code firstReferral} is null when no referral has been noted (only ever in tests that decide
     * a family directly).
     */
    public static DatedDecision decisionInForce(
            LocalDate attachedOn, LocalDate today, Instant firstReferral, List<DatedDecision> decisions) {
        if (attachedOn.isAfter(today)) {
            throw CaseRuleViolation.unprocessable(
                    "attachedOn", "A family cannot be attached in the future (today is " + today + ").");
        }
        if (firstReferral != null) {
            LocalDate referredOn = LocalDate.ofInstant(firstReferral, ENGLAND);
            if (attachedOn.isBefore(referredOn)) {
                throw CaseRuleViolation.unprocessable(
                        "attachedOn",
                        "A family cannot be attached before its first referral was received (" + referredOn + ").");
            }
        }
        Optional<DatedDecision> latest = decisions.stream().reduce((earlier, later) -> later);
        Optional<DatedDecision> inForce = decisions.stream()
                .filter(decided -> !decided.decidedOn().isAfter(attachedOn))
                .reduce((earlier, later) -> later);
        if (inForce.map(DatedDecision::decision).orElse(null) == Decision.ELIGIBLE) {
            return inForce.get();
        }
        if (latest.map(DatedDecision::decision).orElse(null) != Decision.ELIGIBLE) {
            throw CaseRuleViolation.conflict(
                    "attachedOn",
                    "Only an eligible family can be attached; the latest eligibility decision is "
                            + latest.map(decided -> decided.decision().name()).orElse("none")
                            + ".");
        }
        throw CaseRuleViolation.unprocessable(
                "attachedOn",
                "The family was not eligible on " + attachedOn + ": "
                        + inForce.map(decided -> "the decision in force then was " + decided.decision())
                                .orElse("no decision had been made by then")
                        + ". Attach it on or after " + eligibleSince(decisions) + ".");
    }

    /** The day from which the family has been eligible without a break (it is eligible now, and was not then). */
    private static LocalDate eligibleSince(List<DatedDecision> decisions) {
        LocalDate from = null;
        for (DatedDecision decided : decisions) {
            if (decided.decision() != Decision.ELIGIBLE) {
                from = null;
            } else if (from == null) {
                from = decided.decidedOn();
            }
        }
        return from;
    }
}
