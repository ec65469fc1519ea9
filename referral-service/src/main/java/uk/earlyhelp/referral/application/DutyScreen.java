package uk.earlyhelp.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.earlyhelp.referral.projection.DutyFeed;
import uk.earlyhelp.referral.projection.DutyItem;

/**
 * What a duty officer's screen shows: the council's new referrals and decisions, starting with the last
 * hours ({@code earlyhelp.duty.replay}) when a screen opens, then whatever arrives after the last item it has.
 */
@ApplicationScoped
public class DutyScreen {

    @Inject
    DutyFeed feed;

    @Inject
    Clock clock;

    @ConfigProperty(name = "earlyhelp.duty.replay")
    Duration replay;

    /** Where a newly opened screen starts: just before the council's items of the last hours. */
    public long replayStart(String council) {
        return feed.seqBefore(council, clock.instant().minus(replay));
    }

    /** The council's items after the screen's last one, oldest first. */
    public List<DutyItem> after(String council, long lastSeq, int limit) {
        return feed.after(council, lastSeq, limit);
    }
}
