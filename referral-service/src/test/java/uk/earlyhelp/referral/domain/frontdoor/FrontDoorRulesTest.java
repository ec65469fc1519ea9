package uk.earlyhelp.referral.domain.frontdoor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.earlyhelp.contracts.SocialCareOutcome;
import uk.earlyhelp.contracts.TriageOutcome;
import uk.earlyhelp.referral.domain.ReferralRules.Breach;

/** What each triage outcome and social care answer must carry; an empty cell is a missing value. */
class FrontDoorRulesTest {

    static final LocalDate TODAY = LocalDate.parse("2026-11-28");

    @ParameterizedTest(name = "{0} team={1} signpostedTo={2} reason={3}: {4}")
    @CsvSource({
        "ACCEPT_FOR_EARLY_HELP,  MELTON, ,         needs help, ''",
        "ACCEPT_FOR_EARLY_HELP,  ,       ,         needs help, team",
        "ACCEPT_FOR_EARLY_HELP,  '  ',   ,         needs help, team",
        "SIGNPOST,               ,       Foodbank, food,       ''",
        "SIGNPOST,               ,       ,         food,       signpostedTo",
        "STEP_UP_TO_SOCIAL_CARE, ,       ,         risk,       ''",
        "NO_FURTHER_ACTION,      ,       ,         resolved,   ''",
        "NO_FURTHER_ACTION,      ,       ,         ,           reason",
        ",                       ,       ,         ,           outcome reason",
        "ACCEPT_FOR_EARLY_HELP,  ,       ,         ,           team reason",
    })
    void aTriageSaysWhatItsOutcomeNeeds(
            TriageOutcome outcome, String team, String signpostedTo, String reason, String fields) {
        assertEquals(fields, fields(FrontDoorRules.triageBreaches(outcome, team, signpostedTo, reason)));
    }

    @ParameterizedTest(name = "{0} on {1} reason={2}: {3}")
    @CsvSource({
        "STEP_DOWN_TO_EARLY_HELP, 2026-11-28, below threshold, ''",
        "OPEN_TO_SOCIAL_CARE,     2026-11-01, section 47,      ''",
        "NO_FURTHER_ACTION,       2026-11-29, nothing found,   date",
        "STEP_DOWN_TO_EARLY_HELP, ,           below threshold, date",
        "STEP_DOWN_TO_EARLY_HELP, 2026-11-28, ,                reason",
        ",                        2026-11-28, x,               outcome",
    })
    void aSocialCareAnswerIsDatedNotInTheFutureWithAReason(
            SocialCareOutcome outcome, LocalDate date, String reason, String fields) {
        assertEquals(fields, fields(FrontDoorRules.socialCareBreaches(outcome, date, reason, TODAY)));
    }

    private static String fields(List<Breach> breaches) {
        return String.join(" ", breaches.stream().map(Breach::field).toList());
    }
}
