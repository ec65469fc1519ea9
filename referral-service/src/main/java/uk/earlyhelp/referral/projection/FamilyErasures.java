package uk.earlyhelp.referral.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import uk.earlyhelp.platform.jdbc.Jdbc;

/** Which families are erased, when and why (the {@code family_erasure} read model). */
@ApplicationScoped
public class FamilyErasures {

    /** A family's erasure as the subject access export shows it. */
    public record Erasure(String trigger, LocalDate requestedOn, Instant erasedAt) {}

    @Inject
    Jdbc jdbc;

    public Optional<Erasure> of(String familyId) {
        return jdbc.queryOne(
                "SELECT trigger, requested_on, erased_at FROM family_erasure WHERE family_id = ?",
                row -> new Erasure(
                        row.getString("trigger"),
                        row.getObject("requested_on", LocalDate.class),
                        Jdbc.instant(row, "erased_at")),
                familyId);
    }
}
