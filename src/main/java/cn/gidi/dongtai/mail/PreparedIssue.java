package cn.gidi.dongtai.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.PreencodedMimeBodyPart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

/**
 * One issue ready to mail: subject, the two bodies with their merge tags, and the PDF already
 * base64-encoded (once per issue, shared read-only by every message and every sender thread).
 */
final class PreparedIssue {

    static final String NAME_TAG = "{{name}}";
    static final String UNSUBSCRIBE_TAG = "{{unsubscribe_url}}";
    /** Greeting when a subscriber's name is unknown. */
    static final String NO_NAME = "读者";

    static {
        // Every new MIME part asks Jakarta Mail for its stream provider, which by default scans the whole
        // class path with a ServiceLoader (about 2 ms a part, 10 ms a message). Naming the provider skips that.
        if (System.getProperty("jakarta.mail.util.StreamProvider") == null) {
            System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final String issueId;
    private final String subject;
    private final String html;
    private final String text;
    private final byte[] encodedPdf;
    private final String attachmentName;
    private final MailSettings settings;
    private final UnsubscribeTokens tokens;
    private final String domain;
    /** Null: messages go out unsigned. */
    private final DkimSigning dkim;

    PreparedIssue(String issueId, String subject, String html, String text, byte[] pdf, String attachmentName,
                  MailSettings settings, UnsubscribeTokens tokens) {
        this(issueId, subject, html, text, pdf, attachmentName, settings, tokens, null);
    }

    PreparedIssue(String issueId, String subject, String html, String text, byte[] pdf, String attachmentName,
                  MailSettings settings, UnsubscribeTokens tokens, DkimSigning dkim) {
        this.dkim = dkim;
        this.issueId = issueId;
        this.subject = subject;
        this.html = html;
        this.text = text;
        this.encodedPdf = Base64.getMimeEncoder(76, new byte[] {'\r', '\n'}).encode(pdf);
        this.attachmentName = attachmentName;
        this.settings = settings;
        this.tokens = tokens;
        String from = settings.from();
        this.domain = from.substring(from.indexOf('@') + 1);
    }

    String issueId() {
        return issueId;
    }

    String newMessageId() {
        return "<dongtai." + issueId + "." + UUID.randomUUID() + "@" + domain + ">";
    }

    /** Size of the encoded attachment, for figures. */
    int encodedPdfBytes() {
        return encodedPdf.length;
    }

    MimeMessage message(Session session, String email, String name, String list, String messageId)
            throws MessagingException {
        return build(session, email, name, list, messageId, encodedPdf);
    }

    /**
     * The message as the bytes of an SMTP DATA section (CRLF lines, dot-stuffed, without the final "."):
     * the per-subscriber part is written by Jakarta Mail with a placeholder for the attachment, and the
     * issue's encoded PDF is spliced in where the placeholder stood, never copied or scanned again
     * (base64 lines cannot begin with a dot, so it needs no stuffing).
     */
    Wire wire(Session session, String email, String name, String list, String messageId) throws MessagingException {
        Template t = template(session);
        String token = token(email, list);
        String greeting = greeting(name);
        if (t != null && Template.SAFE.matcher(token).matches() && Template.SAFE.matcher(list).matches()
                && Template.plainGreeting(greeting) && Template.plainId(messageId)) {
            Template.Rendered r = t.render(address(email, name), list, messageId, token, greeting);
            return sign(r.head(), t.tail, r.dots(), t);
        }
        return jakartaWire(session, email, name, list, messageId);
    }

    /** The same message built by Jakarta Mail itself, then cut at the attachment (the way every message was made before). */
    Wire jakartaWire(Session session, String email, String name, String list, String messageId) throws MessagingException {
        MimeMessage m = build(session, email, name, list, messageId, PLACEHOLDER);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(16 * 1024);
        try {
            m.writeTo(out);
        } catch (java.io.IOException e) {
            throw new MessagingException("cannot write the message", e);
        }
        byte[] all = out.toByteArray();
        int at = indexOf(all, PLACEHOLDER);
        if (at < 0) {
            throw new MessagingException("the attachment's place was not found in the message");
        }
        byte[] head = lines(java.util.Arrays.copyOfRange(all, 0, at));
        boolean pdfEndsLine = encodedPdf.length > 0 && encodedPdf[encodedPdf.length - 1] == '\n';
        byte[] tail = endWithCrlf(lines(java.util.Arrays.copyOfRange(all, at + PLACEHOLDER.length, all.length)));
        return sign(head, new Stuffed(tail, stuff(tail, pdfEndsLine)), true, null);
    }

    /** The tail after the attachment, before and after dot-stuffing. */
    record Stuffed(byte[] plain, byte[] stuffed) {
    }

    /**
     * With DKIM, the signature header goes before the head; then the head is dot-stuffed for the wire. A message
     * filled into {@code template} ends as all of them do, so its canonical end is the template's, made once.
     */
    private Wire sign(byte[] head, Stuffed tail, boolean dots, Template template) throws MessagingException {
        if (dkim != null) {
            try {
                byte[] signature = template == null ? dkim.signatureHeader(head, encodedPdf, tail.plain())
                        : dkim.signatureHeader(head, template.dkimEnd(dkim, encodedPdf));
                byte[] signed = java.util.Arrays.copyOf(signature, signature.length + head.length);
                System.arraycopy(head, 0, signed, signature.length, head.length);
                head = signed;
            } catch (java.io.IOException e) {
                throw new MessagingException(e.getMessage(), e);
            }
        }
        // Without a line that begins with "." (the template knows), stuffing would find nothing: not scanned.
        return new Wire(head, encodedPdf, tail.plain(), dots || dkim != null ? stuff(head, true) : head, tail.stuffed());
    }

    private String token(String email, String list) {
        return tokens.configured() ? tokens.token(email, list) : "unsubscribe-key-not-configured";
    }

    private static String greeting(String name) {
        return name == null || name.isBlank() ? NO_NAME : name;
    }

    private static InternetAddress address(String email, String name) throws MessagingException {
        try {
            return name == null || name.isBlank() ? new InternetAddress(email) : new InternetAddress(email, name, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("cannot encode an address", e);
        }
    }

    private String unsubscribeHeader(String token) {
        // RFC 2369 and RFC 8058: one-click unsubscribe by HTTPS POST, or by mail.
        return "<mailto:" + settings.unsubscribeMailto() + "?subject="
                + URLEncoder.encode("unsubscribe " + token, StandardCharsets.UTF_8).replace("+", "%20") + ">, <"
                + settings.unsubscribeUrl() + token + ">";
    }

    private volatile Template template;

    /** The issue's message template for this session (made once); null: not usable, Jakarta Mail builds each message. */
    private Template template(Session session) throws MessagingException {
        Template t = template;
        if (t == null || t.session != session) {
            t = Template.make(this, session, settings.unsubscribeUrl());
            template = t;
        }
        return t.usable ? t : null;
    }

    /**
     * The message as SMTP DATA: {@code stuffedHead}, the shared {@code pdf}, {@code stuffedTail}; {@code head} and
     * {@code tail} are the same before dot-stuffing (what a TLS connection hands Jakarta Mail, which stuffs them).
     */
    record Wire(byte[] head, byte[] pdf, byte[] tail, byte[] stuffedHead, byte[] stuffedTail) {
        long size() {
            return (long) stuffedHead.length + pdf.length + stuffedTail.length;
        }

        /** As SMTP DATA (dot-stuffed), without the final ".". */
        void writeTo(java.io.OutputStream out) throws java.io.IOException {
            out.write(stuffedHead);
            out.write(pdf);
            out.write(stuffedTail);
        }

        /** The message itself (RFC 5322), as a receiver stores it. */
        void writeMessageTo(java.io.OutputStream out) throws java.io.IOException {
            out.write(head);
            out.write(pdf);
            out.write(tail);
        }
    }

    /** The wire bytes as a message for Jakarta Mail's transport (TLS connections): it writes them as they are. */
    private static final class WireMessage extends MimeMessage {
        private final Wire wire;

        WireMessage(Session session, Wire wire, String from) throws MessagingException {
            super(session);
            this.wire = wire;
            setFrom(new InternetAddress(from)); // the envelope sender, as the transport reads it
        }

        @Override
        public void writeTo(java.io.OutputStream os) throws java.io.IOException {
            wire.writeMessageTo(os);
        }

        @Override
        public void writeTo(java.io.OutputStream os, String[] ignoreList) throws java.io.IOException {
            wire.writeMessageTo(os);
        }
    }

    /** One subscriber's message, made the first time it is asked for in the form the connection writes. */
    Letter letter(Session session, String email, String name, String list, String messageId) {
        return new Letter(session, email, name, list, messageId);
    }

    final class Letter {
        private final Session session;
        private final String email;
        private final String name;
        private final String list;
        private final String messageId;
        private MimeMessage mime;
        private Wire wire;

        private Letter(Session session, String email, String name, String list, String messageId) {
            this.session = session;
            this.email = email;
            this.name = name;
            this.list = list;
            this.messageId = messageId;
        }

        /** The envelope sender (MAIL FROM), as Jakarta Mail takes it: mail.smtp.from, else From. */
        String envelopeFrom() {
            String configured = session.getProperty("mail.smtp.from");
            return configured != null && !configured.isBlank() ? configured : settings.from();
        }

        /** For Jakarta Mail's transport (TLS): the same bytes as {@link #wire()}, signed alike. */
        MimeMessage mime() throws MessagingException {
            if (mime == null) {
                mime = new WireMessage(session, wire(), envelopeFrom());
            }
            return mime;
        }

        Wire wire() throws MessagingException {
            if (wire == null) {
                wire = PreparedIssue.this.wire(session, email, name, list, messageId);
            }
            return wire;
        }
    }

    /** Stands for the attachment while the rest of the message is written; cannot occur in base64 or QP. */
    static final byte[] PLACEHOLDER = "#dongtai-attachment-placeholder#".getBytes(StandardCharsets.US_ASCII);

    /**
     * Every line ended by CRLF (RFC 5322; Jakarta Mail writes 7bit text with the template's bare line feeds,
     * which its transport would convert).
     */
    static byte[] lines(byte[] b) {
        byte[] out = new byte[b.length + (b.length >> 4) + 16];
        int o = 0;
        for (int i = 0; i < b.length; i++) {
            if (o + 2 > out.length) {
                out = java.util.Arrays.copyOf(out, out.length + (out.length >> 1) + 16);
            }
            byte c = b[i];
            if (c == '\r' || c == '\n') {
                out[o++] = '\r';
                out[o++] = '\n';
                if (c == '\r' && i + 1 < b.length && b[i + 1] == '\n') {
                    i++;
                }
                continue;
            }
            out[o++] = c;
        }
        return o == out.length ? out : java.util.Arrays.copyOf(out, o);
    }

    /**
     * Dot-stuffing of CRLF text as SMTP DATA wants it (RFC 5321 4.5.2): a line that begins with "." gets one more
     * ({@code atLineStart}: whether the text's first byte begins a line). The same array when no line begins with
     * "." (the usual case: base64 and header lines never do), else a copy.
     */
    static byte[] stuff(byte[] b, boolean atLineStart) {
        int dots = atLineStart && b.length > 0 && b[0] == '.' ? 1 : 0;
        for (int i = 1; i < b.length; i++) {
            if (b[i] == '.' && b[i - 1] == '\n') {
                dots++;
            }
        }
        if (dots == 0) {
            return b;
        }
        byte[] out = new byte[b.length + dots];
        int o = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '.' && (i == 0 ? atLineStart : b[i - 1] == '\n')) {
                out[o++] = '.';
            }
            out[o++] = b[i];
        }
        return out;
    }

    /** Line ends made CRLF, then dot-stuffed: text as it goes through SMTP DATA. */
    static byte[] dotStuff(byte[] b, boolean atLineStart) {
        return stuff(lines(b), atLineStart);
    }

    static byte[] endWithCrlf(byte[] b) {
        if (b.length >= 2 && b[b.length - 2] == '\r' && b[b.length - 1] == '\n') {
            return b;
        }
        byte[] c = java.util.Arrays.copyOf(b, b.length + 2);
        c[b.length] = '\r';
        c[b.length + 1] = '\n';
        return c;
    }

    static int indexOf(byte[] all, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= all.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (all[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private MimeMessage build(Session session, String email, String name, String list, String messageId, byte[] pdfData)
            throws MessagingException {
        String token = token(email, list);
        String unsubscribeUrl = settings.unsubscribeUrl() + token;
        String greetingName = greeting(name);
        return build(session, address(email, name), list, messageId, pdfData, token, new Date(),
                text.replace(NAME_TAG, greetingName).replace(UNSUBSCRIBE_TAG, unsubscribeUrl),
                html.replace(NAME_TAG, escape(greetingName)).replace(UNSUBSCRIBE_TAG, escape(unsubscribeUrl)));
    }

    /** The message as Jakarta Mail builds it; {@link Template} calls it once per issue with stand-ins for what varies. */
    MimeMessage build(Session session, InternetAddress to, String list, String messageId, byte[] pdfData, String token,
                      Date date, String textBody, String htmlBody) throws MessagingException {
        MimeMessage m = new FixedIdMessage(session, messageId);
        try {
            m.setFrom(new InternetAddress(settings.from(), settings.fromName(), "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("cannot encode an address", e);
        }
        if (!settings.replyTo().isBlank()) {
            m.setReplyTo(new InternetAddress[] {new InternetAddress(settings.replyTo(), true)});
        }
        m.setRecipient(MimeMessage.RecipientType.TO, to);
        m.setSubject(subject, "UTF-8");
        m.setSentDate(date);
        m.setHeader("List-Unsubscribe", unsubscribeHeader(token));
        m.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        m.setHeader("List-Id", "<" + list + "." + domain + ">");

        MimeBodyPart textPart = new MimeBodyPart();
        textPart.setText(textBody, "UTF-8");
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setText(htmlBody, "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative", textPart, htmlPart);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);

        PreencodedMimeBodyPart pdf = new PreencodedMimeBodyPart("base64");
        pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(pdfData, "application/pdf")));
        pdf.setHeader("Content-Type", "application/pdf");
        // Said before saveChanges: otherwise Jakarta Mail reads the whole attachment to choose an encoding.
        pdf.setHeader("Content-Transfer-Encoding", "base64");
        pdf.setDisposition(MimeBodyPart.ATTACHMENT);
        pdf.setFileName(attachmentName);

        m.setContent(new MimeMultipart(body, pdf));
        m.saveChanges();
        return m;
    }

    String text() {
        return text;
    }

    String html() {
        return html;
    }

    byte[] encodedPdf() {
        return encodedPdf;
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A message whose Message-ID is the one recorded in the ledger, also when it is sent again. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
