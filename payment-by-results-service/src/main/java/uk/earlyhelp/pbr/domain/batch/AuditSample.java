package uk.earlyhelp.pbr.domain.batch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The families of a batch flagged for internal audit spot checks: a reproducible random sample. Each family
 * is ranked by SHA-256 of the seed and its id, and the lowest-ranked {@code ceil(n * percent / 100)} are
 * taken (at least one when the batch is not empty). The same seed and the same families give the same
 * sample, whatever their order; adding a family to a batch moves at most one family out of its sample.
 */
public final class AuditSample {

    private AuditSample() {}

    public static List<String> select(Collection<String> familyIds, long seed, int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("An audit sample is 0 to 100 percent, not " + percent);
        }
        if (familyIds.isEmpty()) {
            return List.of();
        }
        int size = Math.max(1, (int) Math.ceil(familyIds.size() * percent / 100.0));
        // Each family's rank is hashed once, not at every comparison of the sort: 400,000 families are
        // 400,000 hashes rather than tens of millions.
        MessageDigest sha256 = sha256();
        return familyIds.stream()
                .distinct()
                .map(id -> new Ranked(rank(sha256, seed, id), id))
                .sorted(Comparator.comparing(Ranked::rank).thenComparing(Ranked::familyId))
                .limit(size)
                .map(Ranked::familyId)
                .sorted()
                .toList();
    }

    private record Ranked(String rank, String familyId) {}

    private static String rank(MessageDigest sha256, long seed, String familyId) {
        return HexFormat.of().formatHex(sha256.digest((seed + ":" + familyId).getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
