package cn.gidi.dongtai.classify;

import info.debatty.java.lsh.MinHash;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One story, one item. Items whose bodies share most of their character 3-gram shingles (MinHash estimate
 * of the Jaccard similarity, java-lsh) under related headlines, or whose titles are the same once punctuation is ignored are one
 * story; a policy's official 解读 (an explanation naming the same 《document》) joins the policy. Of each
 * group the issuing body's own page is kept (else the most important, else the first) and the others are
 * noted on it.
 */
public final class Duplicates {

    /** Near-duplicate above this estimated Jaccard similarity of body shingles. */
    static final double SIMILAR = 0.6;
    private static final int DICTIONARY = 1 << 20;
    private static final int HEAD = 3000;
    private static final Pattern DOCUMENT = Pattern.compile("《([^》]{4,})》");

    /** What the detector needs of an item; {@code key} is the caller's own id for it. */
    public record Doc(String key, String title, String issuer, String sourceName, String text) {
    }

    /** One story: the item kept, the others (same story elsewhere, or the policy's 解读) and why. */
    public record Group(String kept, Map<String, String> others) {
    }

    private Duplicates() {
    }

    public static List<Group> groups(List<Doc> docs) {
        MinHash minHash = new MinHash(0.05, DICTIONARY, 20240603L);
        List<int[]> signatures = new ArrayList<>();
        for (Doc d : docs) {
            signatures.add(minHash.signature(shingles(d.text())));
        }
        int[] parent = new int[docs.size()];
        String[] why = new String[docs.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < docs.size(); i++) {
            for (int j = i + 1; j < docs.size(); j++) {
                String reason = sameStory(docs.get(i), docs.get(j), minHash, signatures.get(i), signatures.get(j));
                if (reason != null) {
                    union(parent, i, j);
                    why[j] = why[j] == null ? reason : why[j];
                    why[i] = why[i] == null ? reason : why[i];
                }
            }
        }
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<Group> groups = new ArrayList<>();
        for (List<Integer> members : byRoot.values()) {
            int keep = members.get(0);
            for (int m : members) {
                if (better(docs.get(m), docs.get(keep))) {
                    keep = m;
                }
            }
            Map<String, String> others = new LinkedHashMap<>();
            for (int m : members) {
                if (m != keep) {
                    others.put(docs.get(m).key(), why[m]);
                }
            }
            groups.add(new Group(docs.get(keep).key(), others));
        }
        return groups;
    }

    private static String sameStory(Doc a, Doc b, MinHash minHash, int[] sa, int[] sb) {
        if (!Classifier.key(a.title()).isEmpty() && Classifier.key(a.title()).equals(Classifier.key(b.title()))) {
            return "标题相同";
        }
        String da = document(a.title());
        String db = document(b.title());
        if (da != null && da.equals(db) && (isReading(a.title()) != isReading(b.title()))) {
            return "同一文件的解读";
        }
        // the same body under unrelated headlines is a site's boilerplate, not one story
        if (a.text().length() > 50 && b.text().length() > 50 && titleOverlap(a.title(), b.title()) >= 0.25) {
            double s = minHash.similarity(sa, sb);
            if (s >= SIMILAR) {
                return String.format("正文相似度 %.2f", s);
            }
        }
        return null;
    }

    /** Jaccard similarity of the titles' character bigrams. */
    static double titleOverlap(String a, String b) {
        Set<String> x = bigrams(Classifier.key(a));
        Set<String> y = bigrams(Classifier.key(b));
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> both = new TreeSet<>(x);
        both.retainAll(y);
        return both.size() / (double) (x.size() + y.size() - both.size());
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new TreeSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    private static boolean isReading(String title) {
        return title.contains("解读") || title.contains("答记者问") || title.contains("一图读懂");
    }

    private static String document(String title) {
        Matcher m = DOCUMENT.matcher(title == null ? "" : title);
        return m.find() ? Classifier.key(m.group(1)) : null;
    }

    /** The issuer's own page beats a repost; the policy beats its 解读. */
    private static boolean better(Doc a, Doc b) {
        boolean ownA = ownSite(a);
        boolean ownB = ownSite(b);
        if (ownA != ownB) {
            return ownA;
        }
        if (isReading(a.title()) != isReading(b.title())) {
            return !isReading(a.title());
        }
        return Headlines.importance(a.title(), a.issuer()) > Headlines.importance(b.title(), b.issuer());
    }

    static boolean ownSite(Doc d) {
        String issuer = d.issuer() == null ? "" : d.issuer().trim();
        String site = d.sourceName() == null ? "" : d.sourceName().trim();
        return !issuer.isEmpty() && !site.isEmpty() && (site.startsWith(issuer) || issuer.startsWith(site));
    }

    private static Set<Integer> shingles(String text) {
        String s = Classifier.key(text == null ? "" : (text.length() > HEAD ? text.substring(0, HEAD) : text));
        Set<Integer> out = new TreeSet<>();
        for (int i = 0; i + 3 <= s.length(); i++) {
            out.add(Math.floorMod(s.substring(i, i + 3).hashCode(), DICTIONARY));
        }
        if (out.isEmpty()) {
            out.add(0);
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
