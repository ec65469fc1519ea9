package uk.earlyhelp.pbr.domain.rules;

import java.time.LocalDate;

/**
 * A dated fact that proves a claim: an outcome sustained for a problem ({@code basis} is the problem code)
 * or a spell of continuous employment ({@code basis} is {@code EMPLOYMENT_AFTER_} and the benefit), from
 * {@code from} to {@code to}, the day the minimum period was met. {@code reference} is casework's id of the
 * outcome or the employment spell, where an auditor finds its evidence.
 */
public record ProvingPeriod(String basis, LocalDate from, LocalDate to, String reference) {}
