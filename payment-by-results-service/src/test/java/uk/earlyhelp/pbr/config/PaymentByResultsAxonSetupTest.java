package uk.earlyhelp.pbr.config;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.pbr.domain.batch.AdjustmentsCarried;
import uk.earlyhelp.pbr.domain.batch.AuditResultRecorded;
import uk.earlyhelp.pbr.domain.batch.ClaimBatchDiscarded;
import uk.earlyhelp.pbr.domain.batch.FamilyRemovedFromBatch;
import uk.earlyhelp.pbr.domain.claimrecord.OutcomeRetractionNoted;
import uk.earlyhelp.platform.testing.MovedEvents;

/**
 * The events stored before {@code domain} was split by aggregate are still read: each stored event carries
 * {@code @Revision} and its old name is mapped to its class (docs/adding-an-event.md).
 */
class PaymentByResultsAxonSetupTest {

    /** Events added since the split: they were never stored under another name. Add a new event here. */
    static final Set<Class<?>> NEW_SINCE_THE_SPLIT = Set.of(
            AuditResultRecorded.class,
            ClaimBatchDiscarded.class,
            FamilyRemovedFromBatch.class,
            AdjustmentsCarried.class,
            OutcomeRetractionNoted.class);

    @Test
    void everyStoredEventCarriesARevisionAndIsReadUnderTheNameItWasFirstStoredWith() {
        MovedEvents.verify(new PaymentByResultsAxonSetup(), "uk.earlyhelp.pbr.domain", NEW_SINCE_THE_SPLIT);
    }
}
