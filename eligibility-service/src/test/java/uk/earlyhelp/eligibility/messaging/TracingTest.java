package uk.earlyhelp.eligibility.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.contracts.MemberRole;
import uk.earlyhelp.contracts.ReferralReceivedV1;
import uk.earlyhelp.contracts.Topics;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.KafkaTestClient;
import uk.earlyhelp.platform.testing.TestTokens;

/**
 * Docs/operations.md, "Traces": the decision a referral's record causes is published in the referral's trace, so one
 * trace runs from the partner's request through every service.
 */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class TracingTest {

    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";

    @Test
    void theDecisionIsPublishedInTheTraceOfTheReferralThatCausedIt() {
        String familyId = UUID.randomUUID().toString();
        KafkaTestClient.publish(
                new ReferralReceivedV1(
                        UUID.randomUUID().toString(),
                        familyId,
                        TestTokens.COUNCIL,
                        "police",
                        Instant.now(),
                        List.of(HeadlineProblem.CRIME_ASB, HeadlineProblem.HEALTH),
                        List.of(new ReferralReceivedV1.Member(MemberRole.CHILD, 12)),
                        false,
                        false),
                UUID.randomUUID().toString(),
                Map.of("traceparent", "00-" + TRACE_ID + "-b7ad6b7169203331-01"));

        var decision = KafkaTestClient.awaitRecord(Topics.ELIGIBILITY, record -> familyId.equals(record.key()));
        String traceparent = KafkaTestClient.header(decision, "traceparent")
                .orElseThrow(() -> new AssertionError("the decision's record has no traceparent header"));
        assertEquals(TRACE_ID, traceparent.split("-")[1]);
    }
}
