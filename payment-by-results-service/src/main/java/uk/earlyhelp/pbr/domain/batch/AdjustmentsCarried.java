package uk.earlyhelp.pbr.domain.batch;

import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record AdjustmentsCarried(String batchId, List<Adjustment> adjustments) {}
