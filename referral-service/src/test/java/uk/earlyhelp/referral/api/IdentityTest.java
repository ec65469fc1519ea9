package uk.earlyhelp.referral.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.CloudEventHeaders;
import uk.earlyhelp.contracts.EventType;
import uk.earlyhelp.contracts.Topics;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.KafkaTestClient;
import uk.earlyhelp.platform.testing.TestTokens;

/** Docs/domain.md, "Front door": near matches are listed for a duty officer, who merges or dismisses them. */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class IdentityTest {

    static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void aSimilarNameAtTheSameAddressIsListedAndMergingItMakesOneFamily() {
        String name = "Kowalczyk" + letters();
        String first = refer("police", name, "Jay", "2012-05-17", "LE18 2AB");
        String misspelt = name.substring(0, 4) + "s" + name.substring(5);
        String second = refer("school", misspelt, "Jay", "2012-05-17", "LE18 2AB");
        assertNotEquals(first, second, "a near match is never joined on its own");
        Map<String, Object> listed = pair(second, first);
        assertEquals("Same date of birth and postcode; a similar family name", listed.get("reason"));
        String pairId = (String) listed.get("id");

        merge(second, Map.of("into", first, "reason", "Same child: the school misspelt the name."))
                .statusCode(200)
                .body("familyId", equalTo(second))
                .body("intoFamilyId", equalTo(first));
        duplicates().body("id", not(hasItem(pairId)));
        merge(second, Map.of("into", first, "reason", "again")).statusCode(409).contentType(PROBLEM_JSON);

        var record = KafkaTestClient.awaitRecord(
                Topics.REFERRALS,
                r -> r.value().contains("\"intoFamilyId\":\"" + first + "\"")
                        && r.value().contains(second));
        assertEquals(
                EventType.FAMILIES_MERGED.ceType(),
                KafkaTestClient.header(record, CloudEventHeaders.TYPE).orElseThrow());
        // The merged family's children are the other family's now: the misspelt name joins it.
        assertEquals(first, refer("health", misspelt, "Jay", "2012-05-17", "LE18 2AB"));
    }

    @Test
    void theSameNamesAtAnotherPostcodeAreListedAndADismissedPairIsNotListedAgain() {
        String name = "Abernathy" + letters();
        String before = refer("police", name, "Mia", "2011-01-09", "LE18 2AB");
        String after = refer("housing", name, "Mia", "2011-01-09", "LE2 7PQ");
        Map<String, Object> listed = pair(after, before);
        assertEquals("Same names and date of birth at another postcode", listed.get("reason"));
        String pairId = (String) listed.get("id");
        dismiss(pairId, Map.of("reason", "Twins' cousins: different families."))
                .statusCode(200)
                .body("state", equalTo("DISMISSED"));
        dismiss(pairId, Map.of("reason", "again")).statusCode(409).contentType(PROBLEM_JSON);
        refer("health", name, "Mia", "2011-01-09", "LE2 7PQ");
        duplicates().body("id", not(hasItem(pairId)));
    }

    @Test
    void badMergesAndDismissalsAreRefusedNamingTheFieldAndNothingChanges() {
        String name = "Pemberton" + letters();
        String family = refer("police", name, "Ava", "2010-03-03", "LE18 2AB");
        String other = refer("police", "Other" + name, "Ava", "2010-03-04", "LE18 2AB");
        merge(family, Map.of("into", family, "reason", "x"))
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("into"));
        merge(family, Map.of("into", UUID.randomUUID().toString(), "reason", "x"))
                .statusCode(422)
                .body("errors[0].field", equalTo("into"));
        merge(UUID.randomUUID().toString(), Map.of("into", family, "reason", "x"))
                .statusCode(404)
                .body("errors[0].field", equalTo("familyId"));
        merge(family, Map.of("reason", "x")).statusCode(400).body("errors[0].field", equalTo("into"));
        merge(family, Map.of("into", other)).statusCode(400).body("errors[0].field", equalTo("reason"));
        String otherCouncils = Referrals.familyId(
                TestTokens.token("partner", TestTokens.OTHER_COUNCIL, "police"),
                body(name, "Ava", "2010-03-05", "LE1 1AA"));
        merge(family, Map.of("into", otherCouncils, "reason", "x"))
                .statusCode(422)
                .body("errors[0].field", equalTo("into"));
        given().auth()
                .oauth2(TestTokens.partner("police"))
                .contentType(ContentType.JSON)
                .body(Map.of("into", other, "reason", "x"))
                .post("/api/v1/families/{id}/merge", family)
                .then()
                .statusCode(403);
        dismiss(UUID.randomUUID().toString(), Map.of("reason", "x"))
                .statusCode(404)
                .body("errors[0].field", equalTo("id"));
        // Nothing was merged: the two are still two.
        merge(family, Map.of("into", other, "reason", "checked")).statusCode(200);
    }

    @Test
    void aReferralOfAMergedFamilysChildIsARereferralWhenTheMergedFamilysCaseClosedThisYear() {
        String name = "Okonkwo" + letters();
        String kept = refer("police", name, "Ife", "2013-02-02", "LE18 2AB");
        String merged = refer("school", "Other" + name, "Tobi", "2013-02-03", "LE18 2AB");
        KafkaTestClient.publish(
                new uk.earlyhelp.contracts.CaseClosedV1(
                        merged,
                        TestTokens.COUNCIL,
                        java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))
                                .minusMonths(3),
                        uk.earlyhelp.contracts.ClosureReason.OUTCOMES_MET),
                UUID.randomUUID().toString());
        merge(merged, Map.of("into", kept, "reason", "Step-siblings: one household."))
                .statusCode(200);
        // The merged family's child is referred again: it joins the family it was merged into, and its closed case
        // (once referral-service has heard of it) makes the referral a re-referral.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String referralId = Referrals.referralId(
                    TestTokens.partner("health"), body("Other" + name, "Tobi", "2013-02-03", "LE18 2AB"));
            Referrals.awaitVisible(referralId);
            Referrals.read(TestTokens.role("duty-officer"), referralId)
                    .statusCode(200)
                    .body("familyId", equalTo(kept))
                    .body("reReferral", equalTo(true));
        });
    }

    private static String refer(String agency, String familyName, String givenName, String born, String postcode) {
        return Referrals.familyId(TestTokens.partner(agency), body(familyName, givenName, born, postcode));
    }

    private static String body(String familyName, String givenName, String born, String postcode) {
        return Referrals.body(r -> {
            ObjectNode child = (ObjectNode) r.at("/household/members/1");
            child.put("familyName", familyName).put("givenName", givenName).put("dateOfBirth", born);
            ((ObjectNode) r.at("/household/address")).put("postcode", postcode);
        });
    }

    /** The open pair of the two families, as listed. */
    private static Map<String, Object> pair(String familyId, String otherFamilyId) {
        String path = "find { it.familyId == '" + familyId + "' && it.otherFamilyId == '" + otherFamilyId + "' }";
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> duplicates().body(path + ".state", equalTo("OPEN")));
        return duplicates().extract().path(path);
    }

    private static ValidatableResponse duplicates() {
        return given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .get("/api/v1/possible-duplicates")
                .then()
                .statusCode(200);
    }

    private static ValidatableResponse merge(String familyId, Map<String, Object> body) {
        return given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/families/{id}/merge", familyId)
                .then();
    }

    private static ValidatableResponse dismiss(String id, Map<String, Object> body) {
        return given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/possible-duplicates/{id}/dismissal", id)
                .then();
    }

    private static String letters() {
        return UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    }
}
