package cn.gidi.dongtai.console;

import cn.gidi.dongtai.config.DongtaiProperties;
import cn.gidi.dongtai.crawl.CrawlReport;
import cn.gidi.dongtai.issue.IssueStore;
import cn.gidi.dongtai.mail.IssueMailer;
import cn.gidi.dongtai.mail.Subscriber;
import cn.gidi.dongtai.mail.SubscriberStore;
import cn.gidi.dongtai.render.IssueRenderer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/**
 * An issue's renditions, by name from a fixed list: nothing else under {@code output/} (work files, caches,
 * captures, mailboxes) can be fetched, and a file that is a symbolic link, or sits in a linked folder, is not
 * served. The e-mail is shown as a subscriber gets it, built by the same code as {@code send}.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class Renditions {

    private static final Map<String, MediaType> FILES = Map.of(
            IssueRenderer.HTML, MediaType.parseMediaType("text/html;charset=UTF-8"),
            IssueRenderer.PDF, MediaType.APPLICATION_PDF,
            IssueRenderer.EMAIL_HTML, MediaType.parseMediaType("text/html;charset=UTF-8"),
            IssueRenderer.EMAIL_TEXT, MediaType.parseMediaType("text/plain;charset=UTF-8"),
            IssueRenderer.MANIFEST, MediaType.parseMediaType("application/json;charset=UTF-8"),
            "crawl-report.json", MediaType.parseMediaType("application/json;charset=UTF-8"));

    private final Path outputRoot;
    private final IssueRenderer renderer;
    private final IssueStore store;
    private final IssueMailer mailer;
    private final SubscriberStore subscribers;

    Renditions(DongtaiProperties props, IssueRenderer renderer, IssueStore store, IssueMailer mailer,
               SubscriberStore subscribers) {
        this.outputRoot = props.paths().output().toAbsolutePath().normalize();
        this.renderer = renderer;
        this.store = store;
        this.mailer = mailer;
        this.subscribers = subscribers;
    }

    @GetMapping("/issues/{id}/files/{name:.+}")
    ResponseEntity<byte[]> file(@PathVariable String id, @PathVariable String name) throws IOException {
        MediaType type = FILES.get(name);
        if (type == null || !id.matches("\\d{4}-\\d{2,3}")) {
            return ResponseEntity.notFound().build();
        }
        Path file = safe(renderer.folder(id).resolve(name));
        if (file == null) {
            return ResponseEntity.notFound().build();
        }
        String download = name.equals(IssueRenderer.PDF) ? IssueRenderer.attachmentName(id) : name;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(download, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(Files.readAllBytes(file));
    }

    /** Browsers ask for it on every page; the console has none to show. */
    @GetMapping("/favicon.ico")
    ResponseEntity<Void> favicon() {
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/issues/{id}/email")
    String email(@PathVariable String id, Model model) throws MessagingException, IOException {
        store.requireDraft(id);
        List<Subscriber> list = subscribers.list();
        Subscriber sample = list.isEmpty() ? new Subscriber("subscriber@example.org", "订阅者", "") : list.get(0);
        MimeMessage m = mailer.compose(id, sample);
        model.addAttribute("id", id);
        model.addAttribute("from", String.join(", ", addresses(m.getFrom())));
        model.addAttribute("to", String.join(", ", addresses(m.getAllRecipients())));
        model.addAttribute("subject", m.getSubject());
        model.addAttribute("attachment", IssueRenderer.attachmentName(id));
        model.addAttribute("attachmentKb", Files.size(renderer.folder(id).resolve(IssueRenderer.PDF)) / 1024);
        return "preview-email";
    }

    @GetMapping("/issues/{id}/crawl")
    String crawl(@PathVariable String id, Model model) {
        Path file = safe(renderer.folder(id).resolve("crawl-report.json"));
        if (file == null) {
            throw new IllegalArgumentException("issue " + id + " has no crawl report (it was rendered from a draft only)");
        }
        CrawlReport report = JsonMapper.builder().build().readValue(file.toFile(), CrawlReport.class);
        model.addAttribute("id", id);
        model.addAttribute("report", report);
        model.addAttribute("failures", report.totalFailures());
        model.addAttribute("fetched", report.totalFetched());
        return "preview-crawl";
    }

    /** The file if it is a regular file reached without following any link below the output folder, else null. */
    private Path safe(Path file) {
        try {
            Path root = outputRoot;
            Path abs = file.toAbsolutePath().normalize();
            if (!abs.startsWith(root) || !Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            for (Path p = abs; p != null && !p.equals(root); p = p.getParent()) {
                if (Files.isSymbolicLink(p)) {
                    return null;
                }
            }
            return abs.toRealPath().startsWith(root.toRealPath()) ? abs : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static List<String> addresses(Address[] list) {
        List<String> out = new ArrayList<>();
        if (list != null) {
            for (Address a : list) {
                out.add(a instanceof InternetAddress ia ? ia.toUnicodeString() : a.toString());
            }
        }
        return out;
    }
}
