package cn.gidi.dongtai.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The headline printed just above an article's text, for pages whose {@code <title>} is only the site's
 * name and whose headline has no tag or class that says so: the most headline-like short line between
 * the top of the page and the first paragraph of the body (an h1 beats a bold centred line beats a bold
 * line); of equals, the one nearest the text.
 */
final class Headline {

    private static final Pattern BIG = Pattern.compile("(?i)font-size\\s*:\\s*(1[89]|[2-9]\\d)px|font-weight\\s*:\\s*(bold|[6-9]00)");
    private static final Pattern CENTRED = Pattern.compile("(?i)text-align\\s*:\\s*center");
    private static final Pattern LABEL = Pattern.compile("[:：]|\\d{4}[-/年]");
    private static final Pattern SENTENCE_MARKS = Pattern.compile("[，。；！？]");

    private Headline() {
    }

    static String before(Element body) {
        String best = null;
        int bestScore = 1;
        for (Element e : body.ownerDocument().body().getAllElements()) {
            if (isProse(e) && (e == body || e.parents().contains(body))) {
                break;
            }
            String t = Labelled.strip(e.text());
            if (t.length() < 6 || t.length() > 80 || LABEL.matcher(t).find() || !e.select("a").isEmpty()
                    || e.closest("a") != null) {
                continue;
            }
            int score = score(e);
            if (score >= bestScore) {
                best = t;
                bestScore = score;
            }
        }
        return best;
    }

    private static int score(Element e) {
        int score = switch (e.normalName()) {
            case "h1" -> 5;
            case "h2" -> 4;
            case "h3" -> 3;
            case "b", "strong" -> 2;
            case "font" -> e.attr("size").matches("[4-7]|\\+[1-4]") ? 2 : 0;
            default -> BIG.matcher(e.attr("style")).find() ? 2 : 0;
        };
        if (TitleFinder.TITLE_LIKE.matcher(e.className() + " " + e.id()).find()) {
            score += 3;
        }
        if (score > 0 && centred(e)) {
            score += 1;
        }
        return score;
    }

    private static boolean centred(Element e) {
        int depth = 0;
        for (Element at = e; at != null && depth < 4; at = at.parent(), depth++) {
            if (at.attr("align").equalsIgnoreCase("center") || CENTRED.matcher(at.attr("style")).find()
                    || at.normalName().equals("center")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isProse(Element e) {
        String t = e.ownText();
        return t.length() >= 20 && SENTENCE_MARKS.matcher(t).find();
    }
}
