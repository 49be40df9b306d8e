package org.stillwater.faults;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.ContractValidator;
import org.stillwater.contracts.ContractViolation;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.Topics;
import org.stillwater.contracts.ValidatedEvent;
import org.stillwater.firstmonth.Api;
import org.stillwater.firstmonth.Endpoints;
import org.stillwater.firstmonth.FirstMonth;
import org.stillwater.launcher.DemoAccounts;
import org.stillwater.launcher.Platform;
import org.stillwater.launcher.kafka.KafkaBroker;
import org.stillwater.launcher.process.Ports;
import org.stillwater.launcher.service.ServiceName;
import org.stillwater.launcher.service.ServiceProcess;
import org.stillwater.pharmacy.ReferencePharmacy;
import org.stillwater.testing.Eventually;
import org.stillwater.testing.SharedPlatform;

/**
 * Many patients through the month while services are killed with SIGKILL and restarted, the broker is stopped
 * and started, a second instance of a service shares the work and is killed, and poison is published on every
 * consumed topic. Then, through the services' own APIs and databases: nothing lost, nothing done twice, order
 * kept, poison dead-lettered with its reason, outboxes empty.
 */
class FaultSuiteTest {

    /** Which services consume each topic (their EventConsumers): where a poison message must be dead-lettered. */
    private static final Map<String, List<ServiceName>> CONSUMERS = Map.of(
            Topics.INTAKE_EVENTS, List.of(ServiceName.PRESCRIPTION, ServiceName.SESSION, ServiceName.CHECKIN),
            Topics.PRESCRIPTION_EVENTS, List.of(ServiceName.SESSION, ServiceName.CHECKIN),
            Topics.PHARMACY_SHIPMENTS, List.of(ServiceName.SESSION, ServiceName.CHECKIN),
            Topics.SESSION_EVENTS, List.of(ServiceName.PRESCRIPTION, ServiceName.CHECKIN),
            Topics.CHECKIN_EVENTS, List.of(ServiceName.PRESCRIPTION, ServiceName.SESSION));

    /** What one patient's journey publishes, distinct events per type: more is a duplicate, fewer a loss. */
    private static final Map<EventType, Integer> EXPECTED_EVENTS = expectedEvents();

    private final FaultPlan plan = FaultPlan.fromSystemProperty();
    /** Which service dies when, within its stretch of the load; printed so that a failing run can be replayed. */
    private final long seed = Long.getLong("stillwater.faults.seed", System.nanoTime());
    private final Random random = new Random(seed);
    private final List<String> findings = new ArrayList<>();
    private int lost;
    private int duplicated;
    private int kills;
    private boolean writesAcceptedWhileBrokerDown;
    private boolean readyWhileBrokerDown;

    @Test
    void nothingIsLostAndNothingIsDoneTwiceWhenServicesAndTheBrokerFail() throws Exception {
        Platform platform = SharedPlatform.get();
        Endpoints endpoints = Endpoints.of(platform);
        Databases databases = new Databases(platform.infrastructure());
        String bootstrap = platform.infrastructure().bootstrapServers();
        Map<String, String> poison = publishPoison(bootstrap);

        Instant started = Instant.now();
        try (BacklogWatch backlog = new BacklogWatch(databases);
             ReferencePharmacy pharmacy = new ReferencePharmacy(new ReferencePharmacy.Settings("sunrise", bootstrap,
                     endpoints.prescription(), endpoints.realm(), DemoAccounts.PHARM_SUNRISE, DemoAccounts.PASSWORD, "UPS"), line -> { })) {
            pharmacy.start();
            Journeys journeys = new Journeys(endpoints, SharedPlatform.tokens(), plan.journeys(), plan.concurrency());
            ServiceProcess secondSession = plan.secondInstance() ? startSecondInstance(platform, ServiceName.SESSION) : null;
            try {
                CompletableFuture<Void> faults = CompletableFuture.runAsync(() -> injectFaults(platform, endpoints, backlog,
                        secondSession, journeys::finishedInPhase));
                journeys.weekOne();
                faults.join();
            } finally {
                // normally already killed by the fault plan; a failed week one must not leave it running after the suite
                if (secondSession != null) {
                    secondSession.stop();
                }
            }
            journeys.months().get(0).time().advance(Duration.ofHours(73));
            journeys.weekTwo();
            journeys.close();

            Eventually.until("every outbox drained", () -> databases.outboxBacklog() == 0);
            settle(endpoints, journeys.months());
            checkRestWrites(endpoints, journeys.months());
            checkEffectsCountedOnce(endpoints, databases, journeys.months());
            checkEvents(bootstrap, journeys.months());
            checkPoisonDeadLettered(bootstrap, poison);
            assertEquals(0, databases.outboxBacklog(), "all outboxes are empty");

            System.out.printf("%n[fault suite, %s form, seed %d] journeys %d, kills %d, broker outage %d s, lost = %d, duplicated = %d, "
                            + "largest outbox backlog %d, drained in %s, took %d s%n", plan.name(), seed, plan.journeys(), kills,
                    plan.brokerOutage().toSeconds(), lost, duplicated, backlog.largestBacklog(),
                    backlog.drainTime() == null ? "n/a" : backlog.drainTime().toMillis() + " ms",
                    Duration.between(started, Instant.now()).toSeconds());
        }
        assertTrue(writesAcceptedWhileBrokerDown, "REST writes are accepted while Kafka is down (the outbox absorbs them)");
        assertTrue(readyWhileBrokerDown, "readiness follows the database, not the broker");
        assertEquals(plan.kills().size() + (plan.secondInstance() ? 1 : 0), kills);
        assertTrue(findings.isEmpty(), "seed " + seed + ", lost = " + lost + ", duplicated = " + duplicated + ":\n  " + String.join("\n  ", findings));
    }

    /**
     * Faults spread over week one, each at a random moment of its own stretch of the load, the services killed in a
     * random order; the broker outage in the middle, the second instance killed last.
     */
    private void injectFaults(Platform platform, Endpoints endpoints, BacklogWatch backlog, ServiceProcess secondInstance, IntSupplier progress) {
        List<ServiceName> toKill = new ArrayList<>(plan.kills());
        Collections.shuffle(toKill, random);
        int steps = toKill.size() + 2;
        int stretch = Math.max(1, plan.journeys() / (steps + 1));
        for (int step = 1; step <= steps; step++) {
            awaitProgress(progress, stretch * (step - 1) + 1 + random.nextInt(stretch));
            if (step == steps / 2 + 1) {
                brokerOutage(platform.infrastructure().kafka(), endpoints, backlog);
            } else if (step == steps && secondInstance != null) {
                secondInstance.kill();
                kills++;
            } else if (!toKill.isEmpty()) {
                ServiceProcess victim = platform.service(toKill.remove(0));
                victim.kill();
                kills++;
                victim.start();
            }
        }
    }

    private void brokerOutage(KafkaBroker broker, Endpoints endpoints, BacklogWatch backlog) {
        broker.stop();
        Instant until = Instant.now().plus(plan.brokerOutage());
        try {
            String acme = SharedPlatform.tokens().acme();
            writesAcceptedWhileBrokerDown = new Api().post(endpoints.intake() + "/api/v1/patients", acme, Map.of(
                    "givenName", "Outage", "familyName", "Writer", "dateOfBirth", "1980-01-01", "stateOfResidence", "CA",
                    "shippingAddress", Map.of("line1", "1 Main St", "city", "Sacramento", "state", "CA", "postalCode", "95814"),
                    "emergencyContact", Map.of("name", "Kin", "phone", "+1 555 0100", "relationship", "sibling"))).status() == 201;
            readyWhileBrokerDown = endpoints.services().stream()
                    .allMatch(service -> given().baseUri(service).get("/q/health/ready").statusCode() == 200);
            long remaining = Duration.between(Instant.now(), until).toMillis();
            if (remaining > 0) {
                // the outage itself: the broker stays down this long whatever else happens
                TimeUnit.MILLISECONDS.sleep(remaining);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            broker.start();
            backlog.brokerRestarted();
        }
    }

    private static ServiceProcess startSecondInstance(Platform platform, ServiceName service) {
        ServiceProcess second = new ServiceProcess(service, service.id() + "-service-2", Ports.free(), SharedPlatform.layout(),
                platform.infrastructure(), Map.of());
        second.start();
        return second;
    }

    private static void awaitProgress(IntSupplier progress, int finished) {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (progress.getAsInt() < finished && System.nanoTime() < deadline) {
            try {
                TimeUnit.MILLISECONDS.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Waits until every consumer has caught up with what the journeys did. */
    private void settle(Endpoints endpoints, List<FirstMonth> months) {
        String acme = SharedPlatform.tokens().acme();
        String clinician = SharedPlatform.tokens().user(DemoAccounts.DR_CALIFORNIA);
        Api api = new Api();
        for (FirstMonth month : months) {
            Eventually.until("the second session counted in prescription-service for " + month.patientId(), () ->
                    api.get(endpoints.prescription() + "/api/v1/prescriptions/" + latestPrescription(api, endpoints, month, clinician), clinician)
                            .body().path("supply").path("sessionsLogged").asInt() >= 2);
            Eventually.until("the second integration check-in scheduled for " + month.patientId(), () ->
                    countCheckIns(api, endpoints, month, clinician, "INTEGRATION") >= 2);
            Eventually.until("the sessions counted in session-service for " + month.patientId(), () ->
                    api.get(endpoints.session() + "/api/v1/patients/" + month.patientId() + "/dosing-status", acme)
                            .body().path("unitsOnHand").asInt() <= 5);
        }
    }

    private void checkRestWrites(Endpoints endpoints, List<FirstMonth> months) {
        Api api = new Api();
        String acme = SharedPlatform.tokens().acme();
        String clinician = SharedPlatform.tokens().user(DemoAccounts.DR_CALIFORNIA);
        for (FirstMonth month : months) {
            expectPresent("patient " + month.patientId(), api.get(endpoints.intake() + "/api/v1/patients/" + month.patientId(), acme).status());
            expectPresent("intake " + month.intakeId(), api.get(endpoints.intake() + "/api/v1/intakes/" + month.intakeId(), acme).status());
            expectPresent("prescription " + month.prescriptionId(),
                    api.get(endpoints.prescription() + "/api/v1/prescriptions/" + month.prescriptionId(), clinician).status());
            for (UUID session : month.sessions()) {
                JsonNode answer = api.get(endpoints.session() + "/api/v1/sessions/" + session, acme).body();
                if (!"COMPLETED".equals(answer.path("status").asText())) {
                    lost++;
                    findings.add("session " + session + " answered 2xx but is " + answer.path("status").asText());
                }
            }
        }
    }

    private void checkEffectsCountedOnce(Endpoints endpoints, Databases databases, List<FirstMonth> months) {
        Api api = new Api();
        String acme = SharedPlatform.tokens().acme();
        String clinician = SharedPlatform.tokens().user(DemoAccounts.DR_CALIFORNIA);
        for (FirstMonth month : months) {
            UUID patient = month.patientId();
            JsonNode dosing = api.get(endpoints.session() + "/api/v1/patients/" + patient + "/dosing-status", acme).body();
            expectCount("units delivered counted by session-service", patient, 8, dosing.path("unitsDelivered").asInt());
            expectCount("units on hand in session-service", patient, 5, dosing.path("unitsOnHand").asInt());
            JsonNode supply = api.get(endpoints.prescription() + "/api/v1/prescriptions/" + latestPrescription(api, endpoints, month, clinician),
                    clinician).body().path("supply");
            expectCount("units used in prescription-service's reconciliation", patient, 3, supply.path("unitsUsed").asInt());
            expectCount("units delivered in prescription-service", patient, 8, supply.path("unitsDelivered").asInt());
            expectCount("prescriptions (the original and the adjusted one)", patient, 2,
                    databases.count(ServiceName.PRESCRIPTION, "select count(*) from prescription where patient_id = ?", patient));
            expectCount("shipments", patient, 1,
                    databases.count(ServiceName.PRESCRIPTION, "select count(*) from shipment where patient_id = ?", patient));
            expectCount("completed sessions", patient, 2, databases.count(ServiceName.SESSION,
                    "select count(*) from home_session where patient_id = ? and status = 'COMPLETED'", patient));
            for (Map.Entry<String, Integer> kind : Map.of("ONBOARDING", 1, "FOLLOW_UP", 1, "INTEGRATION", 2).entrySet()) {
                expectCount(kind.getKey() + " check-ins", patient, kind.getValue(), databases.count(ServiceName.CHECKIN,
                        "select count(*) from check_in where patient_id = ? and kind = ?", patient, kind.getKey()));
            }
        }
    }

    /** Each patient's events: the expected number of each (distinct ids), and in order within the patient's partition. */
    private void checkEvents(String bootstrap, List<FirstMonth> months) {
        Set<String> patients = new LinkedHashSet<>();
        months.forEach(month -> patients.add(month.patientId().toString()));
        Map<String, Map<EventType, Set<UUID>>> seen = new HashMap<>();
        for (String topic : Topics.eventTopics()) {
            Map<String, List<ValidatedEvent>> byPatient = new HashMap<>();
            for (ConsumerRecord<String, String> record : TopicDump.read(bootstrap, topic)) {
                if (!patients.contains(record.key())) {
                    continue;
                }
                ValidatedEvent event = ContractValidator.instance().parse(record.value());
                byPatient.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(event);
                seen.computeIfAbsent(record.key(), key -> new EnumMap<>(EventType.class))
                        .computeIfAbsent(event.type(), type -> new LinkedHashSet<>()).add(event.id());
            }
            byPatient.forEach((patient, events) -> checkOrder(topic, patient, events));
        }
        for (String patient : patients) {
            Map<EventType, Set<UUID>> events = seen.getOrDefault(patient, Map.of());
            EXPECTED_EVENTS.forEach((type, expected) ->
                    expectCount(type.eventName() + " events", UUID.fromString(patient), expected, events.getOrDefault(type, Set.of()).size()));
        }
    }

    /** First appearances of a patient's events follow their time (a redelivered copy may come later; it counts once). */
    private void checkOrder(String topic, String patient, List<ValidatedEvent> events) {
        Map<UUID, ValidatedEvent> firsts = new LinkedHashMap<>();
        events.forEach(event -> firsts.putIfAbsent(event.id(), event));
        Instant previous = Instant.MIN;
        for (ValidatedEvent event : firsts.values()) {
            if (event.time().isBefore(previous)) {
                findings.add(topic + ": patient " + patient + "'s " + event.type().eventName() + " at " + event.time()
                        + " came after an event of " + previous);
            }
            previous = event.time();
        }
    }

    private void checkPoisonDeadLettered(String bootstrap, Map<String, String> poison) {
        for (ServiceName service : List.of(ServiceName.PRESCRIPTION, ServiceName.SESSION, ServiceName.CHECKIN)) {
            Eventually.until("poison in " + Topics.deadLetterTopic(service.id()), () -> {
                List<ConsumerRecord<String, String>> deadLetters = TopicDump.read(bootstrap, Topics.deadLetterTopic(service.id()));
                return poison.entrySet().stream()
                        .filter(entry -> CONSUMERS.get(entry.getValue()).contains(service))
                        .allMatch(entry -> deadLetters.stream().anyMatch(record -> entry.getKey().equals(record.value())
                                && header(record, "dead-letter-reason") != null
                                && entry.getValue().equals(header(record, "dead-letter-topic"))));
            });
        }
    }

    /** A malformed record and a well-formed one of an unknown type on every consumed topic: value → topic. */
    private static Map<String, String> publishPoison(String bootstrap) throws Exception {
        Map<String, String> poison = new HashMap<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(), new StringSerializer())) {
            for (String topic : CONSUMERS.keySet()) {
                String key = UUID.randomUUID().toString();
                String malformed = "{\"fault-suite\": " + UUID.randomUUID();
                String unknownType = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"fault-suite\","
                        + "\"type\":\"stillwater.PatientTeleported.v1\",\"subject\":\"" + key + "\",\"time\":\"2026-11-26T10:00:00Z\","
                        + "\"datacontenttype\":\"application/json\",\"data\":{\"patientId\":\"" + key + "\"}}";
                assertUnreadable(malformed);
                assertUnreadable(unknownType);
                producer.send(new ProducerRecord<>(topic, key, malformed)).get(30, TimeUnit.SECONDS);
                producer.send(new ProducerRecord<>(topic, key, unknownType)).get(30, TimeUnit.SECONDS);
                poison.put(malformed, topic);
                poison.put(unknownType, topic);
            }
        }
        return poison;
    }

    private static void assertUnreadable(String value) {
        try {
            ContractValidator.instance().parse(value);
            throw new AssertionError("not poison: " + value);
        } catch (ContractViolation expected) {
            // what makes it poison
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String latestPrescription(Api api, Endpoints endpoints, FirstMonth month, String clinician) {
        JsonNode list = api.get(endpoints.prescription() + "/api/v1/patients/" + month.patientId() + "/prescriptions", clinician).body();
        JsonNode items = list.has("items") ? list.path("items") : list;
        for (JsonNode prescription : items) {
            if ("ACTIVE".equals(prescription.path("status").asText())) {
                return prescription.path("prescriptionId").asText();
            }
        }
        return month.prescriptionId().toString();
    }

    private static int countCheckIns(Api api, Endpoints endpoints, FirstMonth month, String clinician, String kind) {
        int count = 0;
        for (JsonNode checkIn : api.get(endpoints.checkin() + "/api/v1/patients/" + month.patientId() + "/checkins?size=100", clinician)
                .body().path("items")) {
            if (checkIn.path("kind").asText().equals(kind)) {
                count++;
            }
        }
        return count;
    }

    private void expectPresent(String what, int status) {
        if (status != 200) {
            lost++;
            findings.add(what + " answered 2xx when written but now answers " + status);
        }
    }

    private void expectCount(String what, UUID patient, long expected, long actual) {
        if (actual < expected) {
            lost += (int) (expected - actual);
            findings.add(what + " of patient " + patient + ": " + actual + ", expected " + expected);
        } else if (actual > expected) {
            duplicated += (int) (actual - expected);
            findings.add(what + " of patient " + patient + ": " + actual + ", expected " + expected);
        }
    }

    private static Map<EventType, Integer> expectedEvents() {
        Map<EventType, Integer> expected = new EnumMap<>(EventType.class);
        expected.put(EventType.INTAKE_SUBMITTED, 1);
        expected.put(EventType.EVALUATION_APPROVED, 1);
        expected.put(EventType.PRESCRIPTION_ISSUED, 2);
        expected.put(EventType.PRESCRIPTION_CANCELLED, 1);
        expected.put(EventType.SHIPMENT_REQUESTED, 1);
        expected.put(EventType.SHIPMENT_DISPATCHED, 1);
        expected.put(EventType.SHIPMENT_DELIVERED, 1);
        expected.put(EventType.SESSION_STARTED, 2);
        expected.put(EventType.SESSION_COMPLETED, 2);
        expected.put(EventType.DOSAGE_ADJUSTED, 1);
        return expected;
    }
}
