package org.stillwater.pharmacy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.stillwater.pharmacy.webhook.WebhookReceiver;

/**
 * The pharmacy's record of the shipment requests it received by webhook, in a directory, so that a request it
 * acknowledged (2xx) survives a crash before it was dispatched: {@code pending/} holds each request, numbered in
 * the order received, until it has been handled; {@code seen/} holds one empty file per {@code webhook-id} recorded,
 * the dedupe set (a retry or a redelivery of the same event is acknowledged and not recorded again). The request
 * is written (and forced to disk) before its marker, so a crash in between records it again on the next delivery:
 * handled twice at worst, which the Idempotency-Keys of the dispatch and delivery calls make harmless.
 */
final class ShipmentInbox implements WebhookReceiver.Inbox {

    /** A webhook-id is the CloudEvent id, a UUID: nothing else names a file here. */
    private static final Pattern WEBHOOK_ID = Pattern.compile("[0-9A-Za-z-]{1,64}");

    private final Path pending;
    private final Path seen;
    private final LinkedBlockingQueue<Boolean> arrivals = new LinkedBlockingQueue<>();
    private long sequence;

    ShipmentInbox(Path directory) throws IOException {
        this.pending = Files.createDirectories(directory.resolve("pending"));
        this.seen = Files.createDirectories(directory.resolve("seen"));
        for (Path request : pendingRequests()) {
            sequence = Math.max(sequence, Long.parseLong(request.getFileName().toString().substring(0, 19)));
        }
    }

    @Override
    public synchronized boolean record(String webhookId, String body) throws IOException {
        if (webhookId == null || !WEBHOOK_ID.matcher(webhookId).matches()) {
            throw new IOException("unexpected webhook-id " + webhookId);
        }
        Path marker = seen.resolve(webhookId);
        if (Files.exists(marker)) {
            return false;
        }
        Path written = Files.createTempFile(pending, "receiving-", ".tmp");
        try (FileChannel channel = FileChannel.open(written, StandardOpenOption.WRITE)) {
            channel.write(StandardCharsets.UTF_8.encode(body));
            channel.force(true);
        }
        sequence++;
        Files.move(written, pending.resolve(String.format("%019d_%s.json", sequence, webhookId)), StandardCopyOption.ATOMIC_MOVE);
        Files.createFile(marker);
        arrivals.offer(Boolean.TRUE);
        return true;
    }

    /** The requests not handled yet, oldest first. */
    List<Path> pendingRequests() throws IOException {
        try (Stream<Path> files = Files.list(pending)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    String read(Path request) throws IOException {
        return Files.readString(request);
    }

    /** The request was handled (dispatched and delivered, or refused by the platform and left for the pharmacist). */
    void handled(Path request) throws IOException {
        Files.deleteIfExists(request);
    }

    /** Waits up to {@code millis} for a request to arrive. */
    void awaitArrival(long millis) throws InterruptedException {
        if (arrivals.poll(millis, TimeUnit.MILLISECONDS) != null) {
            arrivals.clear();
        }
    }
}
