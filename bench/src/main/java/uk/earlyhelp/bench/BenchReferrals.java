package uk.earlyhelp.bench;

import java.time.LocalDate;
import java.util.UUID;

/** The referral every scenario sends: two problems, so the family is eligible, and a family of its own. */
final class BenchReferrals {

    private BenchReferrals() {}

    /** Families are matched on the letters of a child's family name: a random one makes a new family. */
    static String ofOwnFamily(LocalDate consentDate, LocalDate childBorn) {
        String familyName = "Bench" + UUID.randomUUID().toString().replaceAll("[^a-f]", "") + "q";
        return """
                {
                  "agencyReference": "POL-BENCH",
                  "household": {
                    "address": {"line1": "12 Mill Lane", "town": "Wigston", "postcode": "LE18 2AB"},
                    "members": [
                      {"givenName": "Kerry", "familyName": "%1$s", "dateOfBirth": "1990-04-02", "role": "PARENT"},
                      {"givenName": "Jay", "familyName": "%1$s", "dateOfBirth": "%3$s", "role": "CHILD"}
                    ]
                  },
                  "consent": {"given": true, "date": "%2$s", "recordedBy": "PC 1234"},
                  "issues": [
                    {"problem": "CRIME_ASB", "indicator": "ASB incidents", "memberIndexes": [1], "evidence": "3"},
                    {"problem": "SCHOOL_ATTENDANCE", "indicator": "absence", "memberIndexes": [1], "evidence": "22%%"}
                  ],
                  "safeguardingConcern": false,
                  "summary": "Benchmark."
                }""".formatted(familyName, consentDate, childBorn);
    }
}
