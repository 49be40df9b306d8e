package org.stillwater.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.Topics;
import org.stillwater.launcher.service.ServiceName;

/** The launcher's list of services: what ./stillwater up starts, on which ports, with which databases and topics. */
class ServicesTest {

    @Test
    void webhookServiceIsTheFifthServiceOnPort8085WithItsOwnPortVariable() {
        assertEquals(8085, ServiceName.WEBHOOK.defaultPort());
        assertEquals("webhook", ServiceName.WEBHOOK.id());
        assertEquals("STILLWATER_WEBHOOK_PORT", ServiceName.WEBHOOK.portVariable());
        assertEquals(5, ServiceName.values().length);
    }

    @Test
    void everyServiceHasADatabaseAndADeadLetterTopic() {
        assertEquals(Arrays.stream(ServiceName.values()).map(ServiceName::id).collect(Collectors.toSet()), Set.copyOf(Topics.SERVICES));
        assertTrue(Topics.all().contains("webhook.dlq"));
    }

    @Test
    void serviceDefaultPortsAreDistinct() {
        assertEquals(ServiceName.values().length, Arrays.stream(ServiceName.values()).map(ServiceName::defaultPort).distinct().count());
    }

    @Test
    void intakeGathersFhirRecordsFromTheClinicalServicesOnlyNotFromWebhookService() {
        Map<String, String> bases = Platform.fhirBases(Platform.defaultServicePorts());
        assertFalse(bases.containsKey("STILLWATER_FHIR_WEBHOOK_URL"));
        assertEquals(Set.of("STILLWATER_FHIR_INTAKE_URL", "STILLWATER_FHIR_PRESCRIPTION_URL", "STILLWATER_FHIR_SESSION_URL",
                "STILLWATER_FHIR_CHECKIN_URL"), bases.keySet());
    }
}
