package uk.earlyhelp.casework.projection;

import java.util.List;

/** A page of the case list: {@code page} counts from 0, {@code total} is every matching case. */
public record CasePage(int page, int size, long total, List<CaseSummary> items) {}
