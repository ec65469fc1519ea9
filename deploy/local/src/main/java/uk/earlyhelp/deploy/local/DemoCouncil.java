package uk.earlyhelp.deploy.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A synthetic council for the outcomes dashboard to show on first start (issue 11): a few hundred families
 * referred by partner agencies, attached, assessed with Family Star Plus and mostly closed over the last two
 * years, some stepped up to social care, some referred again. Everything goes in through the public REST APIs,
 * as real users would put it, so the events, decisions and read models are the system's own. A fixed seed
 * makes the same council each time (its dates are relative to today).
 *
 * <p>Casework refuses an attachment dated before the family's first referral (docs/domain.md, "Dates"), so the
 * families are referred in the past: {@link #load} needs the front door (referral and eligibility) running behind
 * ({@link LocalRunner#moveClock}), and attaches each family some time between then and today. The families referred
 * again after their case closed are referred by {@link #referAgain}, once the front door is back on today's date.
 */
public final class DemoCouncil {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    private static final List<String> PRACTITIONERS =
            List.of("a.khan", "b.osei", "c.murphy", "d.patel", "e.jones", "f.nowak", "g.williams", "h.begum");
    private static final List<String> AGENCIES = List.of("police", "school", "health", "housing", "voluntary");
    private static final List<String> PROBLEMS =
            List.of("CRIME_ASB", "SCHOOL_ATTENDANCE", "CHILDREN_NEED_HELP", "WORKLESSNESS", "DOMESTIC_ABUSE", "HEALTH");
    private static final List<String> DOMAINS = List.of(
            "HOME_AND_MONEY",
            "KEEPING_CHILDREN_SAFE",
            "BOUNDARIES_AND_BEHAVIOUR",
            "FAMILY_ROUTINES",
            "PHYSICAL_HEALTH",
            "ADULT_WELLBEING",
            "SOCIAL_NETWORKS",
            "CHILDRENS_EMOTIONAL_NEEDS",
            "EDUCATION_AND_LEARNING",
            "PROGRESS_TO_WORK");
    private static final Pattern FAMILY_ID = Pattern.compile("\"familyId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration ELIGIBILITY_TIMEOUT = Duration.ofSeconds(90);

    /** How far behind the front door runs while {@link #load} makes the council's two years. */
    public static final Duration HISTORY = Duration.ofDays(731);

    private final LocalRunner runner;
    private final String referralUrl;
    private final String caseworkUrl;
    private final DevKeys keys;
    private final String council;
    private final LocalDate today = LocalDate.now(ENGLAND);
    private final List<Story> toReferAgain = Collections.synchronizedList(new ArrayList<>());
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public DemoCouncil(LocalRunner runner, DevKeys keys, String council) {
        this.runner = runner;
        this.referralUrl = runner.baseUrl(Service.REFERRAL);
        this.caseworkUrl = runner.baseUrl(Service.CASEWORK);
        this.keys = keys;
        this.council = council;
    }

    /** True when the council already has cases, so that a second start does not load the demo twice. */
    public boolean hasCases() {
        String page = send("GET", caseworkUrl + "/api/v1/cases?size=1", token("manager", null), null, 200);
        return !page.contains("\"total\":0");
    }

    /**
     * Loads {@code families} families made from {@code seed}, referred on the front door's (past) date and attached
     * since; returns how many were attached.
     */
    public int load(int families, long seed) {
        int historyDays = (int) ChronoUnit.DAYS.between(frontDoorToday(), today) - 1;
        if (historyDays < 60) {
            throw new IllegalStateException("The demo council's families are referred in the past: move the front"
                    + " door's clock back first (LocalRunner.moveClock(DemoCouncil.HISTORY.negated(), ...))");
        }
        Random random = new Random(seed);
        // Each family's story is drawn up front from the one seeded generator, so the council is the same
        // whatever order the worker threads then tell the stories in.
        List<Story> stories = new ArrayList<>();
        for (int i = 0; i < families; i++) {
            stories.add(Story.draw(random, today, historyDays, i));
        }
        ExecutorService workers = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> told = new ArrayList<>();
            for (Story story : stories) {
                told.add(workers.submit(() -> tell(story)));
            }
            for (Future<?> future : told) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Loading the demo council failed", e);
        } finally {
            workers.shutdownNow();
        }
        return stories.size();
    }

    private void tell(Story story) {
        String agency = story.agency;
        String familyId = refer(story, agency);
        String caseUrl = caseworkUrl + "/api/v1/families/" + familyId + "/case";
        String caseworker = token("caseworker", null);
        awaitEligibleAndAttach(caseUrl, caseworker, story);
        for (Assessment assessment : story.assessments) {
            String readings = assessment.readings.entrySet().stream()
                    .map(reading -> "\"%s\": %d".formatted(reading.getKey(), reading.getValue()))
                    .collect(Collectors.joining(", "));
            post(
                    caseUrl + "/assessments",
                    caseworker,
                    "{\"date\": \"%s\", \"readings\": {%s}}".formatted(assessment.on, readings));
        }
        if (story.steppedUpOn != null) {
            post(caseUrl + "/step-up", caseworker, "{\"date\": \"%s\"}".formatted(story.steppedUpOn));
        }
        if (story.closedOn != null) {
            post(
                    caseUrl + "/closure",
                    caseworker,
                    "{\"reason\": \"%s\", \"date\": \"%s\"}".formatted(story.closureReason, story.closedOn));
        }
        if (story.referredAgain) {
            toReferAgain.add(story);
        }
    }

    /** Refers again, on the front door's date, the families whose story has them come back after closure. */
    public int referAgain() {
        List<Story> stories = List.copyOf(toReferAgain);
        toReferAgain.clear();
        for (Story story : stories) {
            refer(story, AGENCIES.get((AGENCIES.indexOf(story.agency) + 1) % AGENCIES.size()));
        }
        return stories.size();
    }

    /** Today on the front door's clock, which {@link LocalRunner#moveClock} may have moved. */
    private LocalDate frontDoorToday() {
        return today.plusDays(runner.settings()
                .clockOffsets()
                .getOrDefault(Service.REFERRAL, Duration.ZERO)
                .toDays());
    }

    private String refer(Story story, String agency) {
        String issues = story.problems.stream()
                .map(problem -> ("{\"problem\": \"%s\", \"indicator\": \"reported by the %s\", \"memberIndexes\": [1],"
                                + " \"evidence\": \"recorded\"}")
                        .formatted(problem, agency))
                .collect(Collectors.joining(", "));
        String body = """
                {
                  "agencyReference": "DEMO-%1$d",
                  "household": {
                    "address": {"line1": "%2$d Mill Lane", "town": "Wigston", "postcode": "LE18 2AB"},
                    "members": [
                      {"givenName": "Sam", "familyName": "%3$s", "dateOfBirth": "1988-03-14", "role": "PARENT"},
                      {"givenName": "Alex", "familyName": "%3$s", "dateOfBirth": "2014-06-21", "role": "CHILD"}
                    ]
                  },
                  "consent": {"given": true, "date": "%4$s", "recordedBy": "demo"},
                  "issues": [%5$s],
                  "safeguardingConcern": false,
                  "summary": "Synthetic demo family."
                }""".formatted(story.number, story.number + 1, story.familyName, frontDoorToday(), issues);
        String created = send("POST", referralUrl + "/api/v1/referrals", token("partner", agency), body, 2);
        Matcher id = FAMILY_ID.matcher(created);
        if (!id.find()) {
            throw new IllegalStateException("No familyId in the referral's answer: " + created);
        }
        return id.group(1);
    }

    /** Attachment needs casework to have heard the ELIGIBLE decision from Kafka; until then it answers 409. */
    private void awaitEligibleAndAttach(String caseUrl, String caseworker, Story story) {
        String attachment = "{\"attachedOn\": \"%s\", \"leadPractitioner\": \"%s\"}"
                .formatted(story.attachedOn, story.practitioner);
        Instant deadline = Instant.now().plus(ELIGIBILITY_TIMEOUT);
        while (true) {
            HttpResponse<String> answer = exchange("POST", caseUrl + "/attachment", caseworker, attachment);
            if (answer.statusCode() / 100 == 2) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(
                        "Family not attachable in time: " + answer.statusCode() + " " + answer.body());
            }
            pause();
        }
    }

    private void post(String url, String token, String body) {
        send("POST", url, token, body, 2);
    }

    /** {@code expected} is a status, or a single digit for any status of that class. */
    private String send(String method, String url, String token, String body, int expected) {
        HttpResponse<String> answer = exchange(method, url, token, body);
        boolean ok = expected < 10 ? answer.statusCode() / 100 == expected : answer.statusCode() == expected;
        if (!ok) {
            throw new IllegalStateException(
                    method + " " + url + " answered " + answer.statusCode() + ": " + answer.body() + "\nfor: " + body);
        }
        return answer.body();
    }

    private HttpResponse<String> exchange(String method, String url, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private String token(String role, String agency) {
        return DevToken.sign(keys, role, council, agency);
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private record Assessment(LocalDate on, Map<String, Integer> readings) {}

    /**
     * One family's two years, as the dashboard will see them: attached some time in the last two years, a
     * first Family Star a fortnight later around a starting level, later readings that mostly improve, then
     * (if that date has come) a closure, sometimes after a step-up to social care; some are referred again.
     */
    private record Story(
            int number,
            String familyName,
            String agency,
            List<String> problems,
            String practitioner,
            LocalDate attachedOn,
            List<Assessment> assessments,
            LocalDate steppedUpOn,
            LocalDate closedOn,
            String closureReason,
            boolean referredAgain) {

        static Story draw(Random random, LocalDate today, int historyDays, int number) {
            List<String> problems = new ArrayList<>(PROBLEMS);
            Collections.shuffle(problems, random);
            problems = List.copyOf(problems.subList(0, 2 + random.nextInt(3)));
            LocalDate attachedOn = today.minusDays(20 + random.nextInt(historyDays - 20));
            double level = 2.5 + random.nextDouble() * 5;
            // Most families improve (the evaluations report about seven in ten), some drift back.
            double drift = random.nextDouble() < 0.72 ? 0.8 + random.nextDouble() * 2.5 : -1.5 + random.nextDouble();
            List<Assessment> assessments = new ArrayList<>();
            LocalDate assessedOn = attachedOn.plusDays(14);
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count && !assessedOn.isAfter(today); i++) {
                Map<String, Integer> readings = new LinkedHashMap<>();
                for (String domain : DOMAINS) {
                    double reading = level + i * drift + random.nextGaussian() * 1.2;
                    readings.put(domain, (int) Math.max(1, Math.min(10, Math.round(reading))));
                }
                assessments.add(new Assessment(assessedOn, readings));
                assessedOn = assessedOn.plusDays(90 + random.nextInt(90));
            }
            LocalDate closedOn = attachedOn.plusDays(120 + random.nextInt(420));
            boolean closed = !closedOn.isAfter(today)
                    && !closedOn.isBefore(assessments.getLast().on());
            LocalDate steppedUpOn = null;
            String reason = "OUTCOMES_MET";
            double fate = random.nextDouble();
            if (closed && fate < 0.08) {
                steppedUpOn = closedOn.minusDays(random.nextInt(20));
                steppedUpOn = steppedUpOn.isBefore(attachedOn) ? attachedOn : steppedUpOn;
                reason = "STEP_UP";
            } else if (fate < 0.2) {
                reason = "DISENGAGED";
            }
            String name = "Demo" + letters(random, 8);
            return new Story(
                    number,
                    name,
                    AGENCIES.get(random.nextInt(AGENCIES.size())),
                    problems,
                    PRACTITIONERS.get(random.nextInt(PRACTITIONERS.size())),
                    attachedOn,
                    List.copyOf(assessments),
                    steppedUpOn,
                    closed ? closedOn : null,
                    reason,
                    closed && random.nextDouble() < 0.3);
        }

        private static String letters(Random random, int count) {
            StringBuilder letters = new StringBuilder();
            for (int i = 0; i < count; i++) {
                letters.append((char) ('a' + random.nextInt(26)));
            }
            return letters.toString();
        }
    }
}
