package uk.earlyhelp.deploy.local;

import java.util.UUID;

/** Referral bodies for the end-to-end tests (the shape in docs/api.md). */
final class Referral {

    private Referral() {}

    /**
     * A referral of a family of its own: families are matched on the letters of a child's family name,
     * date of birth and postcode, so the name is unique random letters.
     */
    static String ofOwnFamily(String... problems) {
        return ofOwnFamily(false, problems);
    }

    /** As {@link #ofOwnFamily(String...)}, raising a safeguarding concern if {@code safeguarding}. */
    static String ofOwnFamily(boolean safeguarding, String... problems) {
        StringBuilder issues = new StringBuilder();
        for (String problem : problems) {
            issues.append(issues.isEmpty() ? "" : ",")
                    .append(
                            "{\"problem\": \"%s\", \"indicator\": \"seen by police\", \"memberIndexes\": [1], \"evidence\": \"recorded\"}"
                                    .formatted(problem));
        }
        return """
                {
                  "agencyReference": "POL-E2E",
                  "household": {
                    "address": {"line1": "12 Mill Lane", "town": "Wigston", "postcode": "LE18 2AB"},
                    "members": [
                      {"givenName": "Kerry", "familyName": "%1$s", "dateOfBirth": "1990-04-02", "role": "PARENT"},
                      {"givenName": "Jay", "familyName": "%1$s", "dateOfBirth": "2013-09-30", "role": "CHILD"}
                    ]
                  },
                  "consent": {"given": true, "date": "2024-06-01", "recordedBy": "PC 1234"},
                  "issues": [%2$s],
                  "safeguardingConcern": %3$s,
                  "summary": "End-to-end test."
                }""".formatted(uniqueFamilyName(), issues, safeguarding);
    }

    /**
     * A referral of one child, {@code givenName familyName} born {@code dateOfBirth} at {@code postcode}, raising
     * {@code problems}; with {@code nhsNumber} if not null.
     */
    static String ofChild(
            String givenName,
            String familyName,
            String dateOfBirth,
            String postcode,
            String nhsNumber,
            String... problems) {
        String nhs = nhsNumber == null ? "" : ", \"nhsNumber\": \"" + nhsNumber + "\"";
        String issues = java.util.Arrays.stream(problems)
                .map(problem -> ("{\"problem\": \"%s\", \"indicator\": \"seen\", \"memberIndexes\": [0],"
                                + " \"evidence\": \"recorded\"}")
                        .formatted(problem))
                .collect(java.util.stream.Collectors.joining(", "));
        return """
                {
                  "agencyReference": "E2E-IDENTITY",
                  "household": {
                    "address": {"line1": "3 High Street", "town": "Melton", "postcode": "%4$s"},
                    "members": [
                      {"givenName": "%1$s", "familyName": "%2$s", "dateOfBirth": "%3$s", "role": "CHILD"%5$s}
                    ]
                  },
                  "consent": {"given": true, "date": "2024-06-01", "recordedBy": "PC 1234"},
                  "issues": [%6$s],
                  "safeguardingConcern": false,
                  "summary": "End-to-end test."
                }""".formatted(givenName, familyName, dateOfBirth, postcode, nhs, issues);
    }

    private static String uniqueFamilyName() {
        return "Smith" + UUID.randomUUID().toString().replaceAll("[^a-f]", "") + "xyz";
    }
}
