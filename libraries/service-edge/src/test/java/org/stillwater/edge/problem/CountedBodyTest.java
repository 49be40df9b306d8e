package org.stillwater.edge.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The limit of a chunked body holds however the endpoint reads it, and its limit itself is accepted. */
class CountedBodyTest {

    private final AtomicInteger exceeded = new AtomicInteger();

    private InputStream body(int bytes, long limit) {
        return new ChunkedBodyLimit.CountedBody(new ByteArrayInputStream(new byte[bytes]), limit, exceeded::incrementAndGet);
    }

    @Test
    void aBodyOfExactlyTheLimitIsReadWhole() throws IOException {
        assertArrayEquals(new byte[100], body(100, 100).readAllBytes());
        assertEquals(0, exceeded.get());
    }

    @Test
    void readingPastTheLimitFailsAndSignalsOnce() throws IOException {
        InputStream body = body(101, 100);
        assertThrows(ChunkedBodyLimit.BodyTooLargeException.class, body::readAllBytes);
        assertThrows(ChunkedBodyLimit.BodyTooLargeException.class, body::read);
        assertEquals(1, exceeded.get());
    }

    @Test
    void readingByteByBytePastTheLimitFails() throws IOException {
        InputStream body = body(101, 100);
        for (int i = 0; i < 100; i++) {
            body.read();
        }
        assertThrows(ChunkedBodyLimit.BodyTooLargeException.class, body::read);
    }

    @Test
    void skippingCountsLikeReading() throws IOException {
        InputStream body = body(101, 100);
        assertThrows(ChunkedBodyLimit.BodyTooLargeException.class, () -> body.skip(101));
    }

    @Test
    void skippingEverythingReadsNoMoreThanOneBytePastTheLimit() throws IOException {
        ByteArrayInputStream endless = new ByteArrayInputStream(new byte[1_000]);
        InputStream body = new ChunkedBodyLimit.CountedBody(endless, 100, exceeded::incrementAndGet);
        assertThrows(ChunkedBodyLimit.BodyTooLargeException.class, () -> body.skip(Long.MAX_VALUE));
        assertEquals(1_000 - 101, endless.available());
    }

    @Test
    void closingEarlyReadsTheRestOnlyUpToTheLimit() throws IOException {
        ByteArrayInputStream endless = new ByteArrayInputStream(new byte[1_000]);
        InputStream body = new ChunkedBodyLimit.CountedBody(endless, 100, exceeded::incrementAndGet);
        body.read(new byte[10]);
        assertThrows(ChunkedBodyLimit.BodyTooLargeException.class, body::close);
        assertEquals(1, exceeded.get());
        assertEquals(1_000 - 101, endless.available(), "read one byte past the limit, not to the end");
    }

    @Test
    void closingABodyWithinTheLimitReadsItsRest() throws IOException {
        ByteArrayInputStream small = new ByteArrayInputStream(new byte[50]);
        InputStream body = new ChunkedBodyLimit.CountedBody(small, 100, exceeded::incrementAndGet);
        body.read(new byte[10]);
        body.close();
        assertEquals(0, small.available());
        assertEquals(0, exceeded.get());
    }
}
