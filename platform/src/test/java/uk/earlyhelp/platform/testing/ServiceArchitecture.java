package uk.earlyhelp.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;

/**
 * The layout every service follows, checked on its compiled classes: {@code domain} is plain Java (and
 * Axon's annotations), knows nothing of REST, Kafka, JDBC, CDI or the platform; {@code api} talks to the
 * domain and projections, never to Kafka; each named package exists and holds classes.
 */
public final class ServiceArchitecture {

    private ServiceArchitecture() {}

    public static void verify(String servicePackage, List<String> layers) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
        for (String layer : layers) {
            String layerPackage = servicePackage + "." + layer;
            assertFalse(
                    classes.stream().noneMatch(c -> c.getPackageName().equals(layerPackage)),
                    layerPackage + " is empty: a guarded package must hold the code it guards");
        }
        noClasses()
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
                        servicePackage + ".projection..",
                        servicePackage + ".messaging..",
                        servicePackage + ".config..")
                .because("domain rules are plain Java that a newcomer can read and unit-test without a framework")
                .check(classes);
        if (layers.contains("api")) {
            noClasses()
                    .that()
                    .resideInAPackage(servicePackage + ".api..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("org.apache.kafka..", servicePackage + ".messaging..")
                    .because("REST resources send commands and read projections; only messaging talks to Kafka")
                    .check(classes);
        }
        noClasses()
                .that()
                .resideInAPackage(servicePackage + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(otherServices(servicePackage))
                .because("services share only contracts and platform")
                .check(classes);
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
