package cn.gidi.dongtai.extract.gold;

import java.util.List;

/**
 * What one extractor made of one gold page, as written to a results file (by dongtai's bench command or
 * by bench/readability/run.mjs). {@code date} is as the tool gave it; the scorer reads a date out of it.
 */
public record PageResult(String id, String title, String date, String issuer, String body, List<GoldPage.Link> links,
                         String error) {
}
