package cn.gidi.dongtai.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Unsubscribe tokens: {@code base64url(email \n list) . base64url(HMAC-SHA256(key, same)[0..16])}. A token
 * names one subscriber and one list and cannot be forged or altered without the key.
 */
final class UnsubscribeTokens {

    static final int MIN_SECRET = 16;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    record Claim(String email, String list) {
    }

    private final byte[] key;

    UnsubscribeTokens(String secret) {
        this.key = secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
    }

    boolean configured() {
        return key.length >= MIN_SECRET;
    }

    /** Fails with what to do when no key is set: tokens must survive restarts, so no key is made up. */
    void requireConfigured() {
        if (!configured()) {
            throw new IllegalStateException("no unsubscribe key: set DONGTAI_MAIL_UNSUBSCRIBE_SECRET (dongtai.mail."
                    + "unsubscribe-secret) to a random string of at least " + MIN_SECRET + " characters; "
                    + "every message carries an unsubscribe link signed with it");
        }
    }

    String token(String email, String list) {
        requireConfigured();
        byte[] payload = (email.toLowerCase(Locale.ROOT) + "\n" + list).getBytes(StandardCharsets.UTF_8);
        return B64.encodeToString(payload) + "." + B64.encodeToString(mac(payload));
    }

    Optional<Claim> verify(String token) {
        if (!configured() || token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
            byte[] given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(mac(payload), given)) {
                return Optional.empty();
            }
            String[] parts = new String(payload, StandardCharsets.UTF_8).split("\n", -1);
            return parts.length == 2 ? Optional.of(new Claim(parts[0], parts[1])) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(payload), 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this Java runtime", e);
        }
    }
}
