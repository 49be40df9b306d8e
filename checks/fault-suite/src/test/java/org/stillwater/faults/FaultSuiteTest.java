package org.stillwater.faults;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.ContractValidator;
import org.stillwater.contracts.ContractViolation;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.Topics;
import org.stillwater.contracts.ValidatedEvent;
import org.stillwater.firstmonth.Answer;
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
 * Many patients through the month while services are killed with SIGKILL and restarted, stopped gracefully
 * (SIGTERM, as a rolling update does) while they have records in hand and restarted, the broker is stopped and
 * started, a second instance of a service shares the work and is killed, and poison is published on every consumed
 * topic. Then, through the services' own APIs and databases: nothing lost, nothing done twice, order kept, poison
 * dead-lettered with its reason and nothing else (a record that failed because its process was stopping is left
 * for the partition's next owner, never dead-lettered: issues 18 and 19), outboxes empty; and partner acme's webhooks,
 * webhook-service killed mid-load among the others (issue 16): every event of its patients received, a repeat only
 * with the same webhook-id and body, each topic's order kept.
 */
class FaultSuiteTest {

    /** Which services consume each topic (the channels they configure): where a poison message must be dead-lettered. */
    private static final Map<String, List<ServiceName>> CONSUMERS = Map.of(
            Topics.INTAKE_EVENTS, List.of(ServiceName.PRESCRIPTION, ServiceName.SESSION, ServiceName.CHECKIN),
            Topics.PRESCRIPTION_EVENTS, List.of(ServiceName.SESSION, ServiceName.CHECKIN),
            Topics.PHARMACY_SHIPMENTS, List.of(ServiceName.SESSION, ServiceName.CHECKIN),
            Topics.SESSION_EVENTS, List.of(ServiceName.PRESCRIPTION, ServiceName.CHECKIN),
            Topics.CHECKIN_EVENTS, List.of(ServiceName.PRESCRIPTION, ServiceName.SESSION));

    /** The reference pharmacy's consumer group: the shipment requests reach the pharmacy through it. */
    private static final String PHARMACY_GROUP = "pharmacy-sunrise";

    /** What one patient's journey publishes, distinct events per type: more is a duplicate, fewer a loss. */
    private static final Map<EventType, Integer> EXPECTED_EVENTS = expectedEvents();

    /** How long a graceful stop waits for its service to have records in hand. */
    private static final Duration MID_STREAM_WAIT = Duration.ofSeconds(30);

    /**
     * How long, after the journeys, webhook-service may take to deliver everything: a delivery claimed by a killed
     * instance is held for its lease (1 min, {@code stillwater.webhook.delivery.lease}) before the restarted one sends
     * it again, then the recovery bound.
     */
    private static final Duration WEBHOOK_DRAIN = Duration.ofMinutes(1).plus(FaultPlan.RECOVERY_BOUND);

    private final FaultPlan plan = FaultPlan.fromSystemProperty();
    /** Which service dies when, within its stretch of the load; printed first so that any run can be replayed. */
    private final long seed = Long.getLong("stillwater.faults.seed", System.nanoTime());
    private final Random random = new Random(seed);
    private final List<String> findings = new ArrayList<>();
    /** Patients a finding is about, with what was wrong: the diagnosis explains each. */
    private final Map<UUID, String> stuck = new LinkedHashMap<>();
    private final Recoveries recoveries = new Recoveries();
    private int lost;
    private int duplicated;
    /** Events partner acme received more than once, each copy with the same webhook-id and body: allowed, and counted. */
    private int webhookRedeliveries;
    private int webhookEventsReceived;
    /** Deliveries queued and not yet answered 2xx when webhook-service was killed: what the kill put at risk. */
    private long pendingWebhooksAtKill = -1;
    private int kills;
    /** For each graceful stop, how many records of the stopped service's topics were waiting for it at SIGTERM. */
    private final List<Long> pendingAtGracefulStops = new ArrayList<>();
    /** Each consumer group's partitions still behind, and each service's liveness when not UP, once the run has failed. */
    private String consumersAtTheEnd = "";
    private boolean writesAcceptedWhileBrokerDown;
    private boolean readyWhileBrokerDown;

    @Test
    void nothingIsLostAndNothingIsDoneTwiceWhenServicesAndTheBrokerFail() throws Exception {
        List<Fault> schedule = plan.schedule(random);
        System.out.println(plan.describe(seed, schedule));
        Platform platform = SharedPlatform.get();
        Endpoints endpoints = Endpoints.of(platform);
        Databases databases = new Databases(platform.infrastructure());
        String bootstrap = platform.infrastructure().bootstrapServers();
        Map<String, String> poison = publishPoison(bootstrap);

        Instant started = Instant.now();
        try (KafkaState kafka = new KafkaState(bootstrap);
             BacklogWatch backlog = new BacklogWatch(databases);
             TransactionWatch transactions = new TransactionWatch(kafka);
             ReferencePharmacy pharmacy = new ReferencePharmacy(new ReferencePharmacy.Settings("sunrise", bootstrap,
                     endpoints.prescription(), endpoints.realm(), DemoAccounts.PHARM_SUNRISE, DemoAccounts.PASSWORD, "UPS"),
                     logFile("reference-pharmacy.log"));
             WebhookWitness webhooks = new WebhookWitness(endpoints.webhook(), SharedPlatform.tokens()::acme, logFile("webhook-receiver.log"))) {
            pharmacy.start();
            Journeys journeys = new Journeys(endpoints, SharedPlatform.tokens(), plan.journeys(), plan.concurrency(),
                    recoveries.patience(plan.recoveryBound()));
            try {
                runJourneys(platform, endpoints, backlog, kafka, databases, schedule, journeys);
                Eventually.until("every outbox drained", () -> databases.outboxBacklog() == 0);
                settle(endpoints, journeys.months());
                checkRestWrites(endpoints, journeys.months());
                checkEffectsCountedOnce(endpoints, databases, journeys.months());
                checkEvents(bootstrap, journeys.months());
                checkWebhooks(bootstrap, journeys.months(), webhooks);
                checkPoisonDeadLettered(bootstrap, poison);
                assertEquals(0, databases.outboxBacklog(), "all outboxes are empty");
            } catch (AssertionError | RuntimeException failure) {
                findings.add(failure.getMessage());
            } finally {
                journeys.close();
            }
            // also when a journey failed: an event dead-lettered for a passing reason is the likeliest why
            checkNothingElseDeadLettered(bootstrap, poison);

            List<Recoveries.Recovery> measured = recoveries.measure(databases);
            printRecoveries(measured);
            System.out.printf("%n[fault suite, %s form, seed %d] journeys %d, kills %d, graceful stops %d (records pending at SIGTERM: %s), "
                            + "broker outage %d s, lost = %d, "
                            + "duplicated = %d, webhook events received %d (received again, same webhook-id and body: %d; "
                            + "deliveries pending when webhook-service was killed: %s), "
                            + "largest outbox backlog %d, drained in %s, longest open Kafka transaction %d s, "
                            + "slowest recovery %.1f s (bound %d s), took %d s%n", plan.name(), seed, plan.journeys(), kills, plan.stops().size(),
                    pendingAtGracefulStops, plan.brokerOutage().toSeconds(), lost, duplicated, webhookEventsReceived, webhookRedeliveries,
                    pendingWebhooksAtKill < 0 ? "n/a" : pendingWebhooksAtKill,
                    backlog.largestBacklog(),
                    backlog.drainTime() == null ? "n/a" : backlog.drainTime().toMillis() + " ms",
                    transactions.longestOpenDuration().toSeconds(), Recoveries.slowest(measured).toMillis() / 1000.0,
                    plan.recoveryBound().toSeconds(), Duration.between(started, Instant.now()).toSeconds());
            transactions.longestOpen().ifPresent(open -> System.out.println("  longest open Kafka transaction: " + open));
            if (!findings.isEmpty()) {
                consumersAtTheEnd = consumersAtTheEnd(endpoints, kafka);
                System.out.println(Diagnosis.of(stuck, bootstrap, databases, kafka, List.of(PHARMACY_GROUP), recoveries.injected()));
            }
            if (!findings.isEmpty() || Recoveries.slowest(measured).compareTo(plan.recoveryBound()) > 0) {
                keepLogs();
            }
        }
        assertTrue(findings.isEmpty(), "seed " + seed + ", lost = " + lost + ", duplicated = " + duplicated + "\n" + consumersAtTheEnd
                + "findings:\n  " + String.join("\n  ", findings));
        assertTrue(writesAcceptedWhileBrokerDown, "REST writes are accepted while Kafka is down (the outbox absorbs them)");
        assertTrue(readyWhileBrokerDown, "readiness follows the database, not the broker");
        assertEquals(plan.kills().size() + (plan.secondInstance() ? 1 : 0), kills);
    }

    /** Week one under the faults, the clock moved, week two; a failed journey is a finding about its patient. */
    private void runJourneys(Platform platform, Endpoints endpoints, BacklogWatch backlog, KafkaState kafka, Databases databases,
                             List<Fault> schedule, Journeys journeys) {
        ServiceProcess secondSession = plan.secondInstance() ? startSecondInstance(platform, ServiceName.SESSION) : null;
        Map<FirstMonth, Throwable> failed;
        FaultPacing pacing = new FaultPacing(schedule, plan.concurrency());
        try {
            CompletableFuture<Void> faults = CompletableFuture.runAsync(() -> {
                try {
                    injectFaults(platform, endpoints, backlog, kafka, databases, schedule, secondSession, journeys, pacing);
                } finally {
                    pacing.openForGood();
                }
            });
            failed = journeys.weekOne(pacing);
            faults.join();
        } finally {
            // normally already killed by the fault plan; a failed week one must not leave it running after the suite
            if (secondSession != null) {
                secondSession.stop();
            }
        }
        if (failed.isEmpty()) {
            journeys.months().get(0).time().advance(Duration.ofHours(73));
            failed = journeys.weekTwo();
        }
        failed.forEach((month, failure) -> {
            findings.add("a journey failed: " + failure);
            if (month.patientId() != null) {
                stuck.put(month.patientId(), "journey failed: " + failure.getMessage());
            }
        });
        if (!failed.isEmpty()) {
            throw new AssertionError(failed.size() + " journey(s) failed");
        }
    }

    /**
     * Each fault of the schedule once enough journeys have finished and the platform has caught up with the previous
     * one (or its recovery bound has passed), so that each recovery is that of a single fault; when each was injected
     * and over goes to the recoveries. {@code pacing} lets the journeys after a fault start when it is due, and the
     * later ones when it is over, so that it meets journeys in flight.
     */
    private void injectFaults(Platform platform, Endpoints endpoints, BacklogWatch backlog, KafkaState kafka, Databases databases,
                              List<Fault> schedule, ServiceProcess secondInstance, Journeys journeys, FaultPacing pacing) {
        for (int index = 0; index < schedule.size(); index++) {
            Fault fault = schedule.get(index);
            awaitAtLeast(journeys::finishedInPhase, fault.afterJourneys(), Duration.ofMinutes(3));
            int starting = pacing.startingWhenDue(index, plan.journeys());
            int startedBefore = journeys.startedInPhase();
            pacing.faultDue();
            awaitAtLeast(journeys::startedInPhase, startedBefore + starting, Duration.ofSeconds(2));
            Instant at = Instant.now();
            recoveries.began(at);
            int finished = journeys.finishedInPhase();
            int inFlight = journeys.inFlight();
            switch (fault.kind()) {
                case KILL -> {
                    ServiceProcess victim = platform.service(fault.service());
                    if (fault.service() == ServiceName.WEBHOOK) {
                        pendingWebhooksAtKill = databases.count(ServiceName.WEBHOOK, "select count(*) from delivery where status = 'PENDING'");
                    }
                    victim.kill();
                    kills++;
                    victim.start();
                }
                case STOP -> {
                    ServiceProcess victim = platform.service(fault.service());
                    long pending = awaitRecordsToHandle(kafka, fault.service());
                    victim.stop();
                    pendingAtGracefulStops.add(pending);
                    System.out.printf("[fault suite] %s-service stopped (SIGTERM) with %d records of its topics not yet handled%n",
                            fault.service().id(), pending);
                    victim.start();
                }
                case BROKER_OUTAGE -> brokerOutage(platform.infrastructure().kafka(), endpoints, backlog);
                case KILL_SECOND_INSTANCE -> {
                    if (secondInstance != null) {
                        secondInstance.kill();
                        kills++;
                    }
                }
            }
            Instant over = Instant.now();
            recoveries.record(fault, at, over);
            pacing.faultOver();
            boolean caughtUp = awaitCaughtUp(kafka, databases, over);
            System.out.printf("[fault suite] %s: injected when %d journeys had finished and %d were in flight, over after %.1f s, %s %.1f s later%n",
                    fault.describe(plan.brokerOutage()), finished, inFlight, Duration.between(at, over).toMillis() / 1000.0,
                    caughtUp ? "every consumer caught up" : "consumers NOT caught up", Duration.between(over, Instant.now()).toMillis() / 1000.0);
        }
    }

    /**
     * A graceful stop must land in the middle of the stream: waits, at most {@link #MID_STREAM_WAIT}, until the
     * service's consumer group has committed records it has not handled yet (more than the commit marker each
     * partition ends with), so SIGTERM reaches handlers at work. Returns how many there were; the stop goes ahead
     * even with none, and the run's summary says so.
     */
    private static long awaitRecordsToHandle(KafkaState kafka, ServiceName service) {
        long deadline = System.nanoTime() + MID_STREAM_WAIT.toNanos();
        long pending = 0;
        while (System.nanoTime() < deadline) {
            try {
                pending = kafka.lag(service.id()).stream().mapToLong(partition -> Math.max(0, partition.lag() - 1)).sum();
                if (pending > 0) {
                    return pending;
                }
            } catch (RuntimeException unavailable) {
                // the broker busy: the next look counts
            }
            try {
                TimeUnit.MILLISECONDS.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return pending;
            }
        }
        return pending;
    }

    /**
     * Waits, at most the recovery bound, until every event written before {@code over} has left its outbox and every
     * consumer group (the services' and the pharmacy's) has handled what was committed on its partitions by then.
     */
    private boolean awaitCaughtUp(KafkaState kafka, Databases databases, Instant over) {
        long deadline = System.nanoTime() + Duration.between(Instant.now(), over.plus(plan.recoveryBound())).toNanos();
        List<String> groups = consumerGroups();
        Map<String, Map<TopicPartition, Long>> ends = null;
        while (System.nanoTime() < deadline) {
            try {
                if (ends == null && databases.outboxWrittenBefore(over) == 0) {
                    ends = new HashMap<>();
                    for (String group : groups) {
                        ends.put(group, kafka.lastStable(group));
                    }
                }
                if (ends != null && ends.entrySet().stream().allMatch(group -> kafka.caughtUp(group.getKey(), group.getValue()))) {
                    return true;
                }
            } catch (RuntimeException unavailable) {
                // a database or the broker still starting: the next look counts
            }
            try {
                TimeUnit.MILLISECONDS.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /**
     * A log of the suite's own clients, timestamped, beside the services' logs, so a failed run keeps them too: the
     * reference pharmacy's (each dispatch and delivery with the platform's answer, every retry: a fill that was never
     * dispatched shows why) and the webhook receiver's (each refused request and why).
     */
    private static Consumer<String> logFile(String name) {
        Path file = SharedPlatform.layout().logs().resolve(name);
        return line -> {
            try {
                Files.writeString(file, Instant.now() + " " + line + System.lineSeparator(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                System.out.println("[fault suite] could not keep a line of " + name + ": " + line);
            }
        };
    }

    /** Every consumer group of the run: the reference pharmacy's, webhook-service's and each service that consumes a topic. */
    private static List<String> consumerGroups() {
        List<String> groups = new ArrayList<>(List.of(PHARMACY_GROUP, ServiceName.WEBHOOK.id()));
        CONSUMERS.values().forEach(services -> services.forEach(service -> {
            if (!groups.contains(service.id())) {
                groups.add(service.id());
            }
        }));
        return groups;
    }

    /**
     * The consumers as a failed run left them, first in the failure message because CI shows a failure's beginning:
     * each consumer group's partitions with records still to handle, and the liveness answer of every service that is
     * not UP (a channel's lane that has failed shows there, with its reason).
     */
    private String consumersAtTheEnd(Endpoints endpoints, KafkaState kafka) {
        StringBuilder out = new StringBuilder("consumers at the end of the run:\n");
        for (String group : consumerGroups()) {
            try {
                out.append(Diagnosis.behind(group, kafka.lag(group)));
            } catch (RuntimeException unavailable) {
                out.append("  ").append(group).append(": lag not read (").append(unavailable.getMessage()).append(")\n");
            }
        }
        List<String> services = new ArrayList<>(endpoints.services());
        services.add(endpoints.webhook());
        for (String service : services) {
            try {
                // a service that hangs is what this looks for: its answer must not hang the failure's report
                var live = given().config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                                .setParam("http.connection.timeout", 5000).setParam("http.socket.timeout", 5000)))
                        .baseUri(service).get("/q/health/live");
                if (live.statusCode() != 200) {
                    String body = live.asString().replaceAll("\\s+", " ");
                    out.append("  ").append(service).append(" liveness ").append(live.statusCode()).append(": ")
                            .append(body, 0, Math.min(body.length(), 1500)).append('\n');
                }
            } catch (RuntimeException unreachable) {
                out.append("  ").append(service).append(" liveness not read (").append(unreachable.getMessage()).append(")\n");
            }
        }
        return out.toString();
    }

    /**
     * The platform's folder is deleted when the JVM exits; a failed run, or one with a recovery over the bound, keeps the
     * services', the broker's and the pharmacy's logs.
     */
    private void keepLogs() {
        Path kept = Path.of("target", "fault-suite-logs-" + seed).toAbsolutePath();
        try (var logs = Files.list(SharedPlatform.layout().logs())) {
            Files.createDirectories(kept);
            for (Path log : logs.toList()) {
                Files.copy(log, kept.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            System.out.println("[fault suite] the platform's logs of this run are kept in " + kept);
        } catch (IOException e) {
            System.out.println("[fault suite] could not keep the logs: " + e);
        }
    }

    private void printRecoveries(List<Recoveries.Recovery> measured) {
        System.out.printf("%n[fault suite] recovery after each fault: from the end of the fault until every event written before it was handled (bound %d s)%n",
                plan.recoveryBound().toSeconds());
        for (Recoveries.Recovery recovery : measured) {
            boolean within = recovery.duration().compareTo(plan.recoveryBound()) <= 0;
            System.out.printf("  %-80s %6.1f s %s; %d handlings waiting when it was over%s%n", recovery.injected().fault().describe(plan.brokerOutage()),
                    recovery.duration().toMillis() / 1000.0, within ? "within the bound" : "OVER THE BOUND", recovery.waiting(),
                    recovery.slowest().map(slowest -> "; last: " + slowest).orElse(""));
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

    /**
     * Waits until {@code count} reaches {@code target}, at most {@code limit}: the journeys finished before a fault (3
     * minutes), or those it lets start on their way (2 s: the fault must meet them in flight). Goes on either way.
     */
    private static void awaitAtLeast(IntSupplier count, int target, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (count.getAsInt() < target && System.nanoTime() < deadline) {
            try {
                TimeUnit.MILLISECONDS.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Waits until every consumer has caught up with what the journeys did. Each look fetches its token: the cache hands
     * one out with at least 5 minutes to live, and these waits together can last longer than that.
     */
    private void settle(Endpoints endpoints, List<FirstMonth> months) {
        Api api = new Api();
        for (FirstMonth month : months) {
            try {
                Eventually.until("the second session counted in prescription-service for " + month.patientId(), () ->
                        active(api.get(endpoints.prescription() + "/api/v1/patients/" + month.patientId() + "/prescriptions", clinician()).body())
                                .map(active -> api.get(endpoints.prescription() + "/api/v1/prescriptions/" + active, clinician()).body())
                                .map(prescription -> prescription.path("supply").path("sessionsLogged").asInt() >= 2).orElse(false));
                Eventually.until("the second integration check-in scheduled for " + month.patientId(), () ->
                        countCheckIns(api, endpoints, month, clinician(), "INTEGRATION") >= 2);
                // units on hand alone is at most 5 without the delivery too (or from a refused read): the delivery is waited for itself
                Eventually.until("the delivery and the sessions counted in session-service for " + month.patientId(), () -> {
                    JsonNode dosing = api.get(endpoints.session() + "/api/v1/patients/" + month.patientId() + "/dosing-status", SharedPlatform.tokens().acme()).body();
                    return dosing.path("unitsDelivered").asInt() >= 8 && dosing.path("unitsOnHand").asInt() <= 5;
                });
            } catch (AssertionError notSettled) {
                stuck.put(month.patientId(), notSettled.getMessage());
                throw notSettled;
            }
        }
    }

    private void checkRestWrites(Endpoints endpoints, List<FirstMonth> months) {
        Api api = new Api();
        for (FirstMonth month : months) {
            String acme = SharedPlatform.tokens().acme();
            String clinician = SharedPlatform.tokens().user(DemoAccounts.DR_CALIFORNIA);
            read(api.get(endpoints.intake() + "/api/v1/patients/" + month.patientId(), acme), "patient " + month.patientId(), month.patientId());
            read(api.get(endpoints.intake() + "/api/v1/intakes/" + month.intakeId(), acme), "intake " + month.intakeId(), month.patientId());
            read(api.get(endpoints.prescription() + "/api/v1/prescriptions/" + month.prescriptionId(), clinician),
                    "prescription " + month.prescriptionId(), month.patientId());
            for (UUID session : month.sessions()) {
                read(api.get(endpoints.session() + "/api/v1/sessions/" + session, acme), "session " + session, month.patientId())
                        .filter(answer -> !"COMPLETED".equals(answer.path("status").asText()))
                        .ifPresent(answer -> {
                            lost++;
                            findings.add("session " + session + " answered 2xx but is " + answer.path("status").asText());
                        });
            }
        }
    }

    private void checkEffectsCountedOnce(Endpoints endpoints, Databases databases, List<FirstMonth> months) {
        Api api = new Api();
        for (FirstMonth month : months) {
            // fetched for each patient: the cache hands out a token with at least 5 minutes to live, and this loop can outlast that
            String acme = SharedPlatform.tokens().acme();
            String clinician = SharedPlatform.tokens().user(DemoAccounts.DR_CALIFORNIA);
            UUID patient = month.patientId();
            read(api.get(endpoints.session() + "/api/v1/patients/" + patient + "/dosing-status", acme), "session-service's dosing status of " + patient, patient)
                    .ifPresent(dosing -> {
                        expectCount("units delivered counted by session-service", patient, 8, dosing.path("unitsDelivered").asInt());
                        expectCount("units on hand in session-service", patient, 5, dosing.path("unitsOnHand").asInt());
                    });
            read(api.get(endpoints.prescription() + "/api/v1/patients/" + patient + "/prescriptions", clinician),
                    "prescription-service's prescriptions of " + patient, patient)
                    .flatMap(list -> activeOrFinding(list, patient))
                    .flatMap(active -> read(api.get(endpoints.prescription() + "/api/v1/prescriptions/" + active, clinician),
                            "prescription-service's active prescription of " + patient, patient))
                    .map(prescription -> prescription.path("supply")).ifPresent(supply -> {
                        expectCount("units used in prescription-service's reconciliation", patient, 3, supply.path("unitsUsed").asInt());
                        expectCount("units delivered in prescription-service", patient, 8, supply.path("unitsDelivered").asInt());
                    });
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

    /**
     * Partner acme's webhooks (README "Webhooks", webhook-service README "Deliveries"): every event of its patients
     * on the topics was received, once webhook-service has drained its queue (0 lost); an event received more than
     * once came each time with its own id as {@code webhook-id} and the same body (the documented at-least-once);
     * nothing else came, every signature verified; and per patient the events of each topic came first in the
     * topic's order (a subscription's lane for a patient is delivered in the order webhook-service received its
     * events; across topics nothing orders them).
     */
    private void checkWebhooks(String bootstrap, List<FirstMonth> months, WebhookWitness webhooks) {
        Set<String> patients = new LinkedHashSet<>();
        months.forEach(month -> patients.add(month.patientId().toString()));
        Map<String, Map<String, List<UUID>>> onTopics = new LinkedHashMap<>();
        Map<UUID, String> eventNames = new HashMap<>();
        Map<UUID, String> eventPatients = new HashMap<>();
        for (String topic : Topics.eventTopics()) {
            for (ConsumerRecord<String, String> record : TopicDump.read(bootstrap, topic)) {
                if (patients.contains(record.key())) {
                    ValidatedEvent event = ContractValidator.instance().parse(record.value());
                    List<UUID> ids = onTopics.computeIfAbsent(record.key(), key -> new LinkedHashMap<>())
                            .computeIfAbsent(topic, key -> new ArrayList<>());
                    if (!ids.contains(event.id())) {
                        ids.add(event.id());
                    }
                    eventNames.put(event.id(), event.type().eventName());
                    eventPatients.put(event.id(), record.key());
                }
            }
        }
        Set<UUID> expected = new LinkedHashSet<>();
        onTopics.values().forEach(byTopic -> byTopic.values().forEach(expected::addAll));
        awaitWebhooks(webhooks, expected);

        List<WebhookWitness.Receipt> receipts = webhooks.receipts();
        Map<UUID, WebhookWitness.Receipt> firsts = new LinkedHashMap<>();
        for (WebhookWitness.Receipt receipt : receipts) {
            WebhookWitness.Receipt first = firsts.putIfAbsent(receipt.eventId(), receipt);
            if (!receipt.webhookId().equals(receipt.eventId().toString())) {
                duplicated++;
                findings.add("webhook: event " + receipt.eventId() + " came with webhook-id " + receipt.webhookId() + ", not its id");
            } else if (first != null && !first.body().equals(receipt.body())) {
                duplicated++;
                findings.add("webhook: event " + receipt.eventId() + " came again with another body:\n    " + first.body() + "\n    " + receipt.body());
            } else if (first != null) {
                webhookRedeliveries++;
            }
        }
        webhookEventsReceived = firsts.size();
        for (UUID id : expected) {
            if (!firsts.containsKey(id)) {
                lost++;
                String finding = "webhook: " + eventNames.get(id) + " " + id + " is on its topic but never reached partner acme";
                findings.add(finding);
                stuck.putIfAbsent(UUID.fromString(eventPatients.get(id)), finding);
            }
        }
        for (WebhookWitness.Receipt receipt : firsts.values()) {
            if (patients.contains(receipt.patient()) && !expected.contains(receipt.eventId())) {
                findings.add("webhook: partner acme received " + receipt.type() + " " + receipt.eventId() + ", which is on no topic");
            }
        }
        if (webhooks.refused() > 0) {
            findings.add("webhook: " + webhooks.refused() + " request(s) refused for their signature (see webhook-receiver.log)");
        }
        List<UUID> receivedOrder = new ArrayList<>(firsts.keySet());
        onTopics.forEach((patient, byTopic) -> byTopic.forEach((topic, ids) -> {
            // a lost event is a finding of its own: the order is that of the events that came
            List<UUID> received = receivedOrder.stream().filter(ids::contains).toList();
            if (!received.equals(ids.stream().filter(firsts::containsKey).toList())) {
                findings.add("webhook: patient " + patient + "'s events of " + topic + " came in the order " + names(received, eventNames)
                        + ", on the topic " + names(ids, eventNames));
            }
        }));
    }

    /** Until every expected event has been received, at most {@link #WEBHOOK_DRAIN}; what is missing then is lost. */
    private static void awaitWebhooks(WebhookWitness webhooks, Set<UUID> expected) {
        long deadline = System.nanoTime() + WEBHOOK_DRAIN.toNanos();
        while (!webhooks.receivedEventIds().containsAll(expected) && System.nanoTime() < deadline) {
            try {
                TimeUnit.MILLISECONDS.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static List<String> names(List<UUID> ids, Map<UUID, String> eventNames) {
        return ids.stream().map(eventNames::get).toList();
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

    /**
     * Only poison is dead-lettered: an event that reached a {@code <service>.dlq} for any other reason (its consumer
     * shutting down, the database or broker away) is a patient whose flow stopped there.
     */
    private void checkNothingElseDeadLettered(String bootstrap, Map<String, String> poison) {
        for (ServiceName service : ServiceName.values()) {
            for (ConsumerRecord<String, String> letter : TopicDump.read(bootstrap, Topics.deadLetterTopic(service.id()))) {
                if (poison.containsKey(letter.value())) {
                    continue;
                }
                lost++;
                String what = "dead-lettered by " + service.id() + "-service from " + header(letter, "dead-letter-topic")
                        + ": " + header(letter, "dead-letter-reason");
                findings.add("an event of patient " + letter.key() + " " + what);
                parsePatient(letter.key()).ifPresent(patient -> stuck.putIfAbsent(patient, what));
            }
        }
    }

    private static Optional<UUID> parsePatient(String key) {
        try {
            return Optional.of(UUID.fromString(key));
        } catch (RuntimeException notAPatient) {
            return Optional.empty();
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

    private static String clinician() {
        return SharedPlatform.tokens().user(DemoAccounts.DR_CALIFORNIA);
    }

    /** The active prescription's id; none is a finding (the checks would otherwise skip the patient's supply). */
    private Optional<String> activeOrFinding(JsonNode list, UUID patient) {
        Optional<String> active = active(list);
        if (active.isEmpty()) {
            String finding = "patient " + patient + " has no active prescription";
            findings.add(finding);
            stuck.putIfAbsent(patient, finding);
        }
        return active;
    }

    /** The active prescription's id in a patient's list of prescriptions (the adjusted one, once the dose was adjusted). */
    private static Optional<String> active(JsonNode list) {
        JsonNode items = list.has("items") ? list.path("items") : list;
        for (JsonNode prescription : items) {
            if ("ACTIVE".equals(prescription.path("status").asText())) {
                return Optional.of(prescription.path("prescriptionId").asText());
            }
        }
        return Optional.empty();
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

    /**
     * A read of the checks about {@code patient}: its body; a 404 or 410 for something written is a loss; any other
     * refusal (an expired token, a server error) is a finding that says so. A refused read's body is a problem
     * document, whose missing counts would otherwise read as zeros and pass for a loss.
     */
    private Optional<JsonNode> read(Answer answer, String what, UUID patient) {
        if (answer.ok()) {
            return Optional.of(answer.body());
        }
        String finding;
        if (answer.status() == 404 || answer.status() == 410) {
            lost++;
            finding = what + " answered 2xx when written but now answers " + answer.status();
        } else {
            finding = what + " could not be read: " + answer.status() + " " + answer.body();
        }
        findings.add(finding);
        stuck.putIfAbsent(patient, finding);
        return Optional.empty();
    }



    private void expectCount(String what, UUID patient, long expected, long actual) {
        if (actual == expected) {
            return;
        }
        if (actual < expected) {
            lost += (int) (expected - actual);
        } else {
            duplicated += (int) (actual - expected);
        }
        String finding = what + " of patient " + patient + ": " + actual + ", expected " + expected;
        findings.add(finding);
        stuck.putIfAbsent(patient, finding);
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
