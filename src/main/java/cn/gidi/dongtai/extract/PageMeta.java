package cn.gidi.dongtai.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The page's {@code <meta>} values, looked up by name or property (names compare case-insensitively). */
final class PageMeta {

    private PageMeta() {
    }

    /** The first non-blank content among the named metas, in the order given. */
    static String first(Document doc, String... names) {
        for (String name : names) {
            for (Element m : doc.select("meta[name=" + name + "], meta[property=" + name + "]")) {
                String content = m.attr("content").trim();
                if (!content.isEmpty()) {
                    return content;
                }
            }
        }
        return null;
    }
}
