package org.stillwater.webhook.subscription;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signing secrets at rest: AES-256-GCM with the service's key, a random 12-byte IV per secret stored in front of the
 * ciphertext, and the secret's row id as associated data, so a ciphertext copied onto another row does not decrypt.
 */
public final class SecretCipher {

    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random;

    /** @throws IllegalArgumentException unless {@code base64Key} is the base64 of 32 bytes */
    public SecretCipher(String base64Key, SecureRandom random) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the secret encryption key is not base64", e);
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException("the secret encryption key must be " + KEY_BYTES + " bytes (AES-256), not " + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, "AES");
        this.random = random;
    }

    /** IV followed by the ciphertext and its tag. */
    public byte[] encrypt(String plaintext, String associatedData) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** @throws IllegalStateException when the stored bytes were altered, belong to another row, or another key sealed them */
    public String decrypt(byte[] stored, String associatedData) {
        // shorter than IV + tag, the JDK's GCM fails with a ProviderException instead of a bad-tag one
        if (stored.length < IV_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("a stored secret is too short to hold an IV and a tag");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored secret does not decrypt: altered, moved, or sealed with another key", e);
        }
    }
}
