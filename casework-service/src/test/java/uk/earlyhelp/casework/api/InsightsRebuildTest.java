package uk.earlyhelp.casework.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.ResultSetMetaData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.casework.projection.InsightsProjection;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.TestTokens;

@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class InsightsRebuildTest {

    @Inject
    Jdbc jdbc;

    @Test
    void theInsightsRebuiltFromTheEventStoreEqualTheLiveOnes() {
        KnownFamilies known = new KnownFamilies().build();
        Map<String, List<String>> live = snapshot(known.council);
        String figures = known.manager()
                .get("/api/v1/insights/outcomes")
                .then()
                .extract()
                .asString();
        assertEquals(5, live.get("insight_case").size());

        // A row no event explains: a rebuild from the event store must not keep it.
        jdbc.update(
                "INSERT INTO insight_case (family_id, council, attached_on) VALUES ('stray', ?, now())", known.council);

        given().auth()
                .oauth2(TestTokens.token("caseworker", known.council, null))
                .post("/api/v1/admin/projections/insights/rebuild")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        known.manager()
                .post("/api/v1/admin/projections/insights/rebuild")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.token("operator", known.council, null))
                .post("/api/v1/admin/projections/insights/rebuild")
                .then()
                .statusCode(202)
                .body("processor", equalTo(InsightsProjection.PROCESSING_GROUP))
                .body("state", equalTo("REBUILDING"));
        CaseworkFixtures.awaitSwapped("/api/v1/admin/projections/insights/rebuild");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Map<String, List<String>> rebuilt = snapshot(known.council);
            for (String table : InsightsProjection.TABLES.keySet()) {
                assertEquals(live.get(table), rebuilt.get(table), table);
            }
            assertEquals(
                    figures,
                    known.manager()
                            .get("/api/v1/insights/outcomes")
                            .then()
                            .extract()
                            .asString());
        });
    }

    /** Every row of the council's families in every insights table, in key order, as text. */
    private Map<String, List<String>> snapshot(String council) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        InsightsProjection.TABLES.forEach((table, order) -> tables.put(
                table,
                jdbc.query(
                        "SELECT * FROM " + table
                                + " WHERE family_id IN (SELECT family_id FROM insight_case WHERE council = ?) ORDER BY "
                                + order,
                        row -> {
                            ResultSetMetaData meta = row.getMetaData();
                            List<String> values = new ArrayList<>();
                            for (int c = 1; c <= meta.getColumnCount(); c++) {
                                values.add(meta.getColumnName(c) + "=" + row.getString(c));
                            }
                            return String.join("|", values);
                        },
                        council)));
        return tables;
    }
}
