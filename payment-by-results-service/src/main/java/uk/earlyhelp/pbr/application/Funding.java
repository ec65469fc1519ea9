package uk.earlyhelp.pbr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import uk.earlyhelp.pbr.config.PaymentByResultsRules;
import uk.earlyhelp.platform.jdbc.Jdbc;

/**
 * A council's funded maximum: what its finance officer set from the ministry's allocation ({@code PUT
 * /api/v1/funding}), or the configured default until they do. Batch building reads it under a lock on the
 * council's row, so that two builds at once cannot both take the last funded places.
 */
@ApplicationScoped
public class Funding {

    /** The council's funded maximum, who set it and when ({@code setBy} null: the configured default). */
    public record CouncilFunding(String council, int fundedFamilies, String setBy, Instant setAt) {}

    @Inject
    Jdbc jdbc;

    @Inject
    PaymentByResultsRules rules;

    @Inject
    Clock clock;

    @Transactional
    public CouncilFunding set(String council, int fundedFamilies, String by) {
        Instant now = clock.instant();
        jdbc.update("""
                INSERT INTO council_funding (council, funded_families, set_by, set_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (council) DO UPDATE SET funded_families = EXCLUDED.funded_families,
                    set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at""", council, fundedFamilies, by, now);
        return new CouncilFunding(council, fundedFamilies, by, now);
    }

    public CouncilFunding of(String council) {
        return jdbc.queryOne(
                        "SELECT funded_families, set_by, set_at FROM council_funding WHERE council = ?",
                        row -> new CouncilFunding(
                                council,
                                row.getInt("funded_families"),
                                row.getString("set_by"),
                                Jdbc.instant(row, "set_at")),
                        council)
                .orElseGet(() -> new CouncilFunding(council, rules.fundedMaximumOf(council), null, null));
    }

    /**
     * The council's funded maximum, read under a lock on the council held until the transaction ends: batch builds
     * for one council take their places one at a time.
     */
    int lockedFundedFamilies(String council) {
        jdbc.queryOne(
                "SELECT pg_advisory_xact_lock(hashtext(?)) IS NULL", row -> row.getBoolean(1), "funding:" + council);
        return of(council).fundedFamilies();
    }
}
