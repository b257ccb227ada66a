package cn.gidi.dongtai.mail;

import cn.gidi.dongtai.render.IssueRenderer;
import cn.gidi.dongtai.render.Manifest;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Prepares a rendered issue for mailing: reads {@code email.html}, {@code email.txt} and the PDF the
 * render stage wrote, and encodes the PDF once. Mail never renders: it only fills the merge tags
 * {@code {{name}}} and {@code {{unsubscribe_url}}} per subscriber.
 */
public final class IssueMailer {

    private final IssueRenderer renderer;
    private final MailSettings settings;
    private final UnsubscribeTokens tokens;
    private final DkimSigning dkim;

    public IssueMailer(IssueRenderer renderer, MailSettings settings) {
        this(renderer, settings, new UnsubscribeTokens(settings.unsubscribeSecret()));
    }

    IssueMailer(IssueRenderer renderer, MailSettings settings, UnsubscribeTokens tokens) {
        this.renderer = renderer;
        this.settings = settings;
        this.tokens = tokens;
        this.dkim = DkimSigning.of(settings.dkim());
    }

    /** The message one subscriber would get, built exactly as a send builds it (for the preview). */
    public MimeMessage compose(String issueId, Subscriber subscriber) {
        PreparedIssue issue = prepare(issueId);
        try {
            return issue.message(Session.getInstance(new Properties()), subscriber.email(), subscriber.name(),
                    settings.list(), issue.newMessageId());
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot build the message for issue " + issueId + ": " + e.getMessage(), e);
        }
    }

    PreparedIssue prepare(String issueId) {
        Manifest manifest = renderer.manifest(issueId);
        if (manifest.itemCount() == 0) {
            throw new IllegalStateException("issue " + issueId + " has no items; nothing to send");
        }
        Path dir = renderer.folder(issueId);
        String subject = "《大数据发展动态》" + manifest.date().getYear() + "年" + manifest.date().getMonthValue() + "月"
                + manifest.date().getDayOfMonth() + "日 第" + manifest.number() + "期（总第" + manifest.total() + "期）";
        byte[] pdf;
        try {
            pdf = Files.readAllBytes(dir.resolve(IssueRenderer.PDF));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + dir.resolve(IssueRenderer.PDF) + "; render the issue again", e);
        }
        return new PreparedIssue(issueId, subject, read(dir.resolve(IssueRenderer.EMAIL_HTML)),
                read(dir.resolve(IssueRenderer.EMAIL_TEXT)), pdf, IssueRenderer.attachmentName(issueId), settings, tokens, dkim);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + "; render the issue again", e);
        }
    }
}
