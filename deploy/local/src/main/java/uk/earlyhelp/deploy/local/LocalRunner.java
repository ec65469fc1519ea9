package uk.earlyhelp.deploy.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import uk.earlyhelp.deploy.kafka.KafkaBroker;

/**
 * Runs the whole system on one machine: PostgreSQL databases, a Kafka broker and every service as its own
 * process (the jars Quarkus packaged), each waited on until healthy. {@code deploy/run-local} starts it in the
 * foreground; Ctrl-C or SIGTERM stops everything. The end-to-end tests drive the very same code.
 */
public final class LocalRunner implements AutoCloseable {

    private static final Duration HEALTHY_TIMEOUT = Duration.ofMinutes(3);
    private static final int DEMO_FAMILIES = 300;
    private static final long DEMO_SEED = 2026;

    /**
     * What to run where.
     *
     * @param basePorts each service's port for instance 0; instance i listens on base + 100·i
     * @param databasePrefix prefixed to each service's database name (empty locally; unique per test run)
     * @param clockOffsets services whose clock is moved (EARLYHELP_CLOCK_OFFSET), to make history: see
     *     {@link #withClockOffset}
     * @param keycloakPort where a Keycloak is started for the pages to sign in at (OpenID Connect); empty: no
     *     provider, the pages ask for a token from deploy/dev-token. See {@link #withSignIn}
     */
    public record Settings(
            Path projectDir,
            Path workDir,
            Postgres postgres,
            int kafkaPort,
            int kafkaControllerPort,
            Map<Service, Integer> basePorts,
            int instances,
            String databasePrefix,
            Path devKeysDir,
            Map<Service, Duration> clockOffsets,
            OptionalInt keycloakPort) {

        public Settings {
            clockOffsets = Map.copyOf(clockOffsets);
        }

        /** The fixed ports, the plain database names, data under {@code .local-run} (docs/operations.md, "Running locally"). */
        public static Settings standard(Path projectDir, int instances) {
            Map<Service, Integer> ports = new LinkedHashMap<>();
            for (Service service : Service.values()) {
                ports.put(service, service.port(0));
            }
            return new Settings(
                    projectDir,
                    projectDir.resolve(".local-run"),
                    Postgres.fromEnvironment(),
                    9092,
                    9093,
                    ports,
                    instances,
                    "",
                    projectDir.resolve("deploy/.dev-keys"),
                    Map.of(),
                    OptionalInt.empty());
        }

        /**
         * For a test: free ports (instance i of a service on its free port + 100·i), databases with a
         * fresh prefix (dropped by {@link LocalRunner#closeAndDropDatabases()}), data under {@code workDir}.
         */
        public static Settings forTest(Path projectDir, Path workDir, int instances) {
            Map<Service, Integer> ports = new LinkedHashMap<>();
            for (Service service : Service.values()) {
                ports.put(service, KafkaBroker.freePort());
            }
            String prefix = "e2e_" + UUID.randomUUID().toString().substring(0, 8) + "_";
            return new Settings(
                    projectDir,
                    workDir,
                    Postgres.fromEnvironment(),
                    KafkaBroker.freePort(),
                    KafkaBroker.freePort(),
                    ports,
                    instances,
                    prefix,
                    workDir.resolve("dev-keys"),
                    Map.of(),
                    OptionalInt.empty());
        }

        /**
         * These settings with {@code services}' clocks moved by {@code offset}. Casework refuses an attachment before
         * the family's first referral or in the future (docs/domain.md, "Dates"), so a family whose outcomes have been
         * sustained for a year can only be made by referring it a year ago: the front door (referral and
         * eligibility) runs that far behind while the history is made.
         */
        public Settings withClockOffset(Duration offset, Service... services) {
            Map<Service, Duration> offsets = new LinkedHashMap<>(clockOffsets);
            for (Service service : services) {
                if (offset.isZero()) {
                    offsets.remove(service);
                } else {
                    offsets.put(service, offset);
                }
            }
            return new Settings(
                    projectDir,
                    workDir,
                    postgres,
                    kafkaPort,
                    kafkaControllerPort,
                    basePorts,
                    instances,
                    databasePrefix,
                    devKeysDir,
                    offsets,
                    keycloakPort);
        }

        /**
         * These settings with a Keycloak (its realm in {@link LocalKeycloak}) that the pages sign in at, on {@code port}
         * (8180 for deploy/run-local --sign-in; a free one in tests).
         */
        public Settings withSignIn(int port) {
            return new Settings(
                    projectDir,
                    workDir,
                    postgres,
                    kafkaPort,
                    kafkaControllerPort,
                    basePorts,
                    instances,
                    databasePrefix,
                    devKeysDir,
                    clockOffsets,
                    OptionalInt.of(port));
        }

        public int port(Service service, int instance) {
            return basePorts.get(service) + 100 * instance;
        }

        public String database(Service service) {
            return databasePrefix + service.database();
        }
    }

    private volatile Settings settings;
    private final Optional<EmbeddedPostgres> embeddedPostgres;
    private final DevKeys keys;
    private volatile KafkaBroker broker;
    private final Optional<LocalKeycloak> keycloak;
    private final List<RunningService> services = new CopyOnWriteArrayList<>();

    private record RunningService(Service service, int instance, int port, Process process, Path log) {
        String name() {
            return service.module() + " #" + instance;
        }
    }

    private LocalRunner(
            Settings settings,
            Optional<EmbeddedPostgres> embeddedPostgres,
            DevKeys keys,
            KafkaBroker broker,
            Optional<LocalKeycloak> keycloak) {
        this.settings = settings;
        this.embeddedPostgres = embeddedPostgres;
        this.keys = keys;
        this.broker = broker;
        this.keycloak = keycloak;
    }

    public static LocalRunner start(Settings settings) {
        for (Service service : Service.values()) {
            if (!Files.exists(service.jar(settings.projectDir()))) {
                throw new IllegalStateException(
                        "No " + service.jar(settings.projectDir()) + ": build first (./mvnw package)");
            }
        }
        Optional<EmbeddedPostgres> embedded =
                settings.postgres().startEmbeddedIfAbsent(settings.workDir().resolve("postgres"));
        embedded.ifPresent(pg -> System.out.println("No PostgreSQL answered at "
                + settings.postgres().describe() + ": started an embedded PostgreSQL there for this run (data in "
                + settings.workDir().resolve("postgres") + ")"));
        for (Service service : Service.values()) {
            settings.postgres().createDatabaseIfMissing(settings.database(service));
        }
        DevKeys keys = DevKeys.in(settings.devKeysDir());
        // Keycloak takes longest to start: it starts first and is waited for last, before the services that need it.
        Optional<CompletableFuture<LocalKeycloak>> startingKeycloak = settings.keycloakPort().stream()
                .mapToObj(port -> CompletableFuture.supplyAsync(
                        () -> LocalKeycloak.start(settings.projectDir(), settings.workDir(), port)))
                .findFirst();
        KafkaBroker broker;
        try {
            broker = KafkaBroker.start(
                    settings.workDir().resolve("kafka"), settings.kafkaPort(), settings.kafkaControllerPort());
        } catch (RuntimeException e) {
            startingKeycloak.ifPresent(starting -> starting.thenAccept(LocalKeycloak::close));
            throw e;
        }
        Optional<LocalKeycloak> keycloak;
        try {
            keycloak = startingKeycloak.map(CompletableFuture::join);
        } catch (CompletionException e) {
            broker.close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        LocalRunner runner = new LocalRunner(settings, embedded, keys, broker, keycloak);
        try {
            for (int instance = 0; instance < settings.instances(); instance++) {
                for (Service service : Service.values()) {
                    runner.services.add(launch(settings, keys, broker, keycloak, service, instance));
                }
            }
            awaitHealthy(runner.services);
            return runner;
        } catch (RuntimeException e) {
            runner.close();
            throw e;
        }
    }

    /**
     * The service's class-sharing archive, deleted first if its jar has been rebuilt since it was written: the JVM
     * refuses such an archive ("shared class paths mismatch") and, on this JDK, then does not write a new one at exit
     * either, so every later start would go without (bench/RESULTS.md).
     */
    private static Path classArchive(Path jar, Service service, int instance) {
        Path archive = jar.getParent().resolveSibling(service.module() + "-" + instance + ".jsa");
        try {
            if (Files.isRegularFile(archive)
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) < 0) {
                Files.delete(archive);
            }
        } catch (IOException e) {
            // Left as it is: at worst this start goes without the archive.
        }
        return archive;
    }

    private static RunningService launch(
            Settings settings,
            DevKeys keys,
            KafkaBroker broker,
            Optional<LocalKeycloak> keycloak,
            Service service,
            int instance) {
        int port = settings.port(service, instance);
        Path log = settings.workDir().resolve("logs").resolve(service.module() + "-" + instance + ".log");
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                // Small heaps and the serial collector: four services and a broker share two cores here. Under
                // load the serial collector grows the heap to its cap, which is most of a service's memory: 160 MB
                // keeps a service near 250 MB resident (bench/RESULTS.md); the front door fits too, because it
                // refuses requests beyond its limit instead of queueing them (InFlightLimit). A service's heap can be
                // set for its next (re)start, e.g. -Dearlyhelp.heap.pbr=1536m for a claim batch of 400,000 families.
                "-Xmx" + System.getProperty("earlyhelp.heap." + service.database(), "160m"),
                "-XX:+UseSerialGC",
                // As the containers' entrypoint does: past an OutOfMemoryError a service is in no state to trust (a
                // thread that died with it, such as the event store's reader, leaves every processor waiting while
                // health still answers); stopped, it is seen at once (and Kubernetes starts it again).
                "-XX:+ExitOnOutOfMemoryError",
                // The client compiler only: here C2's compilations took a quarter of a service's CPU through a
                // benchmark's minutes and never paid it back while five JVMs and PostgreSQL shared two cores; less
                // code cache too (bench/RESULTS.md, "the client compiler only").
                "-XX:TieredStopAtLevel=1",
                // Class data sharing for a faster start: the JVM writes the classes this service loaded into an
                // archive when it exits, and maps that archive at its next start. Kept beside the build, one per
                // instance.
                "-XX:+AutoCreateSharedArchive",
                "-XX:SharedArchiveFile=" + classArchive(service.jar(settings.projectDir()), service, instance),
                "-Ddisable-axoniq-console-message=true",
                // The dev keys and the clock offset are accepted only in the local profile; a service started
                // without it (prod) refuses to start with them.
                "-Dquarkus.profile=local"));
        Optional.ofNullable(settings.clockOffsets().get(service))
                .ifPresent(offset -> command.add("-Dearlyhelp.clock.offset=" + offset));
        // Extra JVM options for one service's next (re)start, e.g. a flight recording while a benchmark runs:
        // -Dearlyhelp.jvm-options.eligibility="-XX:StartFlightRecording=filename=e.jfr,settings=profile,dumponexit=true"
        Optional.ofNullable(System.getProperty("earlyhelp.jvm-options." + service.database()))
                .ifPresent(options -> command.addAll(List.of(options.trim().split("\\s+"))));
        command.addAll(List.of("-jar", service.jar(settings.projectDir()).toString()));
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
            env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
            env.put("QUARKUS_DATASOURCE_JDBC_URL", settings.postgres().jdbcUrl(settings.database(service)));
            env.put("QUARKUS_DATASOURCE_USERNAME", settings.postgres().user());
            env.put("QUARKUS_DATASOURCE_PASSWORD", settings.postgres().password());
            // Instances that start together on a loaded machine wait longer than the default 5 s for their
            // first connection (Flyway's, while another instance holds the migration lock), rather than exit.
            env.put("QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "30S");
            // API clients (curl, the tests, the benchmark) keep using dev tokens with --sign-in too.
            env.put("QUARKUS_OIDC_PUBLIC_KEY", keys.publicKeyBase64());
            keycloak.ifPresent(provider -> {
                env.put("EARLYHELP_PAGES_SIGN_IN", "oidc");
                env.put("QUARKUS_OIDC_PAGES_AUTH_SERVER_URL", provider.issuer());
                env.put("QUARKUS_OIDC_PAGES_CLIENT_ID", provider.clientId());
                env.put("QUARKUS_OIDC_PAGES_CREDENTIALS_SECRET", provider.clientSecret());
            });
            return new RunningService(service, instance, port, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + service.module(), e);
        }
    }

    /** Waits for each service's readiness, saying when each is ready; a service that fails shows its log's tail. */
    private static void awaitHealthy(List<RunningService> starting) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant started = Instant.now();
        Instant deadline = started.plus(HEALTHY_TIMEOUT);
        for (RunningService running : starting) {
            URI health = URI.create("http://127.0.0.1:" + running.port() + "/q/health/ready");
            while (!answersOk(http, health)) {
                if (!running.process().isAlive()) {
                    throw new IllegalStateException(running.name() + " exited while starting" + tailOf(running.log()));
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(
                            running.name() + " was not ready within " + HEALTHY_TIMEOUT + tailOf(running.log()));
                }
                sleep(Duration.ofMillis(250));
            }
            System.out.printf(
                    "  %-30s ready after %.1f s%n",
                    running.name(), Duration.between(started, Instant.now()).toMillis() / 1000.0);
        }
    }

    /** The last lines of a process's log, for the message of a start that failed. */
    static String tailOf(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return "; the end of its log (" + log + "):\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "; its log " + log + " cannot be read: " + e.getMessage();
        }
    }

    /** Whether {@code uri} answers 200 now: how the runner waits for a service's health and for Keycloak's realm. */
    static boolean answersOk(HttpClient http, URI uri) {
        try {
            return http.send(
                                    HttpRequest.newBuilder(uri)
                                            .timeout(Duration.ofSeconds(2))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + uri, e);
        }
    }

    public String baseUrl(Service service) {
        return baseUrl(service, 0);
    }

    public String baseUrl(Service service, int instance) {
        return "http://127.0.0.1:" + settings.port(service, instance);
    }

    /** Kills one instance of a service without warning (SIGKILL), as a crash would. */
    public void kill(Service service, int instance) {
        RunningService running = running(service, instance);
        running.process().destroyForcibly();
        waitFor(running.process(), Duration.ofSeconds(30));
    }

    /** Starts a killed (or running) instance again, on the same port and database, and waits until it is healthy. */
    public void restart(Service service, int instance) {
        RunningService old = running(service, instance);
        if (old.process().isAlive()) {
            kill(service, instance);
        }
        RunningService restarted = launch(settings, keys, broker, keycloak, service, instance);
        services.set(services.indexOf(old), restarted);
        awaitHealthy(List.of(restarted));
    }

    /**
     * Restarts every instance of {@code services} with their clocks moved by {@code offset} (zero: today again), as
     * {@link Settings#withClockOffset} explains.
     */
    public void moveClock(Duration offset, Service... services) {
        settings = settings.withClockOffset(offset, services);
        for (Service service : services) {
            for (int instance = 0; instance < settings.instances(); instance++) {
                Process process = running(service, instance).process();
                process.destroy();
                waitFor(process, Duration.ofSeconds(30));
                restart(service, instance);
            }
        }
    }

    /** Kills the broker without warning; {@link #restartBroker()} brings it back with its data. */
    public void killBroker() {
        broker.kill();
    }

    public void restartBroker() {
        broker = KafkaBroker.start(
                settings.workDir().resolve("kafka"), settings.kafkaPort(), settings.kafkaControllerPort());
    }

    private RunningService running(Service service, int instance) {
        return services.stream()
                .filter(running -> running.service() == service && running.instance() == instance)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No instance " + instance + " of " + service));
    }

    private static void waitFor(Process process, Duration timeout) {
        try {
            process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    public Settings settings() {
        return settings;
    }

    /** The issuer the pages sign in at, where the runner started a Keycloak ({@link Settings#withSignIn}). */
    public Optional<String> signInProvider() {
        return keycloak.map(LocalKeycloak::issuer);
    }

    public String kafkaBootstrapServers() {
        return broker.bootstrapServers();
    }

    /** Stops every service (SIGTERM, then SIGKILL if one lingers), then the broker and any embedded PostgreSQL. */
    @Override
    public void close() {
        stopServicesAndBroker();
        embeddedPostgres.ifPresent(LocalRunner::stop);
    }

    /** As {@link #close()}, dropping this run's databases first: the end-to-end tests make theirs per run. */
    public void closeAndDropDatabases() {
        stopServicesAndBroker();
        for (Service service : Service.values()) {
            settings.postgres().dropDatabase(settings.database(service));
        }
        embeddedPostgres.ifPresent(LocalRunner::stop);
    }

    private void stopServicesAndBroker() {
        services.forEach(running -> running.process().destroy());
        for (RunningService running : services) {
            try {
                if (!running.process().waitFor(20, TimeUnit.SECONDS)) {
                    running.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running.process().destroyForcibly();
            }
        }
        broker.close();
        keycloak.ifPresent(LocalKeycloak::close);
    }

    private static void stop(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
        }
    }

    private static final int TAIL_LINES = 40;
    /** Keycloak's own default port is 8080; 8180 stays clear of it and of the services' 8081-8084. */
    private static final int KEYCLOAK_PORT = 8180;

    public static void main(String[] args) throws InterruptedException {
        int instances = 1;
        boolean demo = false;
        boolean signIn = false;
        for (int i = 0; i < args.length; i++) {
            if ("--instances".equals(args[i]) && i + 1 < args.length) {
                instances = Integer.parseInt(args[++i]);
            } else if ("--demo".equals(args[i])) {
                demo = true;
            } else if ("--sign-in".equals(args[i])) {
                signIn = true;
            } else {
                System.err.println("usage: deploy/run-local [--no-build] [--instances N] [--demo] [--sign-in]");
                System.exit(2);
            }
        }
        Path projectDir = Path.of(Optional.ofNullable(System.getProperty("earlyhelp.project.dir"))
                        .orElse("."))
                .toAbsolutePath();
        Settings standard = Settings.standard(projectDir, instances);
        Settings settings = signIn ? standard.withSignIn(KEYCLOAK_PORT) : standard;
        System.out.println("Starting Kafka" + (signIn ? ", Keycloak (the pages sign in there)" : "") + " and "
                + instances + " instance(s) of each service; logs in "
                + settings.workDir().resolve("logs"));
        LocalRunner runner = LocalRunner.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            System.out.println("Stopping the services and the broker");
                            runner.close();
                            stopped.countDown();
                        },
                        "local-runner-stop"));
        System.out.println("Early Help is running (PostgreSQL "
                + settings.postgres().describe() + ", Kafka " + runner.kafkaBootstrapServers() + "):");
        for (RunningService running : runner.services) {
            System.out.printf(
                    "  %-30s http://127.0.0.1:%d  (API documents /q/swagger-ui, health /q/health)%n",
                    running.name(), running.port());
        }
        System.out.println(runner.keycloak
                .map(provider -> "Pages (they send you to Keycloak to sign in):")
                .orElse("Pages (sign in with a token from deploy/dev-token <role>; --sign-in for Keycloak):"));
        System.out.println("  duty screen (duty-officer)     " + runner.baseUrl(Service.REFERRAL) + "/duty");
        System.out.println("  outcomes dashboard (manager)   " + runner.baseUrl(Service.CASEWORK) + "/insights");
        System.out.println(
                "  claims (finance-officer)       " + runner.baseUrl(Service.PAYMENT_BY_RESULTS) + "/claims");
        runner.keycloak.ifPresent(provider -> System.out.print(provider.signInHelp()));
        if (demo) {
            loadDemoCouncil(runner);
        }
        System.out.println("A token for curl: deploy/dev-token partner --agency police. Ctrl-C stops everything.");
        stopped.await();
    }

    /**
     * The outcomes dashboard (docs/domain.md) has something to show on first start: the demo council, once. Its
     * families are referred two years ago (the front door restarted with its clock moved back, then again on today's
     * date) and worked with since.
     */
    private static void loadDemoCouncil(LocalRunner runner) {
        DemoCouncil demo = new DemoCouncil(runner, runner.keys, DevToken.DEFAULT_COUNCIL);
        if (demo.hasCases()) {
            System.out.println("Council " + DevToken.DEFAULT_COUNCIL + " already has cases: no demo data loaded");
            return;
        }
        System.out.println("Loading the demo council " + DevToken.DEFAULT_COUNCIL + " (" + DEMO_FAMILIES
                + " families over two years) through the REST APIs; the front door restarts "
                + DemoCouncil.HISTORY.toDays() + " days behind while they are referred...");
        runner.moveClock(DemoCouncil.HISTORY.negated(), Service.REFERRAL, Service.ELIGIBILITY);
        int loaded;
        try {
            loaded = demo.load(DEMO_FAMILIES, DEMO_SEED);
        } finally {
            runner.moveClock(Duration.ZERO, Service.REFERRAL, Service.ELIGIBILITY);
        }
        int referredAgain = demo.referAgain();
        System.out.println("Loaded " + loaded + " families (" + referredAgain + " referred again today). Outcomes"
                + " dashboard: " + runner.baseUrl(Service.CASEWORK) + "/insights (sign in with: deploy/dev-token"
                + " manager)");
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
