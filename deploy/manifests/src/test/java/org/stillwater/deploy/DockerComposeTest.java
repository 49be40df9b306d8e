package org.stillwater.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stillwater.contracts.Topics;
import org.stillwater.launcher.PlatformLayout;
import org.stillwater.launcher.service.ServiceName;

/**
 * docker-compose.yml cannot be run here (no Docker engine), so it is proven valid by Debian's docker-compose
 * (installed when missing), and the file as docker-compose resolves it is checked against the services.
 */
class DockerComposeTest {

    private static final Path ROOT = PlatformLayout.checkoutRoot();
    /** What an operator puts in .env beside docker-compose.yml: a made-up key, only for resolving the file here. */
    private static final Map<String, String> OPERATOR_ENVIRONMENT = Map.of(
            "STILLWATER_WEBHOOK_SECRET_ENCRYPTION_KEY", "dGhpcyBpcyBvbmx5IGZvciBjb21wb3NlIGNvbmZpZyEh");
    private static JsonNode compose;

    @BeforeAll
    static void resolveWithDockerCompose() throws Exception {
        String resolved = run(OPERATOR_ENVIRONMENT, dockerCompose(), "-f", ROOT.resolve("docker-compose.yml").toString(), "config");
        compose = new YAMLMapper().readTree(resolved);
    }

    @Test
    void dockerComposeAcceptsTheFile() throws Exception {
        run(OPERATOR_ENVIRONMENT, dockerCompose(), "-f", ROOT.resolve("docker-compose.yml").toString(), "config", "--quiet");
    }

    @Test
    void webhookServiceDoesNotStartWithoutTheOperatorsSecretEncryptionKey() throws Exception {
        Process process = new ProcessBuilder(dockerCompose(), "-f", ROOT.resolve("docker-compose.yml").toString(), "config", "--quiet")
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES));
        assertNotEquals(0, process.exitValue(), "docker-compose resolved the file without STILLWATER_WEBHOOK_SECRET_ENCRYPTION_KEY");
        assertTrue(output.contains("STILLWATER_WEBHOOK_SECRET_ENCRYPTION_KEY"), output);
    }

    @Test
    void noSecretEncryptionKeyIsCommittedInTheComposeFile() throws Exception {
        assertEquals("dGhpcyBpcyBvbmx5IGZvciBjb21wb3NlIGNvbmZpZyEh",
                service(ServiceName.WEBHOOK).get("environment").get("STILLWATER_WEBHOOK_SECRET_ENCRYPTION_KEY").asText(),
                "the key comes from the operator's environment");
    }

    @ParameterizedTest
    @EnumSource(ServiceName.class)
    void everyEnvironmentVariableOfAServiceIsAConfigurationKeyItReads(ServiceName service) {
        JsonNode environment = service(service).get("environment");
        Set<String> keys = ConfigurationKeys.asEnvironmentVariables(service);
        environment.fieldNames().forEachRemaining(variable ->
                assertTrue(keys.contains(variable), variable + " is set for " + service.id() + "-service but it reads no such key"));
        assertEquals("jdbc:postgresql://postgres:5432/" + service.id(), environment.get("QUARKUS_DATASOURCE_JDBC_URL").asText());
    }

    @ParameterizedTest
    @EnumSource(ServiceName.class)
    void eachServiceWaitsForItsInfrastructureAndReportsItsHealth(ServiceName service) {
        JsonNode definition = service(service);
        assertEquals(Set.of("postgres", "kafka-topics", "keycloak"), names(definition.get("depends_on")));
        assertTrue(definition.get("healthcheck").get("test").toString().contains("/q/health/ready"));
        assertTrue(definition.get("ports").get(0).asText().startsWith("127.0.0.1:" + service.defaultPort() + ":"),
                "published on the host's loopback only");
    }

    @Test
    void theTopicsCreatedAreTheTopicsOfTheContracts() {
        String command = compose.get("services").get("kafka-topics").get("command").toString();
        Set<String> created = new HashSet<>(Arrays.asList(command.replaceAll(".*for topic in ([^;]*);.*", "$1").trim().split("\\s+")));
        assertEquals(Set.copyOf(Topics.all()), created);
        assertTrue(command.contains("--partitions " + Topics.PARTITIONS));
    }

    @Test
    void keycloakImportsTheRealmOfTheRepository() {
        JsonNode keycloak = compose.get("services").get("keycloak");
        assertTrue(keycloak.get("volumes").toString().contains("deploy/keycloak/stillwater-realm.json"));
        assertTrue(keycloak.get("command").toString().contains("--import-realm"));
    }

    private static JsonNode service(ServiceName service) {
        return compose.get("services").get(service.id() + "-service");
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Debian's docker-compose (1.29), installed with apt-get when missing and possible. */
    private static String dockerCompose() throws Exception {
        if (onPath("docker-compose")) {
            return "docker-compose";
        }
        if (onPath("apt-get") && "0".equals(run("id", "-u").trim())) {
            run("apt-get", "install", "-y", "-q", "docker-compose");
        }
        if (!onPath("docker-compose")) {
            throw new AssertionError("docker-compose is needed to validate docker-compose.yml: apt-get install docker-compose");
        }
        return "docker-compose";
    }

    private static boolean onPath(String command) {
        return Arrays.stream(System.getenv("PATH").split(":")).anyMatch(dir -> Path.of(dir, command).toFile().canExecute());
    }

    private static String run(String... command) throws IOException, InterruptedException {
        return run(Map.of(), command);
    }

    private static String run(Map<String, String> environment, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }
}
