package uk.earlyhelp.pbr.application;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * A claim batch's events are appended early in a transaction that may run for minutes; the event processors must
 * wait that long for the positions it holds (earlyhelp.axon.longest-transaction), or they give up on them and the
 * batch's events are stored but never published or projected.
 */
class LongestTransactionTest {

    @Test
    void theProcessorsWaitLongerThanTheLongestClaimBatchTransaction() throws IOException {
        Properties configuration = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            configuration.load(in);
        }
        Duration longest = Duration.parse(configuration.getProperty("earlyhelp.axon.longest-transaction"));
        assertTrue(
                longest.compareTo(Duration.ofSeconds(ClaimBatchChanges.TRANSACTION_SECONDS)) >= 0,
                "earlyhelp.axon.longest-transaction " + longest + " is shorter than a claim batch's "
                        + ClaimBatchChanges.TRANSACTION_SECONDS + " s transaction");
    }
}
