package uk.earlyhelp.platform.axon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class PostgresDuplicateKeyResolverTest {

    private final PostgresDuplicateKeyResolver resolver = new PostgresDuplicateKeyResolver();

    @Test
    void aUniqueViolationAnywhereInTheCauseChainIsADuplicateKey() {
        var unique = new SQLException("duplicate key value violates unique constraint", "23505");
        assertTrue(resolver.isDuplicateKeyViolation(unique));
        assertTrue(resolver.isDuplicateKeyViolation(new RuntimeException("append failed", unique)));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(resolver.isDuplicateKeyViolation(new SQLException("connection refused", "08001")));
        assertFalse(resolver.isDuplicateKeyViolation(new SQLException("no state")));
        assertFalse(resolver.isDuplicateKeyViolation(new IllegalStateException("boom")));
    }
}
