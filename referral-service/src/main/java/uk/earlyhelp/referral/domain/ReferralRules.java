package uk.earlyhelp.referral.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.earlyhelp.contracts.MemberRole;

/**
 * The checks a well-formed referral must still pass before it is accepted (docs/domain.md, "Referral intake"): a child
 * in the household, consent unless there is a safeguarding concern, and issues that point at real members.
 */
public final class ReferralRules {

    private ReferralRules() {}

    /** A broken rule and the request field it concerns. */
    public record Breach(String field, String message) {}

    /** How far ahead a pre-birth referral may be: a pregnancy's length, near enough. */
    static final int MONTHS_AN_EXPECTED_DATE_MAY_BE_AHEAD = 10;

    /**
     * A born member has a date of birth, not in the future; an unborn child has an expected date instead, from
     * today to ten months ahead.
     */
    private static List<Breach> dates(Household.Member member, String at, LocalDate today) {
        if (member.role() == MemberRole.UNBORN) {
            if (member.dateOfBirth() != null) {
                return List.of(
                        new Breach(at + "dateOfBirth", "An unborn child has no date of birth yet: give expectedDate."));
            }
            if (member.expectedDate() == null) {
                return List.of(new Breach(at + "expectedDate", "Give the date an unborn child is expected."));
            }
            if (member.expectedDate().isBefore(today)) {
                return List.of(new Breach(
                        at + "expectedDate",
                        "An expected date cannot be in the past: once born, give the date of birth."));
            }
            if (member.expectedDate().isAfter(today.plusMonths(MONTHS_AN_EXPECTED_DATE_MAY_BE_AHEAD))) {
                return List.of(new Breach(
                        at + "expectedDate",
                        "An expected date is at most " + MONTHS_AN_EXPECTED_DATE_MAY_BE_AHEAD + " months ahead."));
            }
            return List.of();
        }
        if (member.dateOfBirth() == null) {
            return List.of(new Breach(
                    at + "dateOfBirth", "Give the member's date of birth (or role UNBORN with expectedDate)."));
        }
        if (member.dateOfBirth().isAfter(today)) {
            return List.of(new Breach(at + "dateOfBirth", "A date of birth cannot be in the future."));
        }
        return List.of();
    }

    public static List<Breach> breaches(
            Household household,
            Consent consent,
            List<PresentingIssue> issues,
            boolean safeguardingConcern,
            LocalDate today) {
        List<Breach> breaches = new ArrayList<>();
        if (household.members().stream()
                .noneMatch(member -> member.role() == MemberRole.CHILD || member.role() == MemberRole.UNBORN)) {
            breaches.add(new Breach(
                    "household.members", "The household must include at least one child (or an unborn child)."));
        }
        if (!consent.given() && !safeguardingConcern) {
            breaches.add(new Breach(
                    "consent.given", "Consent is required unless the referral raises a safeguarding concern."));
        }
        if (consent.given() && consent.date() == null) {
            breaches.add(new Breach("consent.date", "Say when consent was given."));
        }
        if (consent.date() != null && consent.date().isAfter(today)) {
            breaches.add(new Breach("consent.date", "Consent cannot be dated in the future."));
        }
        for (int i = 0; i < household.members().size(); i++) {
            Household.Member member = household.members().get(i);
            breaches.addAll(dates(member, "household.members[" + i + "].", today));
            if (member.nhsNumber() != null
                    && Identifiers.nhsNumber(member.nhsNumber()).isEmpty()) {
                breaches.add(new Breach(
                        "household.members[" + i + "].nhsNumber",
                        "Not a valid NHS number: 10 digits, the last a check digit; check it or leave it out."));
            }
            if (member.upn() != null && Identifiers.upn(member.upn()).isEmpty()) {
                breaches.add(
                        new Breach(
                                "household.members[" + i + "].upn",
                                "Not a valid unique pupil number: a check letter and 12 characters; check it or leave it out."));
            }
        }
        for (int i = 0; i < issues.size(); i++) {
            for (int member : issues.get(i).memberIndexes()) {
                if (member < 0 || member >= household.members().size()) {
                    breaches.add(new Breach(
                            "issues[" + i + "].memberIndexes",
                            "Member " + member + " is not in the household (0 to "
                                    + (household.members().size() - 1) + ")."));
                }
            }
        }
        return breaches;
    }
}
