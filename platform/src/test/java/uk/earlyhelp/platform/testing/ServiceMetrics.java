package uk.earlyhelp.platform.testing;

import static io.restassured.RestAssured.given;

import java.util.Arrays;
import java.util.stream.Stream;

/** The metrics of the service under test, read from the Prometheus text it serves at {@code /q/metrics}. */
public final class ServiceMetrics {

    private ServiceMetrics() {}

    /**
     * The value of one sample: {@code sample} is a metric's name (its first sample, with or without labels) or a name
     * with its labels as the text prints them, e.g. {@code earlyhelp_processor_lag{processor="referral-view"}}. Fails
     * when the service has no such sample.
     */
    public static double value(String sample) {
        return samples()
                .filter(line -> line.startsWith(sample + " ") || line.startsWith(sample + "{") && !sample.contains("{"))
                .map(ServiceMetrics::valueOf)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no metric " + sample + " in /q/metrics"));
    }

    /**
     * The sum of the samples of metric {@code name} that carry every one of {@code labels} (each as printed, e.g.
     * {@code cache="verified-tokens"}); 0 while the service has none (a meter registered on first use).
     */
    public static double sum(String name, String... labels) {
        return samples()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(ServiceMetrics::valueOf)
                .sum();
    }

    private static Stream<String> samples() {
        return given().get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .filter(line -> !line.startsWith("#"));
    }

    private static double valueOf(String line) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }
}
