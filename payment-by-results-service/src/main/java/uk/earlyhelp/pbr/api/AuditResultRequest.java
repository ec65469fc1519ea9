package uk.earlyhelp.pbr.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.earlyhelp.pbr.domain.batch.AuditResult;

/** {@code POST /api/v1/claim-batches/{id}/audit-results}: one sampled family's spot check; a FAIL needs a note. */
public record AuditResultRequest(
        @NotBlank @Size(max = 64) String familyId,
        @NotNull AuditResult result,
        @Size(max = 2000) String note) {}
