package uk.earlyhelp.casework.config;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.casework.domain.caserecord.MergeNoted;
import uk.earlyhelp.casework.domain.caserecord.OutcomeRetracted;
import uk.earlyhelp.casework.domain.caserecord.TriageNoted;
import uk.earlyhelp.platform.testing.MovedEvents;

/**
 * The case's events stored before {@code domain} was split are still read: each stored event carries
 * {@code @Revision} and its old name is mapped to its class (docs/adding-an-event.md).
 */
class CaseworkAxonSetupTest {

    /** Events added since the split: they were never stored under another name. Add a new event here. */
    static final Set<Class<?>> NEW_SINCE_THE_SPLIT =
            Set.of(OutcomeRetracted.class, TriageNoted.class, MergeNoted.class);

    @Test
    void everyStoredEventCarriesARevisionAndIsReadUnderTheNameItWasFirstStoredWith() {
        MovedEvents.verify(new CaseworkAxonSetup(), "uk.earlyhelp.casework.domain", NEW_SINCE_THE_SPLIT);
    }
}
