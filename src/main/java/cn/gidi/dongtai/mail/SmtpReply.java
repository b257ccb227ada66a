package cn.gidi.dongtai.mail;

/**
 * What the server made of one message. {@code code} is the SMTP reply code, or -1 when the connection
 * was lost (or could not be opened) before a reply came.
 */
record SmtpReply(Kind kind, int code, String text, boolean serverWide) {

    enum Kind { ACCEPTED, DEFERRED, REFUSED, CONNECTION_LOST, UNREACHABLE }

    /** A reply to the recipient (RCPT): about that address only. */
    static SmtpReply recipient(int code, String text) {
        SmtpReply r = of(code, text);
        return new SmtpReply(r.kind, code, r.text, code == 421);
    }

    static SmtpReply of(int code, String text) {
        Kind kind = code >= 200 && code < 300 ? Kind.ACCEPTED
                : code >= 400 && code < 500 ? Kind.DEFERRED
                : code >= 500 && code < 600 ? Kind.REFUSED : Kind.CONNECTION_LOST;
        return new SmtpReply(kind, code, text == null ? "" : text.trim(), true);
    }

    static SmtpReply unreachable(String why) {
        return new SmtpReply(Kind.UNREACHABLE, -1, why, true);
    }

    static SmtpReply lost(String why) {
        return new SmtpReply(Kind.CONNECTION_LOST, -1, why, true);
    }

    /** 421, 450, 451, 454: the server is busy or limiting us; the sender slows down. */
    boolean busy() {
        return code == 421 || code == 450 || code == 451 || code == 454;
    }

    /** The server closes the session after this reply. */
    boolean closesSession() {
        return code == 421 || code < 0;
    }

    String describe() {
        return code < 0 ? text : text.startsWith(String.valueOf(code)) ? text : code + " " + text;
    }
}
