package uk.earlyhelp.referral.domain.frontdoor;

import java.util.List;
import uk.earlyhelp.referral.domain.ReferralRules.Breach;

/** A triage or social care answer that breaks the front door's rules; each breach names its field. */
public class FrontDoorRefusal extends RuntimeException {

    private final List<Breach> breaches;

    public FrontDoorRefusal(List<Breach> breaches) {
        super(breaches.getFirst().message());
        this.breaches = List.copyOf(breaches);
    }

    public List<Breach> breaches() {
        return breaches;
    }
}
