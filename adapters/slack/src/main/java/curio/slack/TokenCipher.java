package curio.slack;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for installations at rest, under {@code CURIO_ENCRYPTION_KEY}. A sealed record reads
 * {@code v1:<key id>:<base64 of nonce and ciphertext>}: the key id (4 bytes of the key's SHA-256)
 * names the key that sealed it, so {@code CURIO_ENCRYPTION_KEY_OLD} can still open records while
 * keys rotate, and the associated data is the record's Redis key (its workspace; an installer's
 * user too), so a record copied to another key does not open. Records sealed before versions (base64
 * only, no associated data) are still opened, with either key; {@link Opened#current} says whether
 * a record should be sealed again.
 */
final class TokenCipher {

    static final String VERSION = "v1";
    private static final int NONCE = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A record's plain text; {@code current} when it is sealed as {@link #seal} would seal it now. */
    record Opened(String plain, boolean current) {
    }

    private final SecretKeySpec key;
    private final String keyId;
    private final SecretKeySpec oldKey;
    private final String oldKeyId;

    /** {@code oldKey} empty when no key is being rotated out. */
    TokenCipher(byte[] key, byte[] oldKey) {
        this.key = new SecretKeySpec(key, "AES");
        this.keyId = id(key);
        this.oldKey = oldKey.length == 0 ? null : new SecretKeySpec(oldKey, "AES");
        this.oldKeyId = oldKey.length == 0 ? null : id(oldKey);
    }

    private static String id(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    String seal(String plain, String boundTo) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return VERSION + ":" + keyId + ":"
                    + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt", e);
        }
    }

    /** Fails when neither key opens the record, or it was sealed for another place ({@code boundTo}). */
    Opened open(String sealed, String boundTo) {
        if (!sealed.startsWith(VERSION + ":")) {
            String plain = decrypt(key, sealed, null);
            plain = plain != null || oldKey == null ? plain : decrypt(oldKey, sealed, null);
            if (plain == null) {
                throw new IllegalStateException("cannot decrypt a stored Slack installation: was CURIO_ENCRYPTION_KEY "
                        + "changed? Set the previous key as CURIO_ENCRYPTION_KEY_OLD");
            }
            return new Opened(plain, false);
        }
        String[] parts = sealed.split(":", 3);
        boolean current = parts.length == 3 && parts[1].equals(keyId);
        SecretKeySpec with = current ? key : parts.length == 3 && parts[1].equals(oldKeyId) ? oldKey : null;
        if (with == null) {
            throw new IllegalStateException("a stored Slack installation was encrypted with a key that is neither "
                    + "CURIO_ENCRYPTION_KEY nor CURIO_ENCRYPTION_KEY_OLD");
        }
        String plain = decrypt(with, parts[2], boundTo);
        if (plain == null) {
            throw new IllegalStateException("a stored Slack installation does not open where it is stored: altered, "
                    + "or copied from another workspace");
        }
        return new Opened(plain, current);
    }

    /** The plain text, or null when this key (and associated data) does not open it. */
    private static String decrypt(SecretKeySpec key, String base64, String boundTo) {
        try {
            byte[] all = Base64.getDecoder().decode(base64);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, NONCE));
            if (boundTo != null) {
                cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
            }
            return new String(cipher.doFinal(all, NONCE, all.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return null;
        }
    }
}
