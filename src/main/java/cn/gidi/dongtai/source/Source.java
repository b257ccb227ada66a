package cn.gidi.dongtai.source;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * One official site section to crawl: its list page(s) and who publishes there.
 *
 * @param section  default section label (国策要论 …) or null to let the classifier decide
 * @param list     the list page URL
 * @param lists    further list pages of the same source (optional)
 * @param charset  charset to read this source's pages in, when the site declares it wrongly (optional)
 * @param json     for sites whose list is loaded from JSON by a script: where and how to read it (optional)
 * @param allowedNetworks non-public networks the crawler may enter for this source (an intranet site):
 *                 {@code loopback}, {@code private}, {@code link-local}, {@code multicast}, {@code any} or CIDR
 *                 blocks, on top of {@code dongtai.crawl.allowed-networks}; empty for a public site
 */
public record Source(String name, String issuer, SourceKind kind, String section, String list, List<String> lists,
                     String charset, Selectors selectors, JsonList json,
                     @JsonProperty("allowed-networks") List<String> allowedNetworks) {

    public Source {
        selectors = selectors == null ? Selectors.NONE : selectors;
        lists = lists == null ? List.of() : List.copyOf(lists);
        allowedNetworks = allowedNetworks == null ? List.of() : List.copyOf(allowedNetworks);
    }

    public Source(String name, String issuer, SourceKind kind, String section, String list, List<String> lists,
                  String charset, Selectors selectors, JsonList json) {
        this(name, issuer, kind, section, list, lists, charset, selectors, json, List.of());
    }

    public Source(String name, String issuer, SourceKind kind, String section, String list, Selectors selectors) {
        this(name, issuer, kind, section, list, List.of(), null, selectors, null);
    }

    /** Every list page of the source, the main one first. */
    public List<String> listPages() {
        List<String> all = new ArrayList<>();
        all.add(list);
        all.addAll(lists);
        return all;
    }

    /**
     * A JSON list endpoint: {@code url} answers JSON; {@code items} is the dotted path to the array of
     * entries; {@code title}, {@code link} and {@code date} name each entry's fields (dotted paths too;
     * a number steps into an array). Endpoints that answer an HTML fragment inside JSON give {@code html}
     * instead: the dotted path to that fragment, read like an ordinary list page.
     */
    public record JsonList(String url, String items, String title, String link, String date, String html) {
    }
}
