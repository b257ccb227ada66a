package cn.gidi.dongtai.mail;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How issues are mailed (prefix {@code dongtai.mail}). The SMTP server itself is Spring Boot's
 * {@code spring.mail.*}. The unsubscribe key is a secret: set it from the environment
 * ({@code DONGTAI_MAIL_UNSUBSCRIBE_SECRET}), never in a file in git.
 */
@ConfigurationProperties("dongtai.mail")
public record MailSettings(
        @DefaultValue("dongtai@gidi.example.org") String from,
        @DefaultValue("大数据发展动态") String fromName,
        /* Where replies go; empty: to From. */
        @DefaultValue("") String replyTo,
        /* The list (brief) that send, the schedule and the pipeline mail unless told otherwise. */
        @DefaultValue("dongtai") String list,
        /* HMAC key of unsubscribe tokens (at least 16 characters). Required to send. */
        @DefaultValue("") String unsubscribeSecret,
        /* Public base of the unsubscribe pages; the token is appended. */
        @DefaultValue("https://dongtai.gidi.example.org/unsubscribe/") String unsubscribeUrl,
        /* Mailbox that takes unsubscribe requests by mail (List-Unsubscribe mailto). */
        @DefaultValue("unsubscribe@gidi.example.org") String unsubscribeMailto,
        /* SMTP connections used in parallel; each is kept open and reused across messages. */
        @DefaultValue("4") int connections,
        /* Messages per second over all connections; 0: as fast as the server takes them. */
        @DefaultValue("0") double rate,
        /* Subscribers handed to the senders per chunk of the batch step. A chunk ends when its slowest connection
           is done, the others waiting: at 32 (8 a connection) that idled about a tenth of the senders' time. */
        @DefaultValue("256") int chunkSize,
        /* Attempts before a subscriber whose server keeps answering 4xx is marked failed. */
        @DefaultValue("8") int maxAttempts,
        /* Wait before the first retry of a deferred (4xx) message; doubles per attempt up to maxBackoff. */
        @DefaultValue("30s") Duration retryBackoff,
        @DefaultValue("30m") Duration maxBackoff,
        /* A run waits for deferred messages that fall due within this time; later ones wait for the next run. */
        @DefaultValue("5m") Duration maxWaitInRun,
        /* Failures in a row (connection lost and not regained, 421, 5xx) after which the run stops. */
        @DefaultValue("20") int stopAfterFailures,
        /* DKIM signing (RFC 6376); off unless domain, selector and a key are set. */
        @DefaultValue Dkim dkim) {

    /**
     * {@code dongtai.mail.dkim.*}: every message is signed (rsa-sha256, relaxed/relaxed) for {@code domain}
     * with the key published at {@code selector._domainkey.domain}. The private key (PKCS#8 PEM) comes from
     * {@code private-key} (the environment: {@code DONGTAI_MAIL_DKIM_PRIVATE_KEY}) or {@code private-key-file};
     * it is never logged.
     */
    public record Dkim(@DefaultValue("") String domain, @DefaultValue("") String selector,
                       @DefaultValue("") String privateKey, @DefaultValue("") String privateKeyFile) {

        /** Whether signing is asked for (any key set); {@link DkimSigning} says what is missing. */
        boolean requested() {
            return !domain.isBlank() || !selector.isBlank() || !privateKey.isBlank() || !privateKeyFile.isBlank();
        }

        @Override
        public String toString() {
            return "Dkim[domain=" + domain + ", selector=" + selector + ", privateKey=" + (privateKey.isBlank() ? "" : "(set)")
                    + ", privateKeyFile=" + privateKeyFile + "]";
        }
    }

    /** Settings from {@code dongtai.mail.*} keys (e.g. {@code "from"}), the defaults for the rest: for tests and tools. */
    public static MailSettings of(Map<String, String> keys) {
        Map<String, String> prefixed = new HashMap<>();
        keys.forEach((k, v) -> prefixed.put("dongtai.mail." + k, v));
        return new Binder(new MapConfigurationPropertySource(prefixed)).bindOrCreate("dongtai.mail", MailSettings.class);
    }
}
