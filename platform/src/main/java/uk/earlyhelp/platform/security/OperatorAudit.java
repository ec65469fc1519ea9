package uk.earlyhelp.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import uk.earlyhelp.platform.jdbc.Jdbc;

/**
 * The record of what operators did to a running service, in its own {@code operator_audit} table and the log:
 * an auditor asks who rotated the keys or rebuilt a read model, and when. Written in a transaction of its own, so
 * the record stays even when the action fails half-way.
 */
@ApplicationScoped
public class OperatorAudit {

    private static final Logger LOG = Logger.getLogger(OperatorAudit.class);

    public record Entry(String actor, String action, String detail, Instant doneAt) {}

    @Inject
    Jdbc jdbc;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String actor, String action, String detail) {
        LOG.infof("operator %s: %s (%s)", actor, action, detail);
        jdbc.update(
                "INSERT INTO operator_audit (actor, action, detail, done_at) VALUES (?, ?, ?, ?)",
                actor,
                action,
                detail,
                clock.instant());
    }

    public List<Entry> recent(int limit) {
        return jdbc.query(
                "SELECT actor, action, detail, done_at FROM operator_audit ORDER BY id DESC LIMIT ?",
                row -> new Entry(
                        row.getString("actor"),
                        row.getString("action"),
                        row.getString("detail"),
                        Jdbc.instant(row, "done_at")),
                limit);
    }
}
