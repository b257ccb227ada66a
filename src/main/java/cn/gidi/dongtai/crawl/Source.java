package cn.gidi.dongtai.crawl;

/**
 * One official site section to crawl: its list page and who publishes there.
 *
 * @param section default section label (国策要论 …) or null to let the classifier decide
 */
public record Source(String name, String issuer, SourceKind kind, String section, String list, Selectors selectors) {

    public Source {
        selectors = selectors == null ? Selectors.NONE : selectors;
    }
}
