package uk.earlyhelp.casework.projection;

import java.time.Instant;
import java.util.Map;

/** One event in a family's plan history: what happened, when, and who did it. */
public record HistoryEntry(
        long sequence, String type, Instant occurredAt, String actor, String summary, Map<String, Object> details) {}
