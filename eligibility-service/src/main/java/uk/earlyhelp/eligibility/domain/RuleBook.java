package uk.earlyhelp.eligibility.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

/** Every version of the eligibility rule, and which one is in force on a given day. */
public final class RuleBook {

    private final List<RuleVersion> versions;

    public RuleBook(List<RuleVersion> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("The rule book needs at least one rule version");
        }
        if (new HashSet<>(versions.stream().map(RuleVersion::effectiveFrom).toList()).size() != versions.size()) {
            throw new IllegalArgumentException("Two rule versions take effect on the same day");
        }
        this.versions = versions.stream()
                .sorted(Comparator.comparing(RuleVersion::effectiveFrom))
                .toList();
    }

    /** The latest version whose effective date is on or before {@code day}. */
    public RuleVersion inForceOn(LocalDate day) {
        return versions.stream()
                .filter(version -> !version.effectiveFrom().isAfter(day))
                .reduce((earlier, later) -> later)
                .orElseThrow(() ->
                        new IllegalStateException("No eligibility rule is in force on " + day + "; the first takes "
                                + "effect on " + versions.getFirst().effectiveFrom()));
    }

    public List<RuleVersion> versions() {
        return versions;
    }
}
