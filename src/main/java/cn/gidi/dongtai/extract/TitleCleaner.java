package cn.gidi.dongtai.extract;

import java.util.regex.Pattern;

/**
 * Tidies a title as pages give it: drops a trailing site name ("…-中国科普网", "…_新华网"), folds white
 * space, and removes the spaces some systems put between Chinese characters and digits ("2007　年").
 */
final class TitleCleaner {

    private static final Pattern SITE_SUFFIX = Pattern.compile(
            "\\s*[-_|｜—]\\s*[^-_|｜—]{0,14}(网|网站|门户|政府|官网|频道|中心|新闻)$");
    private static final Pattern SPACE_BY_DIGIT = Pattern.compile(
            "(?<=\\p{IsHan})[\\s\\u3000]+(?=\\d)|(?<=\\d)[\\s\\u3000]+(?=\\p{IsHan})");

    private TitleCleaner() {
    }

    static String clean(String title) {
        if (title == null) {
            return null;
        }
        String t = title.replace('\u00A0', ' ').replaceAll("[\\s\\u3000]+", " ").trim();
        String stripped = SITE_SUFFIX.matcher(t).replaceFirst("");
        if (stripped.length() >= 6) {
            t = stripped;
        }
        return SPACE_BY_DIGIT.matcher(t).replaceAll("");
    }
}
