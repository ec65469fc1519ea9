package uk.earlyhelp.platform.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each layout rule fails on a fixture class that breaks it (and only that rule does), and none fails on a
 * fixture that follows the layout: a rule that cannot fail guards nothing.
 */
class ServiceArchitectureTest {

    private static final String FIXTURES = "uk.earlyhelp.platform.testing.layout";
    private static final String OTHER_SERVICE = FIXTURES + ".otherservice..";

    @Test
    void aServiceThatFollowsTheLayoutPassesEveryRule() {
        String root = FIXTURES + ".good";
        JavaClasses classes = new ClassFileImporter().importPackages(root);
        rules(root).forEach((name, rule) -> assertDoesNotThrow(() -> rule.check(classes), name));
    }

    @ParameterizedTest(name = "{0} breaks \"{1}\"")
    @CsvSource({
        "domainjdbc,        domain is plain Java",
        "domainevent,       domain holds no integration events",
        "applicationapi,    application never calls api or messaging",
        "apicommands,       api calls use cases",
        "projectionusecase, projection and messaging never call api or application",
        "messagingapi,      projection and messaging never call api or application",
        "crossservice,      services share only contracts and platform"
    })
    void aDeliberatelyBadClassBreaksExactlyItsRule(String fixture, String brokenRule) {
        String root = FIXTURES + "." + fixture;
        JavaClasses classes = new ClassFileImporter().importPackages(root);
        Map<String, ArchRule> rules = rules(root);
        assertTrue(rules.containsKey(brokenRule), brokenRule);
        rules.forEach((name, rule) -> {
            if (name.equals(brokenRule)) {
                AssertionError failure = assertThrows(AssertionError.class, () -> rule.check(classes), name);
                assertTrue(failure.getMessage().contains(root), failure.getMessage());
            } else {
                assertDoesNotThrow(() -> rule.check(classes), name);
            }
        });
        assertEquals(6, rules.size());
    }

    private static Map<String, ArchRule> rules(String root) {
        return ServiceArchitecture.rules(root, OTHER_SERVICE);
    }
}
