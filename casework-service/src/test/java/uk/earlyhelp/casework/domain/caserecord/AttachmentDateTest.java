package uk.earlyhelp.casework.domain.caserecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.HeadlineProblem;

/** Docs/domain.md, "Dates": an attachment is dated on or after the first referral, not in the future, on a day the family was eligible. */
class AttachmentDateTest {

    static final LocalDate TODAY = LocalDate.parse("2026-11-28");
    static final Instant REFERRED = Instant.parse("2026-03-10T09:00:00Z");

    /** Referred 10 March; not eligible that day, eligible from 20 March, not from 1 June, eligible again from 1 July. */
    static final List<AttachmentDate.DatedDecision> HISTORY = List.of(
            decided("d-1", Decision.NOT_ELIGIBLE, "2026-03-10T10:00:00Z"),
            decided("d-2", Decision.ELIGIBLE, "2026-03-20T10:00:00Z"),
            decided("d-3", Decision.NOT_ELIGIBLE, "2026-06-01T10:00:00Z"),
            // 00:30 on 1 July in London (summer time), still 30 June in UTC.
            decided("d-4", Decision.ELIGIBLE, "2026-06-30T23:30:00Z"));

    @ParameterizedTest(name = "attached on {0}: {1}")
    @CsvSource({
        "2026-03-09, 422: before the first referral",
        "2026-03-10, 422: not eligible that day",
        "2026-03-19, 422: not eligible that day",
        "2026-03-20, d-2",
        "2026-05-31, d-2",
        "2026-06-01, 422: not eligible that day",
        "2026-06-30, 422: not eligible that day (decided eligible the next day in England)",
        "2026-07-01, d-4",
        "2026-11-28, d-4",
        "2026-11-29, 422: in the future",
    })
    void anAttachmentIsDatedOnADayTheFamilyWasEligible(LocalDate attachedOn, String expected) {
        if (expected.startsWith("422")) {
            CaseRuleViolation refused = assertThrows(
                    CaseRuleViolation.class,
                    () -> AttachmentDate.decisionInForce(attachedOn, TODAY, REFERRED, HISTORY));
            assertEquals(CaseRuleViolation.Kind.UNPROCESSABLE, refused.kind());
            assertEquals("attachedOn", refused.field());
        } else {
            assertEquals(
                    expected,
                    AttachmentDate.decisionInForce(attachedOn, TODAY, REFERRED, HISTORY)
                            .decisionId());
        }
    }

    @Test
    void aRefusedDateSaysFromWhenTheFamilyCanBeAttached() {
        CaseRuleViolation refused = assertThrows(
                CaseRuleViolation.class,
                () -> AttachmentDate.decisionInForce(LocalDate.parse("2026-06-15"), TODAY, REFERRED, HISTORY));
        assertTrue(refused.getMessage().contains("the decision in force then was NOT_ELIGIBLE"), refused.getMessage());
        assertTrue(refused.getMessage().contains("on or after 2026-07-01"), refused.getMessage());
    }

    @ParameterizedTest(name = "latest decision {0}: a conflict, whatever the date")
    @CsvSource({"NOT_ELIGIBLE", "ESCALATE_TO_SOCIAL_CARE"})
    void aFamilyNotEligibleThenOrNowIsAConflict(Decision latest) {
        List<AttachmentDate.DatedDecision> history = List.of(
                decided("d-1", Decision.NOT_ELIGIBLE, "2026-03-10T10:00:00Z"),
                decided("d-2", latest, "2026-04-10T10:00:00Z"));
        CaseRuleViolation refused = assertThrows(
                CaseRuleViolation.class,
                () -> AttachmentDate.decisionInForce(LocalDate.parse("2026-05-01"), TODAY, REFERRED, history));
        assertEquals(CaseRuleViolation.Kind.CONFLICT, refused.kind());
        assertThrows(
                CaseRuleViolation.class,
                () -> AttachmentDate.decisionInForce(LocalDate.parse("2026-05-01"), TODAY, REFERRED, List.of()));
    }

    @Test
    void aFamilyEligibleOnItsAttachmentDateIsAttachedEvenIfNoLongerEligible() {
        // The spec's rule is the decision in force on the date: evidence withdrawn later does not undo an attachment
        // made for a day the family was eligible.
        assertEquals(
                "d-2",
                AttachmentDate.decisionInForce(LocalDate.parse("2026-04-01"), TODAY, REFERRED, HISTORY.subList(0, 3))
                        .decisionId());
    }

    private static AttachmentDate.DatedDecision decided(String id, Decision decision, String at) {
        return new AttachmentDate.DatedDecision(
                id, decision, List.of(HeadlineProblem.CRIME_ASB, HeadlineProblem.HEALTH), Instant.parse(at));
    }
}
