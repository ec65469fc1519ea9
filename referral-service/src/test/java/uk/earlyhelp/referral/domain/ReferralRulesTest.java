package uk.earlyhelp.referral.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.contracts.MemberRole;

class ReferralRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Household.Address ADDRESS = new Household.Address("12 Mill Lane", "Wigston", "LE18 2AB");
    static final Household.Member PARENT =
            new Household.Member("Kerry", "Smith", LocalDate.of(1990, 4, 2), MemberRole.PARENT, null, null, null);
    static final Household.Member CHILD =
            new Household.Member("Jay", "Smith", LocalDate.of(2013, 9, 30), MemberRole.CHILD, null, null, null);
    static final Consent CONSENTED = new Consent(true, LocalDate.of(2026, 11, 20), "PC 1234");
    static final Consent NO_CONSENT = new Consent(false, null, null);

    static Household.Member unborn(LocalDate expected, LocalDate born) {
        return new Household.Member("Baby", "Smith", born, MemberRole.UNBORN, expected, null, null);
    }

    static final PresentingIssue ABOUT_THE_CHILD =
            new PresentingIssue(HeadlineProblem.CRIME_ASB, "ASB", List.of(1), "3 incidents");

    static Stream<Arguments> referrals() {
        return Stream.of(
                Arguments.of("a good referral", List.of(PARENT, CHILD), CONSENTED, ABOUT_THE_CHILD, false, List.of()),
                Arguments.of(
                        "no child",
                        List.of(PARENT),
                        CONSENTED,
                        new PresentingIssue(HeadlineProblem.HEALTH, "", List.of(0), ""),
                        false,
                        List.of("household.members")),
                Arguments.of(
                        "no consent, no safeguarding concern",
                        List.of(PARENT, CHILD),
                        NO_CONSENT,
                        ABOUT_THE_CHILD,
                        false,
                        List.of("consent.given")),
                Arguments.of(
                        "no consent, but a safeguarding concern",
                        List.of(PARENT, CHILD),
                        NO_CONSENT,
                        ABOUT_THE_CHILD,
                        true,
                        List.of()),
                Arguments.of(
                        "consent without a date",
                        List.of(PARENT, CHILD),
                        new Consent(true, null, "PC 1"),
                        ABOUT_THE_CHILD,
                        false,
                        List.of("consent.date")),
                Arguments.of(
                        "consent dated tomorrow",
                        List.of(PARENT, CHILD),
                        new Consent(true, TODAY.plusDays(1), "PC 1"),
                        ABOUT_THE_CHILD,
                        false,
                        List.of("consent.date")),
                Arguments.of(
                        "a pre-birth referral: a parent and a child expected in three months",
                        List.of(PARENT, unborn(TODAY.plusMonths(3), null)),
                        CONSENTED,
                        ABOUT_THE_CHILD,
                        false,
                        List.of()),
                Arguments.of(
                        "an unborn child expected ten months ahead, the furthest",
                        List.of(PARENT, unborn(TODAY.plusMonths(10), null)),
                        CONSENTED,
                        ABOUT_THE_CHILD,
                        false,
                        List.of()),
                Arguments.of(
                        "an unborn child expected yesterday",
                        List.of(PARENT, unborn(TODAY.minusDays(1), null)),
                        CONSENTED,
                        ABOUT_THE_CHILD,
                        false,
                        List.of("household.members[1].expectedDate")),
                Arguments.of(
                        "an unborn child expected ten months and a day ahead",
                        List.of(PARENT, unborn(TODAY.plusMonths(10).plusDays(1), null)),
                        CONSENTED,
                        ABOUT_THE_CHILD,
                        false,
                        List.of("household.members[1].expectedDate")),
                Arguments.of(
                        "an unborn child without an expected date",
                        List.of(PARENT, unborn(null, null)),
                        CONSENTED,
                        ABOUT_THE_CHILD,
                        false,
                        List.of("household.members[1].expectedDate")),
                Arguments.of(
                        "an unborn child with a date of birth",
                        List.of(PARENT, unborn(TODAY.plusMonths(3), TODAY.minusDays(3))),
                        CONSENTED,
                        ABOUT_THE_CHILD,
                        false,
                        List.of("household.members[1].dateOfBirth")),
                Arguments.of(
                        "a child without a date of birth",
                        List.of(PARENT, new Household.Member("Jay", "Smith", null, MemberRole.CHILD, null, null, null)),
                        CONSENTED,
                        ABOUT_THE_CHILD,
                        false,
                        List.of("household.members[1].dateOfBirth")),
                Arguments.of(
                        "a child born tomorrow",
                        List.of(
                                PARENT,
                                new Household.Member(
                                        "Baby", "Smith", TODAY.plusDays(1), MemberRole.CHILD, null, null, null)),
                        CONSENTED,
                        ABOUT_THE_CHILD,
                        false,
                        List.of("household.members[1].dateOfBirth")),
                Arguments.of(
                        "an issue about member 2 of 2",
                        List.of(PARENT, CHILD),
                        CONSENTED,
                        new PresentingIssue(HeadlineProblem.HEALTH, "", List.of(2), ""),
                        false,
                        List.of("issues[0].memberIndexes")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referrals")
    void intakeRulesNameTheFieldTheyConcern(
            String name,
            List<Household.Member> members,
            Consent consent,
            PresentingIssue issue,
            boolean safeguarding,
            List<String> fields) {
        var breaches =
                ReferralRules.breaches(new Household(ADDRESS, members), consent, List.of(issue), safeguarding, TODAY);
        assertEquals(fields, breaches.stream().map(ReferralRules.Breach::field).toList());
    }

    @ParameterizedTest(name = "{0} / {1} / {2} is {3} / {4}")
    @CsvSource({
        "O'Brien, LE18 2AB, OBRIEN, LE182AB",
        "o brien, le18 2ab, OBRIEN, LE182AB",
        "Ó Briain, LE182AB, OBRIAIN, LE182AB",
        "Smith-Jones, ' le18  2ab ', SMITHJONES, LE182AB"
    })
    void matchKeysIgnoreCaseSpacesPunctuationAndAccents(
            String familyName, String postcode, String expectedName, String expectedPostcode) {
        var key = MatchKey.of("Jay", familyName, LocalDate.of(2014, 2, 3), postcode);
        assertEquals(expectedName, key.familyName());
        assertEquals(expectedPostcode, key.postcode());
    }

    @ParameterizedTest(name = "closed {0}, reopened {1}, referred 2026-11-23: re-referral {2}")
    @CsvSource({
        ", false, false",
        "2026-11-23, false, true",
        "2026-08-01, false, true",
        "2025-11-23, false, true",
        "2025-11-22, false, false",
        "2026-08-01, true, false",
        "2026-11-24, false, false"
    })
    void aReReferralFollowsAClosureInTheTwelveMonthsBefore(LocalDate closedOn, boolean reopened, boolean reReferral) {
        var status = new ReReferral.CaseStatus(Optional.ofNullable(closedOn), reopened);
        assertEquals(reReferral, ReReferral.applies(status, TODAY));
    }
}
