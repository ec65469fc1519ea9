package uk.earlyhelp.referral.application;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import uk.earlyhelp.platform.time.England;
import uk.earlyhelp.referral.config.RetentionPeriods;
import uk.earlyhelp.referral.domain.ErasureTrigger;
import uk.earlyhelp.referral.projection.FamilyActivity;

/**
 * Erases by itself every family whose case closed longer ago than its council's retention period
 * (docs/personal-data.md), checked now and then against the service's clock. Runs on every instance; erasure is
 * idempotent, so two instances erasing one family record it once.
 */
@Startup
@Singleton
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);
    static final String RETENTION_OFFICER = "retention-schedule";

    @Inject
    FamilyActivity activity;

    @Inject
    PersonalDataErasure erasure;

    @Inject
    RetentionPeriods periods;

    @Inject
    Clock clock;

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            runnable -> Thread.ofPlatform().daemon().name("retention-job").unstarted(runnable));

    @PostConstruct
    void schedule() {
        long every = periods.checkEvery().toMillis();
        scheduler.scheduleWithFixedDelay(this::runSafely, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }

    private void runSafely() {
        try {
            eraseDue(clock.instant());
        } catch (RuntimeException e) {
            LOG.error("The retention job failed; it runs again at its next check", e);
        }
    }

    /**
     * Erases every family whose latest activity (a referral, anything on its case, as this service received it)
     * is older than its council's retention period and the grace period, with no open case and no legal hold;
     * answers how many it erased.
     */
    public int eraseDue(Instant now) {
        LocalDate today = England.dateOf(now);
        int erased = 0;
        for (FamilyActivity.Quiet family : activity.quietSince(periods.latestDueActivity(today))) {
            Period period = periods.forCouncil(family.council());
            if (family.lastActivityOn().plus(period).plus(periods.gracePeriod()).isAfter(today)) {
                continue;
            }
            try {
                erasure.erase(
                        family.familyId(),
                        family.council(),
                        ErasureTrigger.RETENTION,
                        "Retention period " + period + " after the family's last activity on "
                                + family.lastActivityOn(),
                        today,
                        RETENTION_OFFICER);
                erased++;
            } catch (RuntimeException e) {
                LOG.warnf(
                        e,
                        "Could not erase family %s at the end of its retention period; retrying later",
                        family.familyId());
            }
        }
        if (erased > 0) {
            LOG.infof("Retention: erased %d famil%s", erased, erased == 1 ? "y" : "ies");
        }
        return erased;
    }
}
