package uk.earlyhelp.eligibility.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.CloudEventHeaders;
import uk.earlyhelp.contracts.EventType;
import uk.earlyhelp.contracts.FamiliesMergedV1;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.contracts.IntegrationEvent;
import uk.earlyhelp.contracts.MemberRole;
import uk.earlyhelp.contracts.ReferralReceivedV1;
import uk.earlyhelp.contracts.ReferralWithdrawnV1;
import uk.earlyhelp.contracts.Topics;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.KafkaTestClient;
import uk.earlyhelp.platform.testing.TestTokens;

@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class EligibilityOverKafkaTest {

    @Test
    void referralsFromTwoAgenciesCombineIntoOneEligibleDecisionAndARedeliveryChangesNothing() {
        String familyId = UUID.randomUUID().toString();
        String police = publishReferral(familyId, "police", HeadlineProblem.CRIME_ASB);
        awaitDecisions(familyId, 1);

        String ceIdOfSchoolReferral = UUID.randomUUID().toString();
        String school = publishReferral(familyId, "school", ceIdOfSchoolReferral, HeadlineProblem.SCHOOL_ATTENDANCE);
        awaitDecisions(familyId, 2);
        given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .when()
                .get("/api/v1/families/" + familyId + "/eligibility")
                .then()
                .statusCode(200)
                .body("history.decision", contains("NOT_ELIGIBLE", "ELIGIBLE"))
                .body("current.problemsCounted", contains("CRIME_ASB", "SCHOOL_ATTENDANCE"))
                .body("current.evidencingReferralIds", contains(police, school))
                .body("current.ruleVersion", equalTo("sf-2022-04"));

        // The same record again (same ce_id), then a new referral for the same family on the same partition:
        // once the new referral is decided, the redelivery has been consumed, and it added nothing.
        publish(referral(familyId, school, "school", HeadlineProblem.SCHOOL_ATTENDANCE), ceIdOfSchoolReferral);
        publishReferral(familyId, "health", HeadlineProblem.HEALTH);
        awaitDecisions(familyId, 3);
        given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .when()
                .get("/api/v1/families/" + familyId + "/eligibility")
                .then()
                .statusCode(200)
                .body("history", hasSize(3))
                .body("current.problemsCounted", contains("CRIME_ASB", "SCHOOL_ATTENDANCE", "HEALTH"));

        var published = KafkaTestClient.awaitRecord(
                Topics.ELIGIBILITY, r -> r.key().equals(familyId) && r.value().contains("HEALTH"));
        assertEquals(
                EventType.ELIGIBILITY_DECIDED.ceType(),
                KafkaTestClient.header(published, CloudEventHeaders.TYPE).orElseThrow());
    }

    @Test
    void anotherCouncilsFamilyIsRefusedAndAnUnknownFamilyIsNotFound() {
        String familyId = UUID.randomUUID().toString();
        publishReferral(familyId, "police", HeadlineProblem.CRIME_ASB);
        awaitDecisions(familyId, 1);
        given().auth()
                .oauth2(TestTokens.token("duty-officer", TestTokens.OTHER_COUNCIL, null))
                .when()
                .get("/api/v1/families/" + familyId + "/eligibility")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.partner("police"))
                .when()
                .get("/api/v1/families/" + familyId + "/eligibility")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .when()
                .get("/api/v1/families/" + UUID.randomUUID() + "/eligibility")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aWithdrawalThatLeavesOneProblemIsANewNotEligibleDecision() {
        String familyId = UUID.randomUUID().toString();
        publishReferral(familyId, "police", HeadlineProblem.CRIME_ASB);
        String school = publishReferral(familyId, "school", HeadlineProblem.SCHOOL_ATTENDANCE);
        awaitDecisions(familyId, 2);

        publish(
                new ReferralWithdrawnV1(school, familyId, TestTokens.COUNCIL, Instant.now()),
                UUID.randomUUID().toString());

        awaitDecisions(familyId, 3);
        given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .when()
                .get("/api/v1/families/" + familyId + "/eligibility")
                .then()
                .body("history.decision", contains("NOT_ELIGIBLE", "ELIGIBLE", "NOT_ELIGIBLE"))
                .body("current.problemsStillNeeded", equalTo(1))
                .body("current.problemsCounted", contains("CRIME_ASB"));
    }

    /** Docs/domain.md, "Front door": a family merged into another is that other from then on. */
    @Test
    void aFamilyMergedAwayIsAnsweredByTheFamilyItJoined() {
        String mergedAway = UUID.randomUUID().toString();
        String joined = UUID.randomUUID().toString();
        publishReferral(mergedAway, "police", HeadlineProblem.CRIME_ASB);
        publishReferral(joined, "school", HeadlineProblem.SCHOOL_ATTENDANCE);
        awaitDecisions(mergedAway, 1);
        awaitDecisions(joined, 1);

        merge(mergedAway, joined);

        awaitDecisions(joined, 2);
        for (String asked : new String[] {joined, mergedAway}) {
            eligibilityOf(asked)
                    .body("familyId", equalTo(joined))
                    .body("current.decision", equalTo("ELIGIBLE"))
                    .body("current.problemsCounted", containsInAnyOrder("CRIME_ASB", "SCHOOL_ATTENDANCE"));
        }
    }

    /** A into B, then B into C: A and B stand for C, and asking for either answers C. */
    @Test
    void aFamilyMergedAlongAChainIsAnsweredByTheFamilyTheChainEndsIn() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String last = UUID.randomUUID().toString();
        publishReferral(first, "police", HeadlineProblem.CRIME_ASB);
        publishReferral(second, "school", HeadlineProblem.SCHOOL_ATTENDANCE);
        publishReferral(last, "health", HeadlineProblem.HEALTH);
        awaitDecisions(first, 1);
        awaitDecisions(second, 1);
        awaitDecisions(last, 1);

        merge(first, second);
        awaitDecisions(second, 2);
        merge(second, last);
        awaitDecisions(last, 2);

        for (String asked : new String[] {first, second, last}) {
            eligibilityOf(asked)
                    .body("familyId", equalTo(last))
                    .body("current.problemsCounted", containsInAnyOrder("CRIME_ASB", "SCHOOL_ATTENDANCE", "HEALTH"));
        }
    }

    /** Publishes a merge at the front door as referral-service would. */
    private void merge(String familyId, String intoFamilyId) {
        publish(
                new FamiliesMergedV1(familyId, intoFamilyId, TestTokens.COUNCIL, Instant.now()),
                UUID.randomUUID().toString());
    }

    /** A caseworker's answer for the family asked about. */
    private static ValidatableResponse eligibilityOf(String familyId) {
        return given().auth()
                .oauth2(TestTokens.role("caseworker"))
                .when()
                .get("/api/v1/families/" + familyId + "/eligibility")
                .then()
                .statusCode(200);
    }

    private void awaitDecisions(String familyId, int count) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .when()
                .get("/api/v1/families/" + familyId + "/eligibility")
                .then()
                .statusCode(200)
                .body("history", hasSize(count)));
    }

    private String publishReferral(String familyId, String agency, HeadlineProblem... problems) {
        return publishReferral(familyId, agency, UUID.randomUUID().toString(), problems);
    }

    private String publishReferral(String familyId, String agency, String ceId, HeadlineProblem... problems) {
        String referralId = UUID.randomUUID().toString();
        publish(referral(familyId, referralId, agency, problems), ceId);
        return referralId;
    }

    private static ReferralReceivedV1 referral(
            String familyId, String referralId, String agency, HeadlineProblem... problems) {
        return new ReferralReceivedV1(
                referralId,
                familyId,
                TestTokens.COUNCIL,
                agency,
                Instant.now(),
                List.of(problems),
                List.of(new ReferralReceivedV1.Member(MemberRole.CHILD, 12)),
                false,
                false);
    }

    private void publish(IntegrationEvent event, String ceId) {
        KafkaTestClient.publish(event, ceId);
    }
}
