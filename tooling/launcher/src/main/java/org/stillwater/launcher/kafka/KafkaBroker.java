package org.stillwater.launcher.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.stillwater.contracts.Topics;
import org.stillwater.launcher.process.ChildProcess;
import org.stillwater.launcher.process.Ports;
import org.stillwater.launcher.process.Waiting;

/**
 * A real Kafka broker in KRaft mode (combined broker and controller, one node), run as a child process with
 * its own classpath from tooling/platform-binaries/target/kafka-libs. The topics of DESIGN §4 and the dead-letter
 * topics are created up front with {@link Topics#PARTITIONS} partitions each.
 */
public final class KafkaBroker implements AutoCloseable {

    private final Path dataDirectory;
    private final Path libs;
    private final Path logFile;
    private final Path runDirectory;
    private final int port;
    private final int controllerPort;
    private ChildProcess process;

    public KafkaBroker(Path libs, Path dataDirectory, Path logFile, Path runDirectory, int port, int controllerPort) {
        this.libs = libs;
        this.dataDirectory = dataDirectory;
        this.logFile = logFile;
        this.runDirectory = runDirectory;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public String bootstrapServers() {
        return Ports.LOOPBACK + ":" + port;
    }

    public int port() {
        return port;
    }

    /** Formats the storage on first use, starts the broker and waits until it takes connections. */
    public void start() {
        requireLibs();
        try {
            Files.createDirectories(dataDirectory);
            Files.createDirectories(logFile.getParent());
            Path config = writeConfiguration();
            Path logging = writeLoggingConfiguration();
            if (!Files.exists(dataDirectory.resolve("log").resolve("meta.properties"))) {
                format(config, logging);
            }
            process = ChildProcess.start("kafka", javaCommand(logging, "kafka.Kafka", config.toString()), Map.of(),
                    dataDirectory, logFile, runDirectory);
            Waiting.until("Kafka on port " + port, Duration.ofSeconds(60), process, () -> Ports.isListening(port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void createTopics(List<String> topics, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            List<NewTopic> wanted = topics.stream().map(topic -> new NewTopic(topic, partitions, (short) 1)).toList();
            admin.createTopics(wanted).values().forEach((topic, future) -> {
                try {
                    future.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("could not create topic " + topic, e.getCause());
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("could not create topic " + topic, e);
                }
            });
        }
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Stops the broker cleanly; its data stays, so a later {@link #start()} resumes where it left off. */
    public void stop() {
        if (process != null) {
            process.stop();
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void format(Path config, Path logging) throws IOException {
        String clusterId = org.apache.kafka.common.Uuid.randomUuid().toString();
        List<String> command = javaCommand(logging, "kafka.tools.StorageTool",
                "format", "--standalone", "-t", clusterId, "-c", config.toString());
        Process formatting = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        try {
            if (!formatting.waitFor(60, TimeUnit.SECONDS) || formatting.exitValue() != 0) {
                throw new IllegalStateException("formatting Kafka storage failed; see " + logFile);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while formatting Kafka storage", e);
        }
    }

    private List<String> javaCommand(Path logging, String mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                javaExecutable(), "-Xms128m", "-Xmx512m", "-XX:+UseG1GC",
                "-Dlog4j2.configurationFile=" + logging,
                "-Dstillwater.process=kafka",
                "-cp", libs.toAbsolutePath() + "/*", mainClass));
        command.addAll(List.of(arguments));
        return command;
    }

    private Path writeConfiguration() throws IOException {
        Properties properties = new Properties();
        properties.setProperty("process.roles", "broker,controller");
        properties.setProperty("node.id", "1");
        properties.setProperty("controller.quorum.bootstrap.servers", Ports.LOOPBACK + ":" + controllerPort);
        properties.setProperty("listeners", "PLAINTEXT://" + Ports.LOOPBACK + ":" + port + ",CONTROLLER://" + Ports.LOOPBACK + ":" + controllerPort);
        properties.setProperty("advertised.listeners", "PLAINTEXT://" + Ports.LOOPBACK + ":" + port + ",CONTROLLER://" + Ports.LOOPBACK + ":" + controllerPort);
        properties.setProperty("controller.listener.names", "CONTROLLER");
        properties.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        properties.setProperty("log.dirs", dataDirectory.resolve("log").toAbsolutePath().toString());
        properties.setProperty("num.partitions", Integer.toString(Topics.PARTITIONS));
        properties.setProperty("auto.create.topics.enable", "false");
        properties.setProperty("offsets.topic.replication.factor", "1");
        properties.setProperty("offsets.topic.num.partitions", "6");
        properties.setProperty("transaction.state.log.replication.factor", "1");
        properties.setProperty("transaction.state.log.min.isr", "1");
        properties.setProperty("share.coordinator.state.topic.replication.factor", "1");
        properties.setProperty("share.coordinator.state.topic.min.isr", "1");
        properties.setProperty("group.initial.rebalance.delay.ms", "0");
        // A relay killed in the middle of a batch leaves its transaction open until it times out (the relay's send
        // timeout, 10 s); read-committed consumers of its partitions wait until the broker aborts it, which it
        // checks for every 10 s by default: checked every second, the wait is at most about 11 s.
        properties.setProperty("transaction.abort.timed.out.transaction.cleanup.interval.ms", "1000");
        Path file = dataDirectory.resolve("server.properties");
        try (var out = Files.newBufferedWriter(file)) {
            properties.store(out, "written by the Stillwater launcher at every start");
        }
        return file;
    }

    private Path writeLoggingConfiguration() throws IOException {
        Path file = dataDirectory.resolve("log4j2.properties");
        Files.writeString(file, String.join("\n",
                "status = warn",
                "appender.console.type = Console",
                "appender.console.name = STDOUT",
                "appender.console.layout.type = PatternLayout",
                "appender.console.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = INFO",
                "rootLogger.appenderRef.stdout.ref = STDOUT",
                "logger.kafka.name = kafka",
                "logger.kafka.level = WARN",
                "logger.apache.name = org.apache.kafka",
                "logger.apache.level = WARN",
                ""));
        return file;
    }

    private void requireLibs() {
        if (!Files.isDirectory(libs)) {
            throw new IllegalStateException("The Kafka broker's jars are missing at " + libs
                    + ". Build them with: ./mvnw -pl tooling/platform-binaries package");
        }
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
