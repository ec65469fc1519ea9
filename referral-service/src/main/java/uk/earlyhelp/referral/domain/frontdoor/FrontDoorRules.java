package uk.earlyhelp.referral.domain.frontdoor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.earlyhelp.contracts.SocialCareOutcome;
import uk.earlyhelp.contracts.TriageOutcome;
import uk.earlyhelp.referral.domain.ReferralRules.Breach;

/** What a triage and a social care answer must say (docs/domain.md, "Front door"). */
public final class FrontDoorRules {

    private FrontDoorRules() {}

    /** A reason always; a team to accept for Early Help; a service to signpost to. */
    public static List<Breach> triageBreaches(TriageOutcome outcome, String team, String signpostedTo, String reason) {
        List<Breach> breaches = new ArrayList<>();
        if (outcome == null) {
            breaches.add(new Breach(
                    "outcome",
                    "Give the outcome: ACCEPT_FOR_EARLY_HELP, SIGNPOST, STEP_UP_TO_SOCIAL_CARE or NO_FURTHER_ACTION."));
        }
        if (outcome == TriageOutcome.ACCEPT_FOR_EARLY_HELP && blank(team)) {
            breaches.add(new Breach("team", "A family accepted for Early Help needs the team whose queue it joins."));
        }
        if (outcome == TriageOutcome.SIGNPOST && blank(signpostedTo)) {
            breaches.add(new Breach("signpostedTo", "Say which service the family is signposted to."));
        }
        if (blank(reason)) {
            breaches.add(new Breach("reason", "Give the reason for the triage decision."));
        }
        return breaches;
    }

    /** A reason always, and a date not in the future. */
    public static List<Breach> socialCareBreaches(
            SocialCareOutcome outcome, LocalDate decidedOn, String reason, LocalDate today) {
        List<Breach> breaches = new ArrayList<>();
        if (outcome == null) {
            breaches.add(new Breach(
                    "outcome", "Give the outcome: STEP_DOWN_TO_EARLY_HELP, OPEN_TO_SOCIAL_CARE or NO_FURTHER_ACTION."));
        }
        if (decidedOn == null) {
            breaches.add(new Breach("date", "Give the date social care decided."));
        } else if (decidedOn.isAfter(today)) {
            breaches.add(new Breach(
                    "date", "Social care's decision cannot be dated in the future (today is " + today + ")."));
        }
        if (blank(reason)) {
            breaches.add(new Breach("reason", "Give social care's reason."));
        }
        return breaches;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
