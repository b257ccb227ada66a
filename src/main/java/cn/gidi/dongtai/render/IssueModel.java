package cn.gidi.dongtai.render;

import cn.gidi.dongtai.classify.Section;
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

    public record ItemView(String key, String section, String title, String source, String url, String publishedAt,
                    String editorNote, String bodyHtml, String qr, String page) {
    }

    public record SectionView(String name, List<ItemView> items) {
    }

    private IssueModel() {
    }

    static Map<String, Object> of(Issue issue, Masthead masthead, Map<String, Integer> pages, String pdfName) {
        List<SectionView> sections = new ArrayList<>();
        List<ItemView> all = new ArrayList<>();
        for (Map.Entry<Section, List<IssueItem>> e : issue.bySection().entrySet()) {
            List<ItemView> items = new ArrayList<>();
            for (IssueItem it : e.getValue()) {
                Integer page = pages.get(it.key());
                ItemView v = new ItemView(it.key(), e.getKey().label(), it.title(), it.source(), it.url(),
                        it.publishedAt() == null ? "" : it.publishedAt().toString(), it.editorNote(), HtmlSanitizer.clean(it.bodyHtml() == null ? "" : it.bodyHtml(), it.url() == null ? "" : it.url()),
                        it.url() == null ? null : QrCodes.dataUri(it.url()),
                        page == null ? "" : String.format("%02d", page));
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
        model.put("lead", all.isEmpty() ? null : all.get(0));
        model.put("sections", sections);
        model.put("items", all);
        model.put("masthead", masthead);
        model.put("pdfName", pdfName);
        model.put("attachmentName", IssueRenderer.attachmentName(issue.id()));
        return model;
    }

    static String chineseDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
