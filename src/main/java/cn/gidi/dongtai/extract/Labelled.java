package cn.gidi.dongtai.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Values that pages print after a label: {@code 发布时间：2024-05-28}, {@code 来源：新华社}, and the table
 * and list forms where the label sits in an element of its own and the value follows it
 * ({@code <td><b>发文机关：</b></td><td>国务院办公厅</td>}, {@code <li><span>[发文机构]</span>北京市…</li>}).
 */
final class Labelled {

    private static final int MAX_BLOCK = 200;
    private static final int MAX_VALUE = 80;

    private Labelled() {
    }

    /**
     * A value found after a label. {@code separate} when the value filled an element of its own (then
     * it may hold spaces: "国家互联网信息办公室 工业和信息化部"); {@code at} is the label's element.
     */
    record Value(String text, boolean separate, Element at) {
    }

    /** Every labelled value in document order. */
    static List<Value> find(Element root, Pattern label) {
        List<Value> values = new ArrayList<>();
        for (Element e : root.getElementsMatchingOwnText(label)) {
            String text = e.text();
            if (text.length() > MAX_BLOCK) {
                continue;
            }
            Matcher m = label.matcher(text);
            if (!m.find()) {
                continue;
            }
            String after = strip(text.substring(m.end()));
            if (!after.isEmpty()) {
                values.add(new Value(after, false, e));
                continue;
            }
            String next = following(e);
            if (next != null) {
                values.add(new Value(next, true, e));
            }
        }
        return values;
    }

    static String strip(String s) {
        return s.replaceAll("^[\\s\\u3000\\u00A0]+|[\\s\\u3000\\u00A0]+$", "");
    }

    /** What follows the label's element: the rest of its parent's text, or the next cell. */
    private static String following(Element label) {
        for (Element at = label; at.parent() != null; at = at.parent()) {
            Element parent = at.parent();
            if (!parent.ownText().isBlank()) {
                String whole = parent.text();
                int i = whole.indexOf(at.text());
                return i < 0 ? null : shortOrNull(whole.substring(i + at.text().length()));
            }
            Element sibling = at.nextElementSibling();
            if (sibling != null) {
                return shortOrNull(sibling.text());
            }
            if (parent.tagName().equals("tr") || parent.tagName().equals("body")) {
                return null;
            }
        }
        return null;
    }

    private static String shortOrNull(String s) {
        String t = strip(s);
        return t.isEmpty() || t.length() > MAX_VALUE ? null : t;
    }
}
