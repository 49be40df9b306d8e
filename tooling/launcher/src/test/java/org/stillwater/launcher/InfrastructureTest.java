package org.stillwater.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.Topics;
import org.stillwater.launcher.keycloak.Tokens;
import org.stillwater.launcher.postgres.PostgresServer;

/** The launcher's servers, started for real: what every other test and the run command stand on. */
class InfrastructureTest {

    private static Infrastructure infrastructure;
    private static Tokens tokens;

    @BeforeAll
    static void start() {
        Path work = Path.of("target", "infrastructure-test-" + UUID.randomUUID()).toAbsolutePath();
        PlatformLayout layout = new PlatformLayout(PlatformLayout.checkoutRoot(), work);
        infrastructure = Infrastructure.start(layout, InfrastructurePorts.free(), Progress.quiet());
        tokens = new Tokens(infrastructure.realmUrl());
    }

    @AfterAll
    static void stop() {
        if (infrastructure != null) {
            infrastructure.close();
        }
    }

    @Test
    void eachServiceHasItsOwnDatabaseOwnedByItsOwnRole() throws Exception {
        for (String service : Topics.SERVICES) {
            try (Connection connection = DriverManager.getConnection(infrastructure.jdbcUrl(service),
                    PostgresServer.username(service), PostgresServer.password(service))) {
                assertEquals(service, connection.getCatalog());
            }
        }
    }

    @Test
    void everyTopicExistsWithSixPartitions() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.bootstrapServers()))) {
            Map<String, TopicDescription> topics = admin.describeTopics(Topics.all()).allTopicNames().get();
            assertEquals(Set.copyOf(Topics.all()), topics.keySet());
            topics.values().forEach(topic -> assertEquals(Topics.PARTITIONS, topic.partitions().size(), topic.name()));
        }
    }

    @Test
    void aPartnerTokenCarriesItsPartnerIdAndThePartnerRole() throws Exception {
        JsonNode claims = claims(tokens.acme());
        assertEquals(DemoAccounts.ACME_PARTNER_ID, claims.get("partner_id").asText());
        assertTrue(roles(claims).contains("partner"));
    }

    @Test
    void aClinicianTokenCarriesLicensedStatesAsAListWithNpiAndDeaNumber() throws Exception {
        JsonNode claims = claims(tokens.user(DemoAccounts.DR_CALIFORNIA));
        assertEquals(List.of("CA", "NY"), StreamSupport.stream(claims.get("licensed_states").spliterator(), false).map(JsonNode::asText).sorted().toList());
        assertEquals("BR1234563", claims.get("dea_number").asText());
        assertEquals("1234567893", claims.get("npi").asText());
        assertTrue(roles(claims).contains("clinician"));
    }

    @Test
    void aClinicianTokenCarriesTheLastNameWhoseInitialTheDeaNumberHas() throws Exception {
        assertEquals("Rivera", claims(tokens.user(DemoAccounts.DR_CALIFORNIA)).get("family_name").asText());
        assertEquals("Morgan", claims(tokens.user(DemoAccounts.DR_TEXAS)).get("family_name").asText());
    }

    @Test
    void aSingleStateClinicianStillGetsLicensedStatesAsAList() throws Exception {
        JsonNode claims = claims(tokens.user(DemoAccounts.DR_TEXAS));
        assertTrue(claims.get("licensed_states").isArray());
        assertEquals("TX", claims.get("licensed_states").get(0).asText());
    }

    @Test
    void aPatientTokenCarriesTheSeededPatientId() throws Exception {
        assertEquals(DemoAccounts.ALEX_PATIENT_ID.toString(), claims(tokens.user(DemoAccounts.PATIENT_ALEX)).get("patient_id").asText());
        assertEquals(DemoAccounts.BLAIR_PATIENT_ID.toString(), claims(tokens.user(DemoAccounts.PATIENT_BLAIR)).get("patient_id").asText());
    }

    @Test
    void aPharmacistTokenCarriesItsPharmacyId() throws Exception {
        assertEquals("sunrise", claims(tokens.user(DemoAccounts.PHARM_SUNRISE)).get("pharmacy_id").asText());
        assertEquals("harbor", claims(tokens.user(DemoAccounts.PHARM_HARBOR)).get("pharmacy_id").asText());
    }

    @Test
    void theOpsUserHasTheOpsRole() throws Exception {
        assertTrue(roles(claims(tokens.user(DemoAccounts.OPS))).contains("ops"));
    }

    private static JsonNode claims(String token) throws Exception {
        String payload = token.split("\\.")[1];
        return new ObjectMapper().readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    private static Set<String> roles(JsonNode claims) {
        return Set.copyOf(StreamSupport.stream(claims.get("realm_access").get("roles").spliterator(), false).map(JsonNode::asText).toList());
    }
}
