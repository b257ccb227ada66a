package cn.gidi.dongtai.issue;

import cn.gidi.dongtai.classify.Classification;
import cn.gidi.dongtai.classify.Classifier;
import cn.gidi.dongtai.classify.Duplicates;
import cn.gidi.dongtai.classify.Headlines;
import cn.gidi.dongtai.classify.Section;
import cn.gidi.dongtai.crawl.Week;
import cn.gidi.dongtai.extract.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
        Map<String, Scored> relevant = new LinkedHashMap<>();
        for (Article a : articles) {
            Classification c = classifier.classify(a);
            if (!c.relevant()) {
                dropped.add(new Dropped(a.title(), a.url(), c.reason(), c.section()));
                continue;
            }
            relevant.putIfAbsent(a.url(), new Scored(a, c));
        }
        // One story, one item: the issuer's own page is kept, reposts and 解读 are noted on it.
        List<Scored> kept = new ArrayList<>();
        Map<Scored, List<String>> alsoAt = new HashMap<>();
        List<Duplicates.Doc> docs = relevant.values().stream().map(s -> new Duplicates.Doc(s.article().url(),
                s.article().title(), s.article().issuer(), s.article().sourceName(), s.article().bodyText())).toList();
        for (Duplicates.Group g : Duplicates.groups(docs)) {
            Scored keep = relevant.get(g.kept());
            kept.add(keep);
            alsoAt.put(keep, new ArrayList<>(g.others().keySet()));
            g.others().forEach((url, why) -> dropped.add(new Dropped(relevant.get(url).article().title(), url,
                    "重复（" + why + "）：同一内容以 " + keep.article().url() + " 为准", relevant.get(url).c().section())));
        }
        kept.sort(Comparator.comparing((Scored s) -> s.c().section())
                .thenComparing(Comparator.comparingInt((Scored s) -> importance(s.article())).reversed())
                .thenComparing(Comparator.comparingInt((Scored s) -> s.c().score()).reversed())
                .thenComparing(s -> s.article().publishedAt(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(s -> s.article().title()));
        List<IssueItem> items = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Article a = kept.get(i).article();
            Classification c = kept.get(i).c();
            items.add(new IssueItem(String.format("item-%02d", i + 1), c.section(),
                    Headlines.headline(a.title(), a.issuer()), a.issuer(), a.url(), a.publishedAt(), null, a.bodyHtml(),
                    c.reason(), a.title(), c.confidence(), c.lowConfidence(), c.evidence(), importance(a),
                    alsoAt.get(kept.get(i))));
        }
        IssueNumbering.Numbers n = numbering.numbersFor(week.end(), existing);
        Issue issue = new Issue(n.id(), week.end(), n.number(), n.total(), week.start(), week.end(),
                IssueStatus.DRAFT, Instant.now(), items);
        return new Composition(issue, dropped);
    }

    private static int importance(Article a) {
        return Headlines.importance(a.title(), a.issuer());
    }
}
