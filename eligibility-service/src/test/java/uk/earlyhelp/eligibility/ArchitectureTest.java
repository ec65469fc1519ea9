package uk.earlyhelp.eligibility;

import org.junit.jupiter.api.Test;
import uk.earlyhelp.platform.testing.ServiceArchitecture;

class ArchitectureTest {

    @Test
    void followsTheServiceLayout() {
        ServiceArchitecture.verify("uk.earlyhelp.eligibility");
    }
}
