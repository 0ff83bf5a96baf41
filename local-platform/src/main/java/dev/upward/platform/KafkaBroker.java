package dev.upward.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker and controller, one node) run
 * as a separate JVM from the jars in the local Maven repository.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String READY_LINE = "Kafka Server started";

    private final int port;
    private final ManagedProcess process;

    private KafkaBroker(int port, ManagedProcess process) {
        this.port = port;
        this.process = process;
    }

    /** Starts a broker whose log directories live under {@code dir}; existing data is kept. */
    public static KafkaBroker start(Path dir, int port, int controllerPort, Path logFile) {
        long started = System.nanoTime();
        try {
            Files.createDirectories(dir);
            Path config = writeConfig(dir, port, controllerPort);
            Path log4j = writeLoggingConfig(dir);
            if (!Files.exists(dir.resolve("data/meta.properties"))) {
                format(config, log4j, logFile);
            }
            Files.deleteIfExists(logFile);
            List<String> command = java(log4j, "-Xms128m", "-Xmx512m");
            command.addAll(List.of("kafka.Kafka", config.toString()));
            ManagedProcess process = ManagedProcess.start("kafka", command, dir, Map.of(), logFile, "TERM");
            Waits.until("Kafka on port " + port, Duration.ofSeconds(90), process,
                    () -> Logs.contains(logFile, READY_LINE) && Waits.portOpen(port));
            Console.done("Kafka " + Artifacts.kafkaVersion() + " (KRaft) ready on 127.0.0.1:" + port, started);
            return new KafkaBroker(port, process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(30));
    }

    private static void format(Path config, Path log4j, Path logFile) {
        Console.step("formatting Kafka storage");
        List<String> command = java(log4j, "-Xmx256m");
        command.addAll(List.of("kafka.tools.StorageTool", "format", "-t", clusterId(), "-c", config.toString()));
        ManagedProcess format = ManagedProcess.start("kafka-storage-format", command, config.getParent(), Map.of(), logFile, "TERM");
        Waits.until("Kafka storage format", Duration.ofSeconds(60), null, () -> !format.isAlive());
        if (!Files.exists(config.getParent().resolve("data/meta.properties"))) {
            throw new PlatformException("formatting Kafka storage failed; see " + logFile + ":\n" + Logs.tail(logFile, 20));
        }
    }

    private static List<String> java(Path log4j, String... jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.add("-Dlog4j2.configurationFile=" + log4j);
        command.add("-cp");
        command.add(String.join(java.io.File.pathSeparator, Artifacts.kafkaClasspath()));
        return command;
    }

    private static Path writeConfig(Path dir, int port, int controllerPort) throws IOException {
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=10",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.retention.hours=168",
                "") ;
        Path file = dir.resolve("server.properties");
        Files.writeString(file, properties);
        return file;
    }

    private static Path writeLoggingConfig(Path dir) throws IOException {
        String config = String.join("\n",
                "status = warn",
                "appender.console.type = Console",
                "appender.console.name = STDOUT",
                "appender.console.layout.type = PatternLayout",
                "appender.console.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = info",
                "rootLogger.appenderRef.stdout.ref = STDOUT",
                "logger.kafka.name = kafka",
                "logger.kafka.level = warn",
                "logger.server.name = kafka.server.KafkaRaftServer",
                "logger.server.level = info",
                "logger.org.name = org.apache.kafka",
                "logger.org.level = warn",
                "");
        Path file = dir.resolve("log4j2.properties");
        Files.writeString(file, config);
        return file;
    }

    /** A KRaft cluster id: 16 random bytes, base64url without padding, not starting with '-'. */
    private static String clusterId() {
        SecureRandom random = new SecureRandom();
        byte[] bytes = new byte[16];
        String id;
        do {
            random.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-"));
        return id;
    }
}
