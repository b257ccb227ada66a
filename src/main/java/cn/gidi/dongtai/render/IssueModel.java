package cn.gidi.dongtai.render;

import cn.gidi.dongtai.classify.Section;
import cn.gidi.dongtai.concurrent.Threads;
import cn.gidi.dongtai.files.FigureStore;
import cn.gidi.dongtai.text.HtmlSanitizer;
import cn.gidi.dongtai.issue.Issue;
import cn.gidi.dongtai.issue.IssueItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every template sees: the issue flattened into display strings, so templates hold no logic. Article
 * bodies are sanitized again here, because an editor may have changed the draft by hand.
 */
public final class IssueModel {

    /**
     * One item for the templates. {@code printTitle} is the title with its last characters (at least three)
     * joined by zero-width no-break spaces, so a printed title never ends on a line of two characters or fewer.
     * {@code page} is the printed page number (first article page 01); {@code notes} what the body lost.
     */
    public record ItemView(String key, String section, String title, String printTitle, String source,
                           String url, String publishedAt, String editorNote, String bodyHtml, String bodyLead,
                           String bodyLast, String qr, String page, List<String> notes) {
    }

    public record SectionView(String name, List<ItemView> items) {
    }

    private IssueModel() {
    }

    static Map<String, Object> of(Issue issue, Masthead masthead, Map<String, Integer> pages, String pdfName) {
        return of(issue, masthead, pages, pdfName, new FigureStore(java.nio.file.Path.of("nonexistent-figure-store")));
    }

    /** As above, with the figures the crawl stored ({@code figures}) shown in the bodies. */
    static Map<String, Object> of(Issue issue, Masthead masthead, Map<String, Integer> pages, String pdfName,
                                  FigureStore figures) {
        return of(issue, masthead, items(issue, figures), pages, pdfName);
    }

    /**
     * The items made ready for the page (sanitized, figures placed, QR codes made) without their page numbers:
     * a render lays the PDF out more than once and then writes the web page and the e-mail from the same items,
     * so it prepares them once ({@link #of(Issue, Masthead, Prepared, Map, String)} adds the pages).
     */
    static Prepared items(Issue issue, FigureStore figures) {
        List<Map.Entry<Section, IssueItem>> all = new ArrayList<>();
        issue.bySection().forEach((section, items) -> items.forEach(it -> all.add(Map.entry(section, it))));
        // Each item is made ready on its own (a cold process spends a quarter of a second here): on the machine's
        // cores, in the issue's order.
        List<ItemView> views = Threads.map("render-prepare", all, e -> item(e.getKey(), e.getValue(), figures));
        Map<Section, List<ItemView>> bySection = new java.util.LinkedHashMap<>();
        issue.bySection().keySet().forEach(section -> bySection.put(section, new ArrayList<>()));
        for (int i = 0; i < all.size(); i++) {
            bySection.get(all.get(i).getKey()).add(views.get(i));
        }
        return new Prepared(issue, bySection);
    }

    private static ItemView item(Section section, IssueItem it, FigureStore figures) {
        ArticleBody.Prepared body = body(it.bodyHtml() == null ? "" : it.bodyHtml(), it.url() == null ? "" : it.url(),
                figures);
        int split = keepTogetherFrom(it.title());
        String qr = it.url() == null ? null : QrCodes.dataUri(it.url());
        List<String> notes = new ArrayList<>(body.notes());
        if (it.url() != null && qr == null) {
            notes.add("原文链接 too long for a QR code: printed without one");
        }
        return new ItemView(it.key(), section.label(), it.title(), it.title().substring(0, split)
                + joined(it.title().substring(split)), it.source(), it.url(),
                it.publishedAt() == null ? "" : it.publishedAt().toString(), it.editorNote(), body.html(), body.lead(),
                body.last(), qr, "", List.copyOf(notes));
    }

    /**
     * Bodies made ready so far, by body, URL and figure folder: the console re-renders an issue after each edit, and
     * most of its bodies have not changed. Only a body that lost nothing is kept (a figure stored later must show).
     */
    private static final Map<List<Object>, ArticleBody.Prepared> BODIES = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<Object>, ArticleBody.Prepared> eldest) {
                    return size() > 200;
                }
            });

    private static ArticleBody.Prepared body(String html, String url, FigureStore figures) {
        List<Object> key = List.of(html, url, figures.folder());
        ArticleBody.Prepared known = BODIES.get(key);
        if (known != null) {
            return known;
        }
        ArticleBody.Prepared made = ArticleBody.prepare(HtmlSanitizer.clean(html, url), figures);
        if (made.notes().isEmpty()) {
            BODIES.put(key, made);
        }
        return made;
    }

    /** An issue's items ready for the page, by section (see {@link #items}). */
    record Prepared(Issue issue, Map<Section, List<ItemView>> bySection) {
    }

    static Map<String, Object> of(Issue issue, Masthead masthead, Prepared prepared, Map<String, Integer> pages,
                                  String pdfName) {
        List<SectionView> sections = new ArrayList<>();
        List<ItemView> all = new ArrayList<>();
        for (Map.Entry<Section, List<ItemView>> e : prepared.bySection().entrySet()) {
            List<ItemView> items = new ArrayList<>();
            for (ItemView p : e.getValue()) {
                Integer page = pages.get(p.key());
                ItemView v = new ItemView(p.key(), p.section(), p.title(), p.printTitle(), p.source(), p.url(),
                        p.publishedAt(), p.editorNote(), p.bodyHtml(), p.bodyLead(), p.bodyLast(), p.qr(),
                        page == null ? "" : String.format("%02d", page), p.notes());
                items.add(v);
                all.add(v);
            }
            if (!items.isEmpty()) {
                sections.add(new SectionView(e.getKey().label(), items));
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("id", issue.id());
        model.put("dateCn", chineseDate(issue.date()));
        model.put("date", issue.date().toString());
        model.put("number", issue.number());
        model.put("total", issue.total());
        model.put("week", issue.weekStart() + " 至 " + issue.weekEnd());
        String leadKey = issue.lead() == null ? null : issue.lead().key();
        model.put("lead", all.stream().filter(v -> v.key().equals(leadKey)).findFirst().orElse(null));
        model.put("sections", sections);
        model.put("items", all);
        model.put("masthead", masthead);
        // Document metadata (PDF info, HTML meta): the editors as author, the sections as keywords.
        model.put("author", String.join("、", masthead.roles().stream()
                .filter(r -> r.role().equals("主编") || r.role().equals("联合主编"))
                .flatMap(r -> r.names().stream()).toList()));
        model.put("subject", masthead.subtitle() + "：数字经济政策周报（" + issue.weekStart() + " 至 " + issue.weekEnd() + "）");
        model.put("keywords", String.join(", ", java.util.stream.Stream.concat(
                java.util.stream.Stream.of(masthead.title(), "大数据", "数字经济"),
                sections.stream().map(SectionView::name)).toList()));
        model.put("pdfName", pdfName);
        model.put("attachmentName", IssueRenderer.attachmentName(issue.id()));
        return model;
    }

    /**
     * Where a title's unbreakable tail starts: its last three characters, extended leftwards while the tail
     * would begin inside a run of Latin letters or digits ("2024") or with closing punctuation.
     */
    static int keepTogetherFrom(String title) {
        int n = title.codePointCount(0, title.length());
        if (n <= 3) {
            return 0;
        }
        int at = title.offsetByCodePoints(title.length(), -3);
        for (int extended = 0; at > 0 && extended < 8; extended++) {
            int first = title.codePointAt(at);
            int before = title.codePointBefore(at);
            boolean insideWord = Character.isLetterOrDigit(first) && !Character.isIdeographic(first)
                    && Character.isLetterOrDigit(before) && !Character.isIdeographic(before);
            boolean closing = "，。、；：？！）》」』】〕”’%．·—…".indexOf(first) >= 0;
            boolean afterOpening = "（《「『【〔“‘".indexOf(before) >= 0;
            if (!insideWord && !closing && !afterOpening) {
                break;
            }
            at = title.offsetByCodePoints(at, -1);
        }
        return at;
    }

    /** The text with U+FEFF between its characters: Java's line breaker (which Flying Saucer uses) never breaks there. */
    static String joined(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (!out.isEmpty()) {
                out.append('\uFEFF');
            }
            out.appendCodePoint(cp);
        });
        return out.toString();
    }

    static String chineseDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
