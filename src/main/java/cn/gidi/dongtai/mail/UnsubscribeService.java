package cn.gidi.dongtai.mail;

import java.util.Optional;

/**
 * Honours the unsubscribe links in every message. The console serves {@code GET /unsubscribe/{token}}
 * (a confirmation page: {@link #check}) and {@code POST /unsubscribe/{token}} (RFC 8058 one-click:
 * {@link #unsubscribe}). A token that was altered or signed with another key is refused.
 */
public final class UnsubscribeService {

    /** Whom a token names, and whether they are (were) on that list. */
    public record Unsubscription(String email, String list, boolean subscribed) {
    }

    private final UnsubscribeTokens tokens;
    private final SubscriberStore subscribers;

    UnsubscribeService(UnsubscribeTokens tokens, SubscriberStore subscribers) {
        this.tokens = tokens;
        this.subscribers = subscribers;
    }

    /** Verifies a token without changing anything; empty if it is not genuine. */
    public Optional<Unsubscription> check(String token) {
        return tokens.verify(token).map(c -> new Unsubscription(c.email(), c.list(),
                subscribers.list(c.list()).stream().anyMatch(s -> s.email().equals(c.email()))));
    }

    /**
     * Takes the subscriber the token names off its list (idempotent: a second click changes nothing);
     * empty if the token is not genuine. {@code subscribed} says whether they were on the list before.
     */
    public Optional<Unsubscription> unsubscribe(String token) {
        return tokens.verify(token).map(c -> new Unsubscription(c.email(), c.list(),
                subscribers.unsubscribe(c.email(), c.list())));
    }
}
