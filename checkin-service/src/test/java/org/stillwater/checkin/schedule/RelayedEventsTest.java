package org.stillwater.checkin.schedule;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.stillwater.checkin.Api;
import org.stillwater.checkin.Events;
import org.stillwater.contracts.CloudEvent;
import org.stillwater.contracts.EventJson;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.Topics;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.messaging.outbox.OutboxRelay;
import org.stillwater.testing.As;
import org.stillwater.testing.Eventually;
import org.stillwater.testing.SharedInfrastructure;

/** Events as another service's outbox relay sends them: structured CloudEvents marked with their content type. */
@QuarkusTest
class RelayedEventsTest {

    @Inject
    Clock clock;

    @Test
    void anEventMarkedAsAStructuredCloudEventIsHandledLikeAnyOther() throws Exception {
        UUID patient = UUID.randomUUID();
        EvaluationApproved approval = Events.approval(patient, "CA", clock.instant());
        String json = EventJson.write(CloudEvent.of(UUID.randomUUID(), "intake-service", EventType.EVALUATION_APPROVED,
                patient.toString(), clock.instant(), approval));
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.INTAKE_EVENTS, patient.toString(), json);
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        record.headers().add(OutboxRelay.PRODUCED_AT_HEADER, clock.instant().toString().getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        }

        Eventually.assertThat(() -> given().auth().oauth2(As.drCalifornia()).get("/api/v1/patients/{id}/checkins", patient)
                .then().statusCode(200).body("items.kind", hasItem("ONBOARDING")));
    }
}
