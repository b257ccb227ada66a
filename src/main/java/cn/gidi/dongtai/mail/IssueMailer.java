package cn.gidi.dongtai.mail;

import cn.gidi.dongtai.config.DongtaiProperties;
import cn.gidi.dongtai.render.IssueRenderer;
import cn.gidi.dongtai.render.Manifest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Mails a rendered issue to every subscriber: one message each, HTML and text alternatives, the PDF
 * attached. Delivery is recorded per subscriber, so sending an issue again mails only those who have
 * not had it.
 */
public final class IssueMailer {

    private static final Logger log = LoggerFactory.getLogger(IssueMailer.class);

    private final JavaMailSender sender;
    private final DeliveryLog deliveries;
    private final IssueRenderer renderer;
    private final DongtaiProperties.Mail settings;

    public IssueMailer(JavaMailSender sender, DeliveryLog deliveries, IssueRenderer renderer,
                       DongtaiProperties.Mail settings) {
        this.sender = sender;
        this.deliveries = deliveries;
        this.renderer = renderer;
        this.settings = settings;
    }

    /** The rendered parts every message of an issue is built from. */
    private record Parts(String issueId, String subject, String html, String text, Path pdf) {
    }

    private Parts parts(String issueId) {
        Manifest manifest = renderer.manifest(issueId);
        if (manifest.itemCount() == 0) {
            throw new IllegalStateException("issue " + issueId + " has no items; nothing to send");
        }
        Path dir = renderer.folder(issueId);
        String subject = "《大数据发展动态》" + manifest.date().getYear() + "年" + manifest.date().getMonthValue() + "月"
                + manifest.date().getDayOfMonth() + "日 第" + manifest.number() + "期（总第" + manifest.total() + "期）";
        return new Parts(issueId, subject, read(dir.resolve(IssueRenderer.EMAIL_HTML)),
                read(dir.resolve(IssueRenderer.EMAIL_TEXT)), dir.resolve(IssueRenderer.PDF));
    }

    /** The message one subscriber would get, built exactly as {@link #send} builds it (for the preview). */
    public MimeMessage compose(String issueId, Subscriber subscriber) {
        try {
            return message(subscriber, parts(issueId));
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot build the message for issue " + issueId + ": " + e.getMessage(), e);
        }
    }

    public SendReport send(String issueId, List<Subscriber> subscribers, boolean dryRun) {
        Parts parts = parts(issueId);

        Map<String, DeliveryLog.Status> before = deliveries.statuses(issueId);
        int sent = 0;
        int already = 0;
        List<String> uncertain = new ArrayList<>();
        List<SendReport.Failure> failed = new ArrayList<>();
        List<String> wouldMail = new ArrayList<>();
        for (Subscriber s : subscribers) {
            DeliveryLog.Status status = before.get(s.email());
            if (status == DeliveryLog.Status.SENT) {
                already++;
                continue;
            }
            if (status == DeliveryLog.Status.SENDING) {
                uncertain.add(s.email());
                continue;
            }
            if (dryRun) {
                sent++;
                wouldMail.add(s.name() == null || s.name().isBlank() ? s.email() : s.name() + " <" + s.email() + ">");
                continue;
            }
            if (!deliveries.claim(issueId, s.email())) {
                already++; // another sender took it between our read and our claim
                continue;
            }
            try {
                MimeMessage message = message(s, parts);
                sender.send(message);
                deliveries.sent(issueId, s.email(), message.getMessageID());
                sent++;
                log.info("sent issue {} to {}", issueId, s.email());
                pause();
            } catch (MailException | MessagingException e) {
                String reason = reason(e);
                deliveries.failed(issueId, s.email(), reason);
                failed.add(new SendReport.Failure(s.email(), reason));
                log.info("issue {} to {} failed: {}", issueId, s.email(), reason);
                if (serverUnreachable(e)) {
                    throw new MailServerException("cannot reach the SMTP server (" + reason + "); " + sent
                            + " message(s) went out before it; check spring.mail.host/port "
                            + "(SPRING_MAIL_HOST, SPRING_MAIL_PORT) and run send again: nobody is mailed twice", e);
                }
            }
        }
        return new SendReport(issueId, subscribers.size(), sent, already, uncertain, failed, dryRun, wouldMail);
    }

    private MimeMessage message(Subscriber s, Parts parts) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        try {
            helper.setFrom(new InternetAddress(settings.from(), settings.fromName(), "UTF-8"));
            helper.setTo(s.name() == null || s.name().isBlank()
                    ? new InternetAddress(s.email())
                    : new InternetAddress(s.email(), s.name(), "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("cannot encode address", e);
        }
        helper.setSubject(parts.subject());
        helper.setText(parts.text(), parts.html());
        helper.addAttachment(IssueRenderer.attachmentName(parts.issueId()), parts.pdf().toFile());
        message.saveChanges();
        return message;
    }

    private void pause() {
        if (!settings.pause().isZero()) {
            try {
                Thread.sleep(settings.pause().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean serverUnreachable(Exception e) {
        if (e instanceof MailAuthenticationException) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || (t instanceof jakarta.mail.MessagingException me && me.getMessage() != null
                    && me.getMessage().startsWith("Could not connect"))) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Exception e) {
        Throwable t = e;
        String best = e.getMessage();
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null) {
                best = t.getMessage();
            }
        }
        return best == null ? e.getClass().getSimpleName() : best.replaceAll("\\s+", " ").trim();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + "; render the issue again", e);
        }
    }
}
