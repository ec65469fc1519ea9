package uk.earlyhelp.deploy.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A single-node KRaft Apache Kafka broker, run as its own JVM process from the jars that Maven copied
 * into {@code deploy/kafka-broker/target/kafka-lib}. Used by the integration tests and the local runner,
 * so both talk to the same real broker rather than an in-memory stand-in.
 */
public final class KafkaBroker implements AutoCloseable {

    /** System property (or environment variable {@code EARLYHELP_KAFKA_LIB}) naming the broker's jar folder. */
    public static final String LIB_PROPERTY = "earlyhelp.kafka.lib";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final Path dataDir;
    private final int port;

    private KafkaBroker(Process process, Path dataDir, int port) {
        this.process = process;
        this.dataDir = dataDir;
        this.port = port;
    }

    /** Starts a broker on any free ports, with its data in a fresh folder under {@code workDir}. */
    public static KafkaBroker startOnFreePorts(Path workDir) {
        return start(workDir, freePort(), freePort());
    }

    /**
     * Starts a broker listening on {@code port} (clients) and {@code controllerPort} (KRaft controller),
     * formatting {@code workDir/data} on first use so a restart keeps its topics and offsets.
     */
    public static KafkaBroker start(Path workDir, int port, int controllerPort) {
        try {
            Files.createDirectories(workDir);
            Path dataDir = workDir.resolve("data");
            Path config = workDir.resolve("server.properties");
            Files.writeString(config, serverProperties(dataDir, port, controllerPort));
            Path log4j = workDir.resolve("log4j2.properties");
            Files.writeString(log4j, log4jProperties(workDir.resolve("broker.log")));
            if (!Files.exists(dataDir.resolve("meta.properties"))) {
                format(workDir, config, log4j);
            }
            Process process = new ProcessBuilder(javaCommand(log4j, "kafka.Kafka", config.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(workDir.resolve("broker.out").toFile())
                    .start();
            KafkaBroker broker = new KafkaBroker(process, dataDir, port);
            broker.awaitAcceptingConnections(workDir);
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the Kafka broker in " + workDir, e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the broker without a clean shutdown, as a crash would. */
    public void kill() {
        process.destroyForcibly();
        waitForExit(Duration.ofSeconds(30));
    }

    /** Stops the broker cleanly (SIGTERM), forcibly if it does not stop in time. */
    @Override
    public void close() {
        process.destroy();
        if (!waitForExit(Duration.ofSeconds(20))) {
            kill();
        }
    }

    private boolean waitForExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void awaitAcceptingConnections(Path workDir) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The Kafka broker exited with " + process.exitValue() + "; see "
                        + workDir.resolve("broker.out"));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                sleep(Duration.ofMillis(200));
            }
        }
        close();
        throw new IllegalStateException("The Kafka broker did not accept connections within " + START_TIMEOUT);
    }

    private static void format(Path workDir, Path config, Path log4j) throws IOException {
        List<String> command = javaCommand(
                log4j,
                "kafka.tools.StorageTool",
                "format",
                "-t",
                randomClusterId(),
                "-c",
                config.toString(),
                "--standalone");
        Process format = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("format.out").toFile())
                .start();
        try {
            if (!format.waitFor(2, TimeUnit.MINUTES) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new IllegalStateException(
                        "Formatting Kafka storage failed; see " + workDir.resolve("format.out"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while formatting Kafka storage", e);
        }
    }

    private static List<String> javaCommand(Path log4j, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        // A small heap and the serial collector: the broker shares two cores with four services in a run.
        command.addAll(List.of("-Xmx256m", "-XX:+UseSerialGC", "-Dlog4j2.configurationFile=" + log4j));
        command.addAll(List.of("-cp", libDir().toAbsolutePath() + "/*", mainClass));
        command.addAll(List.of(args));
        return command;
    }

    static Path libDir() {
        String configured = System.getProperty(LIB_PROPERTY, System.getenv("EARLYHELP_KAFKA_LIB"));
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException(
                    "Set -D" + LIB_PROPERTY + " (or EARLYHELP_KAFKA_LIB) to the broker's jar folder, "
                            + "deploy/kafka-broker/target/kafka-lib after './mvnw package'");
        }
        Path lib = Path.of(configured);
        if (!Files.isDirectory(lib)) {
            throw new IllegalStateException("No Kafka broker jars at " + lib + "; build deploy/kafka-broker first");
        }
        return lib;
    }

    private static String serverProperties(Path dataDir, int port, int controllerPort) {
        return String.join(
                "\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dataDir.toAbsolutePath(),
                "num.partitions=1",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                // Topics are created by the services from the contracts' topic list, never by a typo.
                "auto.create.topics.enable=false",
                "");
    }

    private static String log4jProperties(Path logFile) {
        return String.join(
                "\n",
                "rootLogger.level=WARN",
                "rootLogger.appenderRef.file.ref=file",
                "appender.file.type=File",
                "appender.file.name=file",
                "appender.file.fileName=" + logFile.toAbsolutePath(),
                "appender.file.layout.type=PatternLayout",
                "appender.file.layout.pattern=%d %p %c{1} %m%n",
                "");
    }

    /**
     * A KRaft cluster id: 16 random bytes in URL-safe base64. One in 64 of those starts with '-', which the
     * storage tool's argument parser takes for an option (and then fails the start), so those are drawn again.
     */
    private static String randomClusterId() {
        while (true) {
            UUID uuid = UUID.randomUUID();
            ByteBuffer bytes = ByteBuffer.allocate(16)
                    .putLong(uuid.getMostSignificantBits())
                    .putLong(uuid.getLeastSignificantBits());
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }

    /**
     * A port free now, below the kernel's range for outgoing connections (32768 and up on Linux), so that a client
     * connection made before the process that is to listen on it starts (a JDBC pool, a Kafka client) cannot
     * take it in between; the runner picks its ports well before it starts the last service.
     */
    public static int freePort() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = random.nextInt(20_000, 32_000);
            try (ServerSocket socket = new ServerSocket(port, 0, java.net.InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // Someone listens there already: try another.
            }
        }
        throw new IllegalStateException("No free port found between 20000 and 32000");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        }
    }
}
