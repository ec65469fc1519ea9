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

    public static List<Breach> breaches(
            Household household,
            Consent consent,
            List<PresentingIssue> issues,
            boolean safeguardingConcern,
            LocalDate today) {
        List<Breach> breaches = new ArrayList<>();
        if (household.members().stream().noneMatch(member -> member.role() == MemberRole.CHILD)) {
            breaches.add(new Breach("household.members", "The household must include at least one child."));
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
            if (member.dateOfBirth().isAfter(today)) {
                breaches.add(new Breach(
                        "household.members[" + i + "].dateOfBirth", "A date of birth cannot be in the future."));
            }
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
