package cn.gidi.dongtai.preview;

import cn.gidi.dongtai.mail.IssueMailer;
import cn.gidi.dongtai.mail.Subscriber;
import cn.gidi.dongtai.render.IssueRenderer;
import cn.gidi.dongtai.render.Manifest;
import cn.gidi.dongtai.render.Templates;
import com.sun.net.httpserver.HttpExchange;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import cn.gidi.dongtai.crawl.CrawlReport;
import tools.jackson.databind.json.JsonMapper;

/**
 * The editor's preview: an index of rendered issues and, for each, its web page, its PDF and its e-mail
 * as a subscriber sees it (headers and body of the very message {@code send} would build).
 */
public final class PreviewServer {

    private final Path outputRoot;
    private final Templates templates;
    private final IssueMailer mailer;
    private final IssueRenderer renderer;
    private final List<Subscriber> subscribers;

    public PreviewServer(Path outputRoot, Templates templates, IssueMailer mailer, IssueRenderer renderer,
                         List<Subscriber> subscribers) {
        this.outputRoot = outputRoot;
        this.templates = templates;
        this.mailer = mailer;
        this.renderer = renderer;
        this.subscribers = subscribers;
    }

    public LoopbackServer start(String bind, int port) {
        return new LoopbackServer(bind, port)
                .route("/", this::handle)
                .start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/") || path.equals("/index.html")) {
                html(exchange, templates.render("preview-index.ftlh", Map.of("issues", issues())));
                return;
            }
            String[] parts = path.substring(1).split("/", 2);
            if (parts.length == 2 && parts[1].equals("email") && isIssue(parts[0])) {
                html(exchange, templates.render("preview-email.ftlh", emailModel(parts[0])));
                return;
            }
            if (parts.length == 2 && parts[1].equals("crawl") && isIssue(parts[0])) {
                html(exchange, templates.render("preview-crawl.ftlh", crawlModel(parts[0])));
                return;
            }
            Path file = outputRoot.toAbsolutePath().normalize().resolve(path.substring(1)).normalize();
            if (!file.startsWith(outputRoot.toAbsolutePath().normalize()) || !Files.isRegularFile(file)
                    || file.toString().contains("/.")) {
                LoopbackServer.send(exchange, 404, "text/plain; charset=utf-8",
                        ("not found: " + path).getBytes(StandardCharsets.UTF_8));
                return;
            }
            String name = file.getFileName().toString();
            String type = name.endsWith(".pdf") ? "application/pdf"
                    : name.endsWith(".json") ? "application/json; charset=utf-8"
                    : name.endsWith(".txt") ? "text/plain; charset=utf-8"
                    : name.endsWith(".html") ? "text/html; charset=utf-8" : "application/octet-stream";
            LoopbackServer.send(exchange, 200, type, Files.readAllBytes(file));
        } catch (RuntimeException e) {
            LoopbackServer.send(exchange, 500, "text/plain; charset=utf-8",
                    ("preview failed: " + e.getMessage()).getBytes(StandardCharsets.UTF_8));
        }
    }

    private boolean isIssue(String id) {
        return id.matches("\\d{4}-\\d{2,3}") && Files.isRegularFile(outputRoot.resolve(id).resolve(IssueRenderer.MANIFEST));
    }

    private List<Manifest> issues() throws IOException {
        if (!Files.isDirectory(outputRoot)) {
            return List.of();
        }
        List<Manifest> list = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(outputRoot)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                String id = d.getFileName().toString();
                if (isIssue(id)) {
                    list.add(renderer.manifest(id));
                }
            }
        }
        list.sort(Comparator.comparing(Manifest::date).reversed());
        return list;
    }

    private Map<String, Object> emailModel(String id) {
        Subscriber sample = subscribers.isEmpty()
                ? new Subscriber("subscriber@example.org", "订阅者", "") : subscribers.get(0);
        MimeMessage m = mailer.compose(id, sample);
        Map<String, Object> model = new HashMap<>();
        try {
            model.put("id", id);
            model.put("from", String.join(", ", addresses(m.getFrom())));
            model.put("to", String.join(", ", addresses(m.getAllRecipients())));
            model.put("subject", m.getSubject());
            model.put("attachment", IssueRenderer.attachmentName(id));
            model.put("attachmentKb", Files.size(outputRoot.resolve(id).resolve(IssueRenderer.PDF)) / 1024);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read the message for " + id + ": " + e.getMessage(), e);
        }
        return model;
    }

    private Map<String, Object> crawlModel(String id) {
        Path file = outputRoot.resolve(id).resolve("crawl-report.json");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("issue " + id + " has no crawl report (it was rendered from a draft only)");
        }
        CrawlReport report = JsonMapper.builder().build().readValue(file.toFile(), CrawlReport.class);
        return Map.of("id", id, "report", report,
                "failures", report.totalFailures(), "fetched", report.totalFetched());
    }

    private static List<String> addresses(jakarta.mail.Address[] list) {
        List<String> out = new ArrayList<>();
        if (list != null) {
            for (jakarta.mail.Address a : list) {
                out.add(a instanceof jakarta.mail.internet.InternetAddress ia ? ia.toUnicodeString() : a.toString());
            }
        }
        return out;
    }

    private static void html(HttpExchange exchange, String body) throws IOException {
        LoopbackServer.send(exchange, 200, "text/html; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }
}
