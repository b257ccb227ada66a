package cn.gidi.dongtai.archive;

import cn.gidi.dongtai.files.AtomicFiles;
import cn.gidi.dongtai.issue.Draft;
import cn.gidi.dongtai.issue.IssueStatus;
import cn.gidi.dongtai.issue.IssueStore;
import cn.gidi.dongtai.render.IssueRenderer;
import cn.gidi.dongtai.render.Manifest;
import cn.gidi.dongtai.render.Templates;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The public archive: every approved (or sent) issue whose rendered files are still the approved ones, as a
 * static site any web server can serve — {@code index.html} by year, {@code YYYY/ID/index.html} (the web
 * edition) and its PDF, and an Atom feed {@code atom.xml}. Drafts and anything unapproved never go there.
 */
public final class Archive {

    /** One published issue, for the index template. */
    public record Entry(String id, String year, String title, String date, String page, String pdf, int items,
                        List<String> headlines) {
    }

    /** What a publication wrote. */
    public record Published(Path folder, List<String> issues, List<String> skipped) {
    }

    private final IssueStore store;
    private final IssueRenderer renderer;
    private final Templates templates;
    private final String publicBaseUrl;

    public Archive(IssueStore store, IssueRenderer renderer, Templates templates, String publicBaseUrl) {
        this.store = store;
        this.renderer = renderer;
        this.templates = templates;
        this.publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? ""
                : (publicBaseUrl.endsWith("/") ? publicBaseUrl : publicBaseUrl + "/");
    }

    public Published publish(Path folder) {
        List<Entry> entries = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<String, Instant> approvedAt = new LinkedHashMap<>();
        for (Draft d : store.drafts()) {
            if (d.state() == IssueStatus.DRAFT || d.index().approval() == null) {
                continue;
            }
            String id = d.id();
            Manifest m;
            try {
                m = renderer.manifest(id);
            } catch (IllegalArgumentException e) {
                skipped.add(id + ": not rendered (render --issue " + id + ")");
                continue;
            }
            if (!d.index().approval().digest().equals(m.digest())
                    || !d.index().approval().digest().equals(d.issue().digest())) {
                skipped.add(id + ": its draft or rendered files changed after approval (approve it again)");
                continue;
            }
            String year = String.valueOf(m.date().getYear());
            String pdfName = IssueRenderer.attachmentName(id);
            Path dir = folder.resolve(year).resolve(id);
            copy(renderer.folder(id).resolve(IssueRenderer.HTML), dir.resolve("index.html"));
            copy(renderer.folder(id).resolve(IssueRenderer.PDF), dir.resolve(pdfName));
            List<String> headlines = m.sections().stream().flatMap(s -> s.items().stream())
                    .map(Manifest.ItemEntry::title).toList();
            entries.add(new Entry(id, year, "《大数据发展动态》" + year + "年第" + m.number() + "期（总第" + m.total() + "期）",
                    m.date().toString(), year + "/" + id + "/", year + "/" + id + "/" + pdfName, headlines.size(),
                    headlines));
            approvedAt.put(id, d.index().approval().at());
        }
        entries.sort(Comparator.comparing(Entry::date).reversed());
        Map<String, List<Entry>> byYear = new TreeMap<>(Comparator.reverseOrder());
        entries.forEach(e -> byYear.computeIfAbsent(e.year(), y -> new ArrayList<>()).add(e));
        AtomicFiles.writeString(folder.resolve("index.html"),
                templates.render("archive-index.ftlh", Map.of("years", byYear, "feed", "atom.xml")));
        AtomicFiles.writeString(folder.resolve("atom.xml"), atom(entries, approvedAt));
        return new Published(folder, entries.stream().map(Entry::id).toList(), skipped);
    }

    private String atom(List<Entry> entries, Map<String, Instant> approvedAt) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle("大数据发展动态");
        feed.setDescription("贵阳智能大数据战略研究院《大数据发展动态》");
        feed.setLanguage("zh-CN");
        feed.setLink(publicBaseUrl.isEmpty() ? "index.html" : publicBaseUrl);
        feed.setUri(publicBaseUrl.isEmpty() ? "urn:dongtai:archive" : publicBaseUrl + "atom.xml");
        feed.setAuthor("贵阳智能大数据战略研究院");
        List<SyndEntry> items = new ArrayList<>();
        Instant newest = Instant.EPOCH;
        for (Entry e : entries) {
            SyndEntry item = new SyndEntryImpl();
            item.setTitle(e.title());
            item.setLink(publicBaseUrl + e.page());
            item.setUri("urn:dongtai:issue:" + e.id());
            Instant at = approvedAt.get(e.id());
            newest = at.isAfter(newest) ? at : newest;
            item.setUpdatedDate(Date.from(at));
            item.setPublishedDate(Date.from(at));
            SyndContent summary = new SyndContentImpl();
            summary.setType("text/plain");
            summary.setValue(String.join("\n", e.headlines()));
            item.setDescription(summary);
            items.add(item);
        }
        feed.setEntries(items);
        feed.setPublishedDate(Date.from(newest));
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write the archive's Atom feed: " + e.getMessage(), e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            AtomicFiles.write(to, Files.readAllBytes(from));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to the archive", e);
        }
    }
}
