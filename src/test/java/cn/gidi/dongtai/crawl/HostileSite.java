package cn.gidi.dongtai.crawl;

import cn.gidi.dongtai.preview.LoopbackServer;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A site on loopback that misbehaves in every way official sites do: pages that time out, reset the
 * connection, answer 500 or 429, redirect in a loop, are 50 MB, are binary, or declare the wrong
 * charset; plus a robots.txt and healthy pages. Counts the requests per path.
 */
public final class HostileSite implements AutoCloseable {

    public static final String ARTICLE_BODY = "<p>为加快数字经济发展，推进数据要素市场化配置改革，现印发本方案。"
            + "各地区各部门要加强算力基础设施建设，推动人工智能与实体经济深度融合。</p>"
            + "<p>方案提出，到2026年，数据产业规模年均增速超过20%，数据要素市场体系基本建成。</p>";

    private final LoopbackServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    public HostileSite() {
        server = new LoopbackServer("127.0.0.1", 0).route("/", this::handle).start();
    }

    public String url(String path) {
        return server.baseUrl() + path;
    }

    public int hits(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    /** A list page linking every page of the site, all dated 2024-05-30. */
    public static String listPage() {
        StringBuilder html = new StringBuilder("<html><body><ul>");
        String[][] links = {
            {"ok.html", "健康页面：关于加快数据要素市场建设的实施方案"},
            {"gbk-mislabelled.html", "声明UTF-8实为GBK：数字经济促进条例解读"},
            {"flaky.html", "首次503随后恢复：算力基础设施高质量发展意见"},
            {"busy.html", "首次429随后恢复：人工智能产业创新发展行动计划"},
            {"slow.html", "响应超时的页面：智慧城市建设指南"},
            {"reset.html", "连接被重置的页面：数据安全管理办法"},
            {"error.html", "总是500的页面：大数据产业发展规划"},
            {"loop.html", "循环重定向的页面：政务数据共享条例"},
            {"huge.html", "五十兆的页面：数字政府建设方案"},
            {"image.html", "其实是图片的页面：信息化标准建设计划"},
            {"private/secret.html", "robots禁止的页面：内部资料汇编"},
        };
        for (String[] l : links) {
            html.append("<li><a href=\"").append(l[0]).append("\">").append(l[1]).append("</a><span>2024-05-30</span></li>");
        }
        return html.append("</ul></body></html>").toString();
    }

    /** Each healthy page's own paragraph, so no two pages are one story (near-duplicates are merged). */
    private static final Map<String, String> OWN = Map.of(
            "关于加快数据要素市场建设的实施方案", "方案明确培育数据交易机构，完善数据产权登记、流通交易、收益分配和安全治理制度，建设省级数据交易平台。",
            "数字经济促进条例解读", "条例共九章六十条，围绕数字基础设施、数字产业化、产业数字化和治理数字化作出规定，自明年三月一日起施行。",
            "算力基础设施高质量发展意见", "意见要求优化数据中心布局，提升智能算力占比，推动算力网络互联互通，降低数据中心电能利用效率至一点二五以下。",
            "人工智能产业创新发展行动计划", "行动计划提出建设通用大模型开放平台，支持人形机器人、智能网联汽车和智能终端研发，培育一批专精特新企业。");

    private static String article(String title, String charsetDeclared) {
        return "<html><head><meta charset=\"" + charsetDeclared + "\"><meta name=\"ArticleTitle\" content=\"" + title
                + "\"><meta name=\"PubDate\" content=\"2024-05-30 09:00\"><meta name=\"ContentSource\" content=\"某省数据局\">"
                + "</head><body><div class=\"TRS_Editor\"><p>" + OWN.getOrDefault(title, "") + "</p>" + ARTICLE_BODY
                + "</div></body></html>";
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring(1);
        int n = hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        try (exchange) {
            switch (path) {
                case "robots.txt" -> send(exchange, 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
                case "list.html" -> send(exchange, 200, "text/html; charset=utf-8", listPage());
                case "today.html" -> send(exchange, 200, "text/html; charset=utf-8", "<ul><li><a href=\"ok.html\">"
                        + "关于加快数据要素市场建设的实施方案</a> " + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                        + "</li></ul>");
                case "ok.html" -> send(exchange, 200, "text/html; charset=utf-8",
                        article("关于加快数据要素市场建设的实施方案", "utf-8"));
                case "gbk-mislabelled.html" -> {
                    byte[] gbk = article("数字经济促进条例解读", "utf-8").getBytes(Charset.forName("GBK"));
                    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                    exchange.sendResponseHeaders(200, gbk.length);
                    exchange.getResponseBody().write(gbk);
                }
                case "flaky.html" -> {
                    if (n == 1) {
                        send(exchange, 503, "text/plain", "busy");
                    } else {
                        send(exchange, 200, "text/html; charset=utf-8", article("算力基础设施高质量发展意见", "utf-8"));
                    }
                }
                case "busy.html" -> {
                    if (n == 1) {
                        exchange.getResponseHeaders().set("Retry-After", "1");
                        send(exchange, 429, "text/plain", "slow down");
                    } else {
                        send(exchange, 200, "text/html; charset=utf-8", article("人工智能产业创新发展行动计划", "utf-8"));
                    }
                }
                case "slow.html" -> {
                    sleep(4_000);
                    send(exchange, 200, "text/html", "<p>too late</p>");
                }
                case "reset.html" -> exchange.getHttpContext().getServer(); // close without any response
                case "error.html" -> send(exchange, 500, "text/plain", "internal error");
                case "loop.html" -> {
                    exchange.getResponseHeaders().set("Location", "loop2.html");
                    exchange.sendResponseHeaders(302, -1);
                }
                case "loop2.html" -> {
                    exchange.getResponseHeaders().set("Location", "loop.html");
                    exchange.sendResponseHeaders(302, -1);
                }
                case "huge.html" -> {
                    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                    exchange.sendResponseHeaders(200, 0); // chunked, 50 MB
                    byte[] chunk = "<p>数据</p>".repeat(8_000).getBytes(StandardCharsets.UTF_8);
                    OutputStream out = exchange.getResponseBody();
                    try {
                        for (long sent = 0; sent < 50L * 1024 * 1024; sent += chunk.length) {
                            out.write(chunk);
                        }
                    } catch (IOException clientStoppedReading) {
                        // expected: the crawler stops at its size limit
                    }
                }
                case "image.html" -> {
                    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
                    exchange.getResponseHeaders().set("Content-Type", "image/png");
                    exchange.sendResponseHeaders(200, png.length);
                    exchange.getResponseBody().write(png);
                }
                default -> send(exchange, 404, "text/plain", "not found");
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        LoopbackServer.send(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
