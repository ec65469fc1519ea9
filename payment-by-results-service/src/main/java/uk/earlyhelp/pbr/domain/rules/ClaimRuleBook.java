package uk.earlyhelp.pbr.domain.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The claim rules over time (docs/domain.md, "Claim assurance"): each version is in force from its effective date
 * until the next one's. A family is judged under the version in force on its attachment date, so a change to the
 * rules never rewrites the claims of families attached before it took effect.
 */
public record ClaimRuleBook(List<Version> versions) {

    /** One version of the rules, named as claim lines record it. */
    public record Version(String version, LocalDate effectiveFrom, ClaimRules rules) {}

    public ClaimRuleBook {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("The claim rules need at least one version");
        }
        versions = versions.stream()
                .sorted(Comparator.comparing(Version::effectiveFrom))
                .toList();
        for (int i = 1; i < versions.size(); i++) {
            if (versions.get(i).effectiveFrom().equals(versions.get(i - 1).effectiveFrom())) {
                throw new IllegalArgumentException("Two claim rule versions take effect on "
                        + versions.get(i).effectiveFrom() + ": "
                        + versions.get(i - 1).version() + " and "
                        + versions.get(i).version());
            }
        }
    }

    /**
     * The version in force on {@code date}: the latest to take effect on or before it. A date before the first
     * version (or none: a family not attached) is judged under the first.
     */
    public Version inForceOn(LocalDate date) {
        Version inForce = versions.getFirst();
        for (Version version : versions) {
            if (date != null && !version.effectiveFrom().isAfter(date)) {
                inForce = version;
            }
        }
        return inForce;
    }
}
