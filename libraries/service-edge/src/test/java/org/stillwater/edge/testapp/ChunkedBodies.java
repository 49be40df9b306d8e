package org.stillwater.edge.testapp;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.stillwater.testing.As;

/** A clinician's note written with {@code Transfer-Encoding: chunked} over a raw socket: no Content-Length to judge. */
final class ChunkedBodies {

    /** {@code quarkus.http.limits.max-body-size}'s default, 10240K. */
    static final int LIMIT = 10240 * 1024;
    private static final int CHUNK = 65_536;
    /** Appended to the answer when the server left the connection open for 30 s after it. */
    static final String STILL_OPEN = "\n[the connection stayed open]";

    private ChunkedBodies() {
    }

    /** A note whose text makes the JSON at least {@code bytes} long; it has no end, so only a refusal answers it. */
    static String textNoteOfAtLeast(int bytes) {
        return "{\"text\": \"" + "a".repeat(bytes);
    }

    /**
     * Sends the body in chunks and reads the answer until the server closes the connection (30 s at most, then the answer so far and {@link #STILL_OPEN}).
     *
     * @param complete whether the body ends (the last chunk) and the request asks for the connection to close after it;
     *                 without it the server must answer and close on its own
     */
    static String send(String path, String body, boolean complete) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
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
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int read = socket.getInputStream().read(buffer); read >= 0; read = socket.getInputStream().read(buffer)) {
                    answer.write(buffer, 0, read);
                }
            } catch (java.net.SocketTimeoutException stillOpen) {
                return answer.toString(StandardCharsets.UTF_8) + STILL_OPEN;
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
