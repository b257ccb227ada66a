package cn.gidi.dongtai.classify;

import com.hankcs.hanlp.HanLP;
import java.util.regex.Pattern;

/**
 * One form for text before it is read: Traditional characters folded to Simplified (HanLP's t2s table),
 * full-width Latin letters and digits to ASCII, letters to lower case, and a broadcaster's dateline
 * ("央视网消息（新闻联播）：", "新华社北京5月30日电") removed so no model learns who carried a story.
 */
final class Fold {

    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(央视网消息|新华社[^，。：:\\s]{0,12}电|人民网[^，。：:\\s]{0,12}电|中新网[^，。：:\\s]{0,12}电|本报讯)"
                    + "\\s*([（(][^）)]{0,20}[）)])?\\s*[：:]?\\s*");

    /** Pinyin a page put after a character, 關(guān)于 → 關于 (some traditional-character reposts carry it). */
    private static final Pattern PINYIN = Pattern.compile(
            "(?<=\\p{IsHan})[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]");

    private Fold() {
    }

    static String fold(String s) {
        if (s == null || s.isBlank()) {
            return "";
        }
        String simplified = HanLP.convertToSimplifiedChinese(PINYIN.matcher(s).replaceAll(""));
        StringBuilder out = new StringBuilder(simplified.length());
        for (int i = 0; i < simplified.length(); i++) {
            char c = simplified.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E' && Character.isLetterOrDigit(c - 0xFEE0)) {
                c = (char) (c - 0xFEE0);
            }
            out.append(Character.toLowerCase(c));
        }
        return DATELINE.matcher(out).replaceFirst("");
    }
}
