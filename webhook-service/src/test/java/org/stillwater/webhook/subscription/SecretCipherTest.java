package org.stillwater.webhook.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("another-key-of-exactly-32-bytes!".getBytes(StandardCharsets.US_ASCII));
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private final SecretCipher cipher = new SecretCipher(KEY, new SecureRandom());

    @Test
    void aSecretDecryptsToItselfWithItsRowId() {
        assertEquals(SECRET, cipher.decrypt(cipher.encrypt(SECRET, "row-1"), "row-1"));
    }

    @Test
    void theStoredBytesHoldNeitherTheSecretNorARepeatedIv() {
        byte[] first = cipher.encrypt(SECRET, "row-1");
        byte[] second = cipher.encrypt(SECRET, "row-1");
        assertFalse(new String(first, StandardCharsets.ISO_8859_1).contains(SECRET.substring(6)));
        assertFalse(Arrays.equals(Arrays.copyOf(first, 12), Arrays.copyOf(second, 12)));
        assertEquals(12 + SECRET.length() + 16, first.length);
    }

    @Test
    void everyAlteredByteIsDetected() {
        byte[] stored = cipher.encrypt(SECRET, "row-1");
        for (int i = 0; i < stored.length; i++) {
            byte[] altered = stored.clone();
            altered[i] ^= 0x01;
            assertThrows(IllegalStateException.class, () -> cipher.decrypt(altered, "row-1"), "byte " + i);
        }
    }

    @Test
    void aSecretCopiedOntoAnotherRowDoesNotDecrypt() {
        byte[] stored = cipher.encrypt(SECRET, "row-1");
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(stored, "row-2"));
    }

    @Test
    void anotherKeyDoesNotDecrypt() {
        byte[] stored = cipher.encrypt(SECRET, "row-1");
        assertThrows(IllegalStateException.class, () -> new SecretCipher(OTHER_KEY, new SecureRandom()).decrypt(stored, "row-1"));
    }

    @Test
    void aTruncatedCiphertextIsRefused() {
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(new byte[12], "row-1"));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(Arrays.copyOf(cipher.encrypt(SECRET, "row-1"), 20), "row-1"));
    }

    @Test
    void onlyABase64KeyOf32BytesIsAccepted() {
        assertThrows(IllegalArgumentException.class, () -> new SecretCipher(Base64.getEncoder().encodeToString(new byte[16]), new SecureRandom()));
        assertThrows(IllegalArgumentException.class, () -> new SecretCipher("not base64!", new SecureRandom()));
        assertThrows(IllegalArgumentException.class, () -> new SecretCipher("", new SecureRandom()));
    }
}
