package org.stillwater.edge.testapp;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.stillwater.testing.As;

/** A clinician's note written with {@code Transfer-Encoding: chunked} over a raw socket: no Content-Length to judge. */
final class ChunkedBodies {

    /** {@code quarkus.http.limits.max-body-size}'s default, 10240K. */
    static final int LIMIT = 10240 * 1024;
    /** Appended to the answer when the server left the connection open for 10 s after it. */
    static final String STILL_OPEN = "\n[the connection stayed open]";
    private static final int CHUNK = 65_536;

    private ChunkedBodies() {
    }

    /** A note whose JSON is exactly {@code bytes} long and never ends, so only a refusal answers it. */
    static String unfinishedNoteOf(int bytes) {
        String start = "{\"text\": \"";
        return start + "a".repeat(bytes - start.length());
    }

    /**
     * Sends the body in chunks (a write the server refuses by closing ends the sending) and reads one answer, 30 s at
     * most; then whether the server closes the connection within 10 s, by end of stream or reset. Without that,
     * {@link #STILL_OPEN} is appended.
     *
     * @param complete whether the body ends (the last chunk) and the request asks for the connection to close after it;
     *                 without it the server must answer and close on its own
     */
    static String send(String path, String body, boolean complete) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            try {
                write(socket.getOutputStream(), path, bytes, complete);
            } catch (SocketException refused) {
                // the server answered and closed before the whole body was sent: its answer is read below
            }
            InputStream in = socket.getInputStream();
            String answer = answer(in);
            socket.setSoTimeout(10_000);
            try {
                return in.read() < 0 ? answer : answer + STILL_OPEN;
            } catch (SocketTimeoutException open) {
                return answer + STILL_OPEN;
            } catch (SocketException reset) {
                return answer;
            }
        }
    }

    private static void write(OutputStream out, String path, byte[] bytes, boolean complete) throws IOException {
        out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + As.drCalifornia()
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                + (complete ? "Connection: close\r\n" : "") + "\r\n").getBytes(StandardCharsets.US_ASCII));
        for (int offset = 0; offset < bytes.length; offset += CHUNK) {
            int length = Math.min(CHUNK, bytes.length - offset);
            out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes, offset, length);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        if (complete) {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.flush();
    }

    /** The head and as many bytes of body as its Content-Length says. */
    private static String answer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        int headEnd = -1;
        long expected = Long.MAX_VALUE;
        while (answer.size() < expected) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("the connection closed after " + answer.size() + " bytes of the answer: " + answer.toString(StandardCharsets.UTF_8));
            }
            answer.write(next);
            if (headEnd < 0 && answer.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                headEnd = answer.size();
                expected = headEnd + contentLength(answer.toString(StandardCharsets.ISO_8859_1));
            }
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    private static long contentLength(String head) {
        return head.lines().map(line -> line.toLowerCase(Locale.ROOT))
                .filter(line -> line.startsWith("content-length:"))
                .mapToLong(line -> Long.parseLong(line.substring("content-length:".length()).strip()))
                .findFirst().orElse(0);
    }
}
