package org.stillwater.pharmacy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.stillwater.contracts.ContractValidator;
import org.stillwater.contracts.ContractViolation;
import org.stillwater.contracts.EventJson;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.Topics;
import org.stillwater.contracts.ValidatedEvent;
import org.stillwater.contracts.pharmacy.ShipmentRequested;
import org.stillwater.pharmacy.webhook.WebhookReceiver;
import org.stillwater.pharmacy.webhook.WebhookSubscriptions;

/**
 * How a pharmacy integrates with Stillwater, in one file. It learns of its shipment requests ({@code ShipmentRequested}
 * of its own pharmacy), dispenses (here: at once) and reports through the prescription-service REST API with its
 * pharmacist token: first the dispatch, then the signed delivery. Every call carries an Idempotency-Key derived from
 * the event id, so seeing a request again changes nothing. While the platform cannot be reached the same call is
 * retried; a fill the platform refuses (e.g. the prescription expired, the shipment was cancelled) is logged and left
 * for the pharmacist.
 *
 * <p>Two ways to learn of the requests (README "Pharmacies: webhooks or Kafka"):
 * <ul>
 * <li>by webhook (the default; {@link Settings#webhooks()} set): on start it runs a {@link WebhookReceiver} on the
 * loopback address, subscribes with its pharmacist token to {@code stillwater.ShipmentRequested.v1} and trusts the
 * signing secret of the 201; every request is verified (a forged or stale signature is answered 401), recorded in its
 * {@link ShipmentInbox} on disk and deduplicated by {@code webhook-id} before it is acknowledged, then handled in the
 * order received. A clean stop pauses the subscription (or deletes it, {@link OnStop}), so the requests made while the pharmacy is stopped are queued
 * by webhook-service and pushed when it starts again (it keeps the subscription's id, never its secret, in the inbox
 * directory, and resumes with a new secret at its new address); requests recorded but not yet handled stay in the
 * inbox for the next start.</li>
 * <li>by Kafka ({@code webhooks} null): it consumes {@code pharmacy.shipments} in its own consumer group with
 * {@code read_committed}. An offset is committed only after its record was handled; when a record or a commit fails,
 * the poll's partitions are rewound to their first uncommitted record, so none is skipped.</li>
 * </ul>
 */
public final class ReferencePharmacy implements AutoCloseable {

    /** The event type the pharmacy subscribes to. */
    static final String SHIPMENT_REQUESTED_TYPE = "stillwater.ShipmentRequested.v1";
    /** Where its receiver takes the platform's webhooks. */
    static final String RECEIVER_PATH = "/stillwater/webhooks";
    /** The file in the inbox directory that keeps the subscription's id between starts. */
    static final String SUBSCRIPTION_ID_FILE = "subscription-id";

    /**
     * Where the platform is and who this pharmacy is.
     *
     * @param webhooks how it receives its requests by webhook; null: it consumes Kafka ({@code bootstrapServers})
     */
    public record Settings(String pharmacyId, String bootstrapServers, String prescriptionUrl, String realmUrl,
                           String username, String password, String carrier, Webhooks webhooks) {

        /** A pharmacy that consumes {@code pharmacy.shipments} from Kafka. */
        public Settings(String pharmacyId, String bootstrapServers, String prescriptionUrl, String realmUrl,
                        String username, String password, String carrier) {
            this(pharmacyId, bootstrapServers, prescriptionUrl, realmUrl, username, password, carrier, null);
        }

        public static Settings local(String pharmacyId, String username) {
            return new Settings(pharmacyId, "127.0.0.1:9092", "http://127.0.0.1:8082",
                    "http://127.0.0.1:8180/realms/stillwater", username, "demo", "UPS");
        }

        /** The same pharmacy, receiving its requests by webhook instead. */
        public Settings viaWebhooks(Webhooks webhooks) {
            return new Settings(pharmacyId, bootstrapServers, prescriptionUrl, realmUrl, username, password, carrier, webhooks);
        }
    }

    /**
     * @param webhookServiceUrl where webhook-service answers (e.g. http://127.0.0.1:8085)
     * @param receiverPort      the loopback port of the pharmacy's receiver; 0: a free one
     * @param inboxDirectory    where requests acknowledged but not yet handled are kept (survives a restart)
     * @param onStop            what a clean stop does to the subscription
     */
    public record Webhooks(String webhookServiceUrl, int receiverPort, Path inboxDirectory, OnStop onStop) {
    }

    /** What a clean stop does to the pharmacy's subscription. */
    public enum OnStop {
        /** Pause it: requests made while stopped are queued and pushed at the next start from the same inbox directory. */
        PAUSE,
        /** Delete it: for a pharmacy that will not start again from this inbox directory (the demo's, in a temporary one). */
        DELETE
    }

    private final Settings settings;
    private final Consumer<String> log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private Thread worker;
    private WebhookReceiver receiver;
    private ShipmentInbox inbox;
    private WebhookSubscriptions subscriptions;
    private WebhookSubscriptions.Subscribed subscription;
    private String token;
    private Instant tokenExpires = Instant.EPOCH;

    public ReferencePharmacy(Settings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
    }

    /**
     * {@code --pharmacy sunrise --username pharm.sunrise}, where the platform is when not on the default ports
     * ({@code --prescription-service http://127.0.0.1:8082 --realm http://127.0.0.1:8180/realms/stillwater
     * --bootstrap-servers 127.0.0.1:9092}), then either {@code --kafka} or (the default) the webhook options
     * {@code --webhook-service http://127.0.0.1:8085 --port 0 --inbox .stillwater/reference-pharmacy/<pharmacy>}.
     */
    public static void main(String[] args) throws InterruptedException {
        String pharmacyId = argument(args, "--pharmacy", "sunrise");
        Settings local = Settings.local(pharmacyId, argument(args, "--username", "pharm.sunrise"));
        Settings settings = new Settings(pharmacyId, argument(args, "--bootstrap-servers", local.bootstrapServers()),
                argument(args, "--prescription-service", local.prescriptionUrl()), argument(args, "--realm", local.realmUrl()),
                local.username(), local.password(), local.carrier());
        if (!List.of(args).contains("--kafka")) {
            settings = settings.viaWebhooks(new Webhooks(argument(args, "--webhook-service", "http://127.0.0.1:8085"),
                    Integer.parseInt(argument(args, "--port", "0")),
                    Path.of(argument(args, "--inbox", ".stillwater/reference-pharmacy/" + pharmacyId)), OnStop.PAUSE));
        }
        try (ReferencePharmacy pharmacy = new ReferencePharmacy(settings, System.out::println)) {
            pharmacy.start();
            Runtime.getRuntime().addShutdownHook(new Thread(pharmacy::close));
            pharmacy.worker.join();
        }
    }

    /**
     * Starts handling requests in a background thread. By webhook, the receiver runs and the subscription exists when
     * this returns (it fails if webhook-service refuses it or cannot be reached within a minute).
     */
    public void start() {
        if (settings.webhooks() == null) {
            worker = new Thread(this::consume, "reference-pharmacy-" + settings.pharmacyId());
        } else {
            subscribe();
            worker = new Thread(this::handleReceived, "reference-pharmacy-" + settings.pharmacyId());
        }
        worker.start();
    }

    /** The subscription by which the requests arrive; null when consuming Kafka. */
    public UUID subscriptionId() {
        return subscription == null ? null : subscription.id();
    }

    /** The receiver of the requests; null when consuming Kafka. */
    public WebhookReceiver receiver() {
        return receiver;
    }

    private void subscribe() {
        try {
            inbox = new ShipmentInbox(settings.webhooks().inboxDirectory());
            receiver = WebhookReceiver.start(settings.webhooks().receiverPort(), RECEIVER_PATH, inbox,
                    line -> log.accept("  pharmacy " + settings.pharmacyId() + ": " + line));
        } catch (IOException e) {
            throw new IllegalStateException("could not start the webhook receiver: " + e.getMessage(), e);
        }
        subscriptions = new WebhookSubscriptions(settings.webhooks().webhookServiceUrl());
        Optional<WebhookSubscriptions.Subscribed> resumed = storedSubscriptionId()
                .flatMap(id -> subscriptions.resume(token(), id, receiver.url()));
        subscription = resumed.orElseGet(() -> subscriptions.subscribe(token(), receiver.url(), List.of(SHIPMENT_REQUESTED_TYPE),
                "reference pharmacy " + settings.pharmacyId()));
        receiver.trust(subscription.signingSecret());
        storeSubscriptionId(subscription.id());
        log.accept("pharmacy " + settings.pharmacyId() + " receiving " + SHIPMENT_REQUESTED_TYPE + " by webhook at " + receiver.url()
                + " (subscription " + subscription.id() + (resumed.isPresent() ? ", resumed" : "") + ")");
    }

    private Path subscriptionIdFile() {
        return settings.webhooks().inboxDirectory().resolve(SUBSCRIPTION_ID_FILE);
    }

    private Optional<UUID> storedSubscriptionId() {
        try {
            return Files.exists(subscriptionIdFile())
                    ? Optional.of(UUID.fromString(Files.readString(subscriptionIdFile()).strip()))
                    : Optional.empty();
        } catch (IOException | IllegalArgumentException unreadable) {
            log.accept("pharmacy " + settings.pharmacyId() + ": ignoring an unreadable " + subscriptionIdFile() + " (" + unreadable.getMessage() + ")");
            return Optional.empty();
        }
    }

    private void storeSubscriptionId(UUID id) {
        try {
            Files.writeString(subscriptionIdFile(), id + "\n");
        } catch (IOException e) {
            throw new IllegalStateException("could not write " + subscriptionIdFile() + ": " + e.getMessage(), e);
        }
    }

    /** Stops; by webhook, also the receiver, and the subscription is paused until the next start, or deleted ({@link OnStop}). */
    @Override
    public void close() {
        running.set(false);
        if (worker != null) {
            try {
                worker.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (receiver != null) {
            receiver.close();
        }
        if (subscription != null) {
            if (settings.webhooks().onStop() == OnStop.DELETE) {
                unsubscribe();
                return;
            }
            try {
                subscriptions.pause(token(), subscription.id());
                log.accept("pharmacy " + settings.pharmacyId() + ": paused subscription " + subscription.id()
                        + "; requests made until the next start are queued for it");
            } catch (IllegalStateException unreachable) {
                // still ACTIVE: webhook-service retries what it cannot deliver, for 24 h, and the next start resumes it
                log.accept("pharmacy " + settings.pharmacyId() + ": could not pause subscription " + subscription.id() + " ("
                        + unreachable.getMessage() + "); the next start resumes it");
            }
        }
    }

    private void unsubscribe() {
        try {
            subscriptions.unsubscribe(token(), subscription.id());
            Files.deleteIfExists(subscriptionIdFile());
            log.accept("pharmacy " + settings.pharmacyId() + ": deleted subscription " + subscription.id());
        } catch (IOException | IllegalStateException unreachable) {
            log.accept("pharmacy " + settings.pharmacyId() + ": could not delete subscription " + subscription.id() + " ("
                    + unreachable.getMessage() + "); delete it with DELETE /api/v1/webhook-subscriptions/" + subscription.id());
        }
    }

    /**
     * Handles the requests the receiver recorded, oldest first. One that could not be handled to the end (the
     * pharmacy is stopping) stays pending for the next start.
     */
    private void handleReceived() {
        while (running.get()) {
            try {
                for (Path request : inbox.pendingRequests()) {
                    handle(inbox.read(request), request.getFileName().toString());
                    if (!running.get()) {
                        return;
                    }
                    inbox.handled(request);
                }
                inbox.awaitArrival(500);
            } catch (IOException unreadable) {
                log.accept("  pharmacy " + settings.pharmacyId() + ": could not read its inbox (" + unreadable.getMessage() + "), retrying");
                pause(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException failed) {
                log.accept("  pharmacy " + settings.pharmacyId() + ": could not handle a shipment request (" + failed.getMessage()
                        + "), trying again");
                pause(1000);
            }
        }
    }

    private void consume() {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "pharmacy-" + settings.pharmacyId(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                // events are published in Kafka transactions: read committed ones only
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.PHARMACY_SHIPMENTS));
            log.accept("pharmacy " + settings.pharmacyId() + " listening on " + Topics.PHARMACY_SHIPMENTS);
            while (running.get()) {
                try {
                    handleInOrder(consumer, consumer.poll(Duration.ofMillis(500)),
                            record -> handle(record.value(), "offset " + record.offset()));
                } catch (KafkaException brokerUnavailable) {
                    log.accept("  pharmacy " + settings.pharmacyId() + ": Kafka not available (" + brokerUnavailable.getMessage() + "), retrying");
                    pause(1000);
                } catch (RuntimeException failed) {
                    log.accept("  pharmacy " + settings.pharmacyId() + ": could not handle a shipment request (" + failed.getMessage()
                            + "), reading it again");
                    pause(1000);
                }
            }
        }
    }

    /**
     * Handles one poll's records in order, committing each record's offset once it was handled. If anything fails
     * on the way (a record that could not be handled, a commit the broker did not take, e.g. while it restarts),
     * every partition of the poll still assigned is rewound to its first record not yet committed, and the failure
     * is thrown. The rewind is what keeps a shipment request from being skipped: the consumer's position is
     * already past the whole poll, so without it the next poll would go on after the poll's last records, and
     * the next commit on that partition would skip the unhandled ones for good (the likeliest way a patient's first
     * fill was never dispatched in a long fault-suite run, seed 29505226277557, just after a broker outage).
     */
    static void handleInOrder(org.apache.kafka.clients.consumer.Consumer<String, String> consumer, ConsumerRecords<String, String> records,
                              Consumer<ConsumerRecord<String, String>> handler) {
        Map<TopicPartition, Long> firstUncommitted = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            firstUncommitted.putIfAbsent(new TopicPartition(record.topic(), record.partition()), record.offset());
        }
        try {
            for (ConsumerRecord<String, String> record : records) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                handler.accept(record);
                consumer.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
                firstUncommitted.put(partition, record.offset() + 1);
            }
        } catch (RuntimeException failed) {
            Set<TopicPartition> assigned = consumer.assignment();
            firstUncommitted.forEach((partition, offset) -> {
                if (assigned.contains(partition)) {
                    consumer.seek(partition, offset);
                }
            });
            throw failed;
        }
    }

    /** One event, from a Kafka record or a webhook request ({@code where} says which, for the log). */
    private void handle(String cloudEvent, String where) {
        ValidatedEvent event;
        try {
            event = ContractValidator.instance().parse(cloudEvent);
        } catch (ContractViolation invalid) {
            log.accept("skipping an invalid event (" + where + "): " + invalid.getMessage());
            return;
        }
        if (event.type() != EventType.SHIPMENT_REQUESTED) {
            return;
        }
        ShipmentRequested fill = event.data(ShipmentRequested.class);
        if (!fill.pharmacyId().equals(settings.pharmacyId())) {
            return;
        }
        if (dispatch(event.id(), fill)) {
            deliver(event.id(), fill);
        }
    }

    private boolean dispatch(UUID eventId, ShipmentRequested fill) {
        int status = post("/api/v1/shipments/" + fill.shipmentId() + "/dispatch", eventId + "-dispatch", Map.of(
                "carrier", settings.carrier(),
                "trackingNumber", "1Z" + fill.shipmentId().toString().replace("-", "").substring(0, 16).toUpperCase(),
                "lotNumber", "KET-" + fill.strengthMg() + "-" + fill.requestedAt().toString().substring(0, 10),
                "quantityDispensed", fill.quantity(),
                "pharmacistInitials", initials(settings.username())));
        log.accept("  pharmacy " + settings.pharmacyId() + ": dispatched fill " + fill.fillNumber() + " (" + fill.quantity()
                + " lozenges) of shipment " + fill.shipmentId() + " -> " + status);
        return status >= 200 && status < 300 || status == 409;
    }

    private void deliver(UUID eventId, ShipmentRequested fill) {
        // no deliveredAt: delivered at once, so the platform's clock says when (the same body on every retry of the key)
        int status = post("/api/v1/shipments/" + fill.shipmentId() + "/delivery", eventId + "-delivery", Map.of(
                "signedBy", fill.shipTo().recipientName()));
        log.accept("  pharmacy " + settings.pharmacyId() + ": delivery of shipment " + fill.shipmentId()
                + " signed by the adult recipient -> " + status);
    }

    /**
     * The status of the call: 2xx, or 409 when a redelivered record finds the shipment already past that step
     * (both mean done), or another 4xx the platform refused with (logged). Unreachable, 5xx, 429 and 401 (the
     * token expired in between, or the service is still starting) are retried, a 401 with a new token: a fill
     * is only left for the pharmacist when the platform refused it.
     */
    private int post(String path, String idempotencyKey, Map<String, Object> body) {
        long pauseMillis = 200;
        while (running.get()) {
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(settings.prescriptionUrl() + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token())
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", idempotencyKey)
                        .POST(HttpRequest.BodyPublishers.ofString(EventJson.write(body)))
                        .build();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 401 || response.statusCode() == 429) {
                    log.accept("  pharmacy " + settings.pharmacyId() + ": " + path + " answered " + response.statusCode() + ", retrying");
                    token = null;
                } else if (response.statusCode() < 500) {
                    if (response.statusCode() >= 300 && response.statusCode() != 409) {
                        log.accept("  pharmacy " + settings.pharmacyId() + ": " + path + " refused with " + response.statusCode()
                                + ": " + response.body());
                    }
                    return response.statusCode();
                }
            } catch (IOException | IllegalStateException unreachable) {
                log.accept("  pharmacy " + settings.pharmacyId() + ": " + path + " not reachable (" + unreachable.getMessage() + "), retrying");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
            pause(pauseMillis);
            pauseMillis = Math.min(5000, pauseMillis * 2);
        }
        return 0;
    }

    private static void pause(long millis) {
        try {
            java.util.concurrent.TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String token() {
        if (token == null || Instant.now().isAfter(tokenExpires.minusSeconds(60))) {
            String form = "grant_type=password&client_id=stillwater-demo&username=" + encode(settings.username())
                    + "&password=" + encode(settings.password());
            HttpRequest request = HttpRequest.newBuilder(URI.create(settings.realmUrl() + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
            try {
                JsonNode answer = EventJson.mapper().readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
                token = answer.get("access_token").asText();
                tokenExpires = Instant.now().plusSeconds(answer.get("expires_in").asLong());
            } catch (IOException e) {
                throw new IllegalStateException("could not get the pharmacist's token: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        return token;
    }

    private static String initials(String username) {
        String[] parts = username.split("[._-]");
        return (parts[0].substring(0, 1) + parts[parts.length - 1].substring(0, 1)).toUpperCase();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String argument(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
