package uk.earlyhelp.referral.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.earlyhelp.contracts.Topics;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.KafkaTestClient;
import uk.earlyhelp.platform.testing.TestTokens;

/**
 * The bad-input corpus: malformed, oversized, wrong-type, incomplete and wrong-role requests each get a
 * 4xx problem+json (never a 5xx), naming the field where there is one, and nothing is stored or published.
 */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class BadInputTest {

    static final String CORPUS_AGENCY = "bad-input-corpus";

    @Inject
    Jdbc jdbc;

    static Stream<Arguments> badReferrals() {
        return Stream.of(
                bad("malformed JSON", "{\"agencyReference\": ", 400, null),
                bad("not an object", "[1, 2, 3]", 400, null),
                bad("empty body", "", 400, null),
                bad("unknown field", edit(r -> r.put("favouriteColour", "blue")), 400, "favouriteColour"),
                bad(
                        "unknown problem code",
                        edit(r -> ((ObjectNode) r.at("/issues/0")).put("problem", "JAYWALKING")),
                        400,
                        "issues[0].problem"),
                bad(
                        "unknown member role",
                        edit(r -> ((ObjectNode) r.at("/household/members/0")).put("role", "UNCLE")),
                        400,
                        "household.members[0].role"),
                bad(
                        "wrong type: boolean as text",
                        edit(r -> r.put("safeguardingConcern", "perhaps")),
                        400,
                        "safeguardingConcern"),
                bad(
                        "wrong type: date",
                        edit(r -> ((ObjectNode) r.at("/household/members/1")).put("dateOfBirth", "30/09/2013")),
                        400,
                        "household.members[1].dateOfBirth"),
                bad(
                        "wrong type: member indexes",
                        edit(r -> ((ObjectNode) r.at("/issues/0")).put("memberIndexes", "one")),
                        400,
                        "issues[0].memberIndexes"),
                bad(
                        "NUL character in text",
                        edit(r -> ((ObjectNode) r.at("/household/members/0")).put("familyName", "Smi\u0000th")),
                        400,
                        "household.members[0].familyName"),
                bad("missing agency reference", edit(r -> r.remove("agencyReference")), 400, "agencyReference"),
                bad("missing household", edit(r -> r.remove("household")), 400, "household"),
                bad(
                        "missing postcode",
                        edit(r -> ((ObjectNode) r.at("/household/address")).remove("postcode")),
                        400,
                        "household.address.postcode"),
                bad(
                        "missing given name",
                        edit(r -> ((ObjectNode) r.at("/household/members/0")).remove("givenName")),
                        400,
                        "household.members[0].givenName"),
                bad("empty issue list", edit(r -> r.putArray("issues")), 400, "issues"),
                bad(
                        "no members",
                        edit(r -> ((ObjectNode) r.at("/household")).putArray("members")),
                        400,
                        "household.members"),
                bad(
                        "too long agency reference",
                        edit(r -> r.put("agencyReference", "X".repeat(101))),
                        400,
                        "agencyReference"),
                bad(
                        "date of birth in the future",
                        edit(r -> ((ObjectNode) r.at("/household/members/1")).put("dateOfBirth", "2999-01-01")),
                        400,
                        "household.members[1].dateOfBirth"),
                bad(
                        "no child in the household",
                        edit(r -> ((ObjectNode) r.at("/household/members/1")).put("role", "OTHER_ADULT")),
                        422,
                        "household.members"),
                bad("no consent and no safeguarding concern", edit(r -> r.remove("consent")), 422, "consent.given"),
                bad(
                        "consent refused and no safeguarding concern",
                        edit(r -> ((ObjectNode) r.at("/consent")).put("given", false)),
                        422,
                        "consent.given"),
                bad(
                        "consent given without a date",
                        edit(r -> ((ObjectNode) r.at("/consent")).remove("date")),
                        422,
                        "consent.date"),
                bad(
                        "an issue about a member who is not there",
                        edit(r -> ((ArrayNode) r.at("/issues/0/memberIndexes")).add(7)),
                        422,
                        "issues[0].memberIndexes"),
                bad(
                        "21 members (at most 20)",
                        edit(r -> {
                            ArrayNode members = (ArrayNode) r.at("/household/members");
                            while (members.size() < 21) {
                                members.add(members.get(0).deepCopy());
                            }
                        }),
                        400,
                        "household.members"),
                bad(
                        "31 issues (at most 30)",
                        edit(r -> {
                            ArrayNode issues = (ArrayNode) r.at("/issues");
                            while (issues.size() < 31) {
                                issues.add(issues.get(0).deepCopy());
                            }
                        }),
                        400,
                        "issues"),
                bad(
                        "21 member indexes on one issue (at most 20)",
                        edit(r -> {
                            ArrayNode indexes = (ArrayNode) r.at("/issues/0/memberIndexes");
                            while (indexes.size() < 21) {
                                indexes.add(1);
                            }
                        }),
                        400,
                        "issues[0].memberIndexes"),
                bad(
                        "date of birth before 1900",
                        edit(r -> ((ObjectNode) r.at("/household/members/0")).put("dateOfBirth", "1899-12-31")),
                        400,
                        "household.members[0].dateOfBirth"),
                bad(
                        "consent date in year 1",
                        edit(r -> ((ObjectNode) r.at("/consent")).put("date", "0001-01-01")),
                        400,
                        "consent.date"),
                bad("oversized body", edit(r -> r.put("summary", "x".repeat(600_000))), 413, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReferrals")
    void aBadReferralIsAProblemNamingTheFieldAndNothingIsStored(String name, String body, int status, String field) {
        long storedBefore = referralEvents();
        var response = given().auth()
                .oauth2(TestTokens.partner(CORPUS_AGENCY))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(status)
                .contentType("application/problem+json");
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        assertEquals(storedBefore, referralEvents(), name + " must store nothing");
    }

    @Test
    void wrongRolesTokensAndCouncilsAreRefusedWithAProblem() {
        String referralId = Referrals.post(TestTokens.partner("police"), Referrals.body())
                .statusCode(202)
                .extract()
                .path("referralId");
        for (String role : List.of("caseworker", "finance-officer", "manager", "data-protection", "duty-officer")) {
            given().auth()
                    .oauth2(TestTokens.role(role))
                    .contentType(ContentType.JSON)
                    .body(Referrals.body())
                    .when()
                    .post("/api/v1/referrals")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        given().auth()
                .oauth2("not.a.token")
                .contentType(ContentType.JSON)
                .body(Referrals.body())
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.token("duty-officer", TestTokens.OTHER_COUNCIL, null))
                .when()
                .get("/api/v1/referrals/" + referralId)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .when()
                .get("/api/v1/referrals/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .when()
                .get("/api/v1/referrals?page=-1&size=100000")
                .then()
                .statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500)))
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .when()
                .get("/api/v1/referrals?size=many")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("size"));
        given().auth()
                .oauth2(TestTokens.partner("police"))
                .contentType(ContentType.TEXT)
                .body("hello")
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void noBadReferralReachesTheTopic() {
        badReferrals().forEach(arguments -> given().auth()
                .oauth2(TestTokens.partner(CORPUS_AGENCY))
                .contentType(ContentType.JSON)
                .body((String) arguments.get()[1])
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500))));
        // The publisher sends in event-store order: once a later referral is on the topic, anything stored
        // before it would be there too.
        String barrier = Referrals.post(TestTokens.partner("bad-input-barrier"), Referrals.body())
                .statusCode(202)
                .extract()
                .path("referralId");
        KafkaTestClient.awaitRecord(Topics.REFERRALS, r -> r.value().contains(barrier));
        assertTrue(KafkaTestClient.readAll(Topics.REFERRALS).stream()
                .noneMatch(r -> r.value().contains("\"agency\":\"" + CORPUS_AGENCY + "\"")));
    }

    private long referralEvents() {
        return jdbc.queryOne("SELECT count(*) FROM domain_event_entry", row -> row.getLong(1), new Object[0])
                .orElseThrow();
    }

    private static Arguments bad(String name, String body, int status, String field) {
        return Arguments.of(name, body, status, Optional.ofNullable(field).orElse(null));
    }

    private static String edit(Consumer<ObjectNode> change) {
        return Referrals.body(change);
    }
}
