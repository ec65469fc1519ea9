package uk.earlyhelp.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The layout every service follows, checked on its compiled classes (docs/architecture.md explains it):
 *
 * <pre>
 *   api ──▶ application ──▶ domain ◀── projection, messaging
 * </pre>
 *
 * {@code api} parses, authorises, calls one use case and maps the answer; {@code application} holds the use
 * cases (transactions, idempotency, the tables that guard commands); {@code domain} is plain Java and Axon's
 * annotations; {@code projection} and {@code messaging} react to events and never call a use case or a
 * resource; {@code config} wires things together. Each layer may have sub-packages.
 */
public final class ServiceArchitecture {

    public static final List<String> LAYERS =
            List.of("api", "application", "domain", "projection", "messaging", "config");

    private ServiceArchitecture() {}

    /** Checks the main classes of the service whose root package is {@code servicePackage}. */
    public static void verify(String servicePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
        for (String layer : LAYERS) {
            String layerPackage = servicePackage + "." + layer;
            assertFalse(
                    classes.stream()
                            .noneMatch(c -> c.getPackageName().equals(layerPackage)
                                    || c.getPackageName().startsWith(layerPackage + ".")),
                    layerPackage + " is empty: a guarded package must hold the code it guards");
        }
        rules(servicePackage, otherServices(servicePackage)).values().forEach(rule -> rule.check(classes));
    }

    /**
     * The rules by name, so that a test can show each of them failing on a class that breaks it; {@code
     * otherServices} are the packages (with {@code ..}) this service must not touch.
     */
    public static Map<String, ArchRule> rules(String servicePackage, String... otherServices) {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put("domain is plain Java", domainIsPlainJava(servicePackage));
        rules.put("domain holds no integration events", domainHoldsNoIntegrationEvents(servicePackage));
        rules.put("application never calls api or messaging", applicationDoesNotCallInwardLayers(servicePackage));
        rules.put("api calls use cases", apiCallsUseCases(servicePackage));
        rules.put(
                "projection and messaging never call api or application",
                reactionsNeverCallUseCasesOrResources(servicePackage));
        rules.put(
                "services share only contracts and platform",
                servicesShareOnlyContractsAndPlatform(otherServices, servicePackage));
        return rules;
    }

    static ArchRule domainIsPlainJava(String servicePackage) {
        return noClasses()
                .that()
                .resideInAPackage(servicePackage + ".domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.quarkus..",
                        "io.smallrye..",
                        "io.vertx..",
                        "jakarta..",
                        "org.apache.kafka..",
                        "java.sql..",
                        "javax.sql..",
                        "com.fasterxml.jackson..",
                        "uk.earlyhelp.platform..",
                        servicePackage + ".api..",
                        servicePackage + ".application..",
                        servicePackage + ".projection..",
                        servicePackage + ".messaging..",
                        servicePackage + ".config..")
                .because("domain rules are plain Java that a newcomer can read and unit-test without a framework")
                .allowEmptyShould(true);
    }

    static ArchRule domainHoldsNoIntegrationEvents(String servicePackage) {
        return noClasses()
                .that()
                .resideInAPackage(servicePackage + ".domain..")
                .should()
                .dependOnClassesThat()
                .haveNameMatching("uk\\.earlyhelp\\.contracts\\.[A-Za-z]+V\\d+(\\$.*)?")
                .because("stored events outlive the contracts: a change to an integration event must not"
                        + " change what the event store holds (codes such as HeadlineProblem are shared)")
                .allowEmptyShould(true);
    }

    static ArchRule applicationDoesNotCallInwardLayers(String servicePackage) {
        return noClasses()
                .that()
                .resideInAPackage(servicePackage + ".application..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(servicePackage + ".api..", servicePackage + ".messaging..", "org.apache.kafka..")
                .because("a use case is called by resources and jobs; it never reaches back up to them")
                .allowEmptyShould(true);
    }

    static ArchRule apiCallsUseCases(String servicePackage) {
        return noClasses()
                .that()
                .resideInAPackage(servicePackage + ".api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.apache.kafka..",
                        "org.axonframework.commandhandling..",
                        "org.axonframework.eventsourcing..",
                        "java.sql..",
                        "javax.sql..",
                        servicePackage + ".messaging..")
                .because("a resource parses, authorises, calls one use case and maps the answer: commands,"
                        + " SQL and Kafka belong to application, projection and messaging")
                .allowEmptyShould(true);
    }

    static ArchRule reactionsNeverCallUseCasesOrResources(String servicePackage) {
        return noClasses()
                .that()
                .resideInAnyPackage(servicePackage + ".projection..", servicePackage + ".messaging..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(servicePackage + ".api..", servicePackage + ".application..")
                .because("projections and consumers react to events; the arrows point inwards only")
                .allowEmptyShould(true);
    }

    static ArchRule servicesShareOnlyContractsAndPlatform(String[] otherServices, String servicePackage) {
        return noClasses()
                .that()
                .resideInAPackage(servicePackage + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(otherServices)
                .because("services share only contracts and platform")
                .allowEmptyShould(true);
    }

    private static String[] otherServices(String servicePackage) {
        return List.of(
                        "uk.earlyhelp.referral..",
                        "uk.earlyhelp.eligibility..",
                        "uk.earlyhelp.casework..",
                        "uk.earlyhelp.pbr..")
                .stream()
                .filter(p -> !p.equals(servicePackage + ".."))
                .toArray(String[]::new);
    }
}
