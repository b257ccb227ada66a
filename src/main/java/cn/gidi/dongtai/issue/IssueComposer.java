package cn.gidi.dongtai.issue;

import cn.gidi.dongtai.classify.Classification;
import cn.gidi.dongtai.classify.Classifier;
import cn.gidi.dongtai.classify.Section;
import cn.gidi.dongtai.crawl.Week;
import cn.gidi.dongtai.extract.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the week's articles into a numbered draft: classify, drop off-topic articles, keep one copy of a
 * document seen on several sites, order each section (most on-topic first, then newest), number the issue.
 */
public final class IssueComposer {

    private final Classifier classifier;
    private final IssueNumbering numbering;

    public IssueComposer(Classifier classifier, IssueNumbering numbering) {
        this.classifier = classifier;
        this.numbering = numbering;
    }

    public record Composition(Issue issue, List<Dropped> dropped) {
    }

    /** A candidate left out, with the section the classifier would have given it (for an editor who restores it). */
    public record Dropped(String title, String url, String reason, Section section) {
    }

    private record Scored(Article article, Classification c) {
    }

    public Composition compose(List<Article> articles, Week week, List<Issue> existing) {
        List<Dropped> dropped = new ArrayList<>();
        Map<String, Scored> byTitle = new LinkedHashMap<>();
        for (Article a : articles) {
            Classification c = classifier.classify(a);
            if (!c.relevant()) {
                dropped.add(new Dropped(a.title(), a.url(), c.reason(), c.section()));
                continue;
            }
            String key = normalise(a.title());
            Scored previous = byTitle.get(key);
            if (previous == null) {
                byTitle.put(key, new Scored(a, c));
            } else if (fromIssuersOwnSite(a) && !fromIssuersOwnSite(previous.article())) {
                byTitle.put(key, new Scored(a, c));
                dropped.add(new Dropped(previous.article().title(), previous.article().url(),
                        "重复：同一文件以发布机构自己网站上的 " + a.url() + " 为准", previous.c().section()));
            } else {
                dropped.add(new Dropped(a.title(), a.url(), "重复：与 " + previous.article().url() + " 为同一文件", c.section()));
            }
        }
        List<Scored> kept = new ArrayList<>(byTitle.values());
        kept.sort(Comparator.comparing((Scored s) -> s.c().section())
                .thenComparing(Comparator.comparingInt((Scored s) -> s.c().score()).reversed())
                .thenComparing(s -> s.article().publishedAt(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(s -> s.article().title()));
        List<IssueItem> items = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Article a = kept.get(i).article();
            items.add(new IssueItem(String.format("item-%02d", i + 1), kept.get(i).c().section(), a.title(),
                    a.issuer(), a.url(), a.publishedAt(), null, a.bodyHtml(), kept.get(i).c().reason()));
        }
        IssueNumbering.Numbers n = numbering.numbersFor(week.end(), existing);
        Issue issue = new Issue(n.id(), week.end(), n.number(), n.total(), week.start(), week.end(),
                IssueStatus.DRAFT, Instant.now(), items);
        return new Composition(issue, dropped);
    }

    /** The same document on several sites is kept from its issuing body's own site. */
    private static boolean fromIssuersOwnSite(Article a) {
        String issuer = a.issuer() == null ? "" : a.issuer().trim();
        String site = a.sourceName() == null ? "" : a.sourceName().trim();
        return !issuer.isEmpty() && !site.isEmpty() && (site.startsWith(issuer) || issuer.startsWith(site));
    }

    private static String normalise(String title) {
        return title.replaceAll("[\\s《》“”\"'（）()【】\\[\\]、，,。.：:—-]", "");
    }
}
