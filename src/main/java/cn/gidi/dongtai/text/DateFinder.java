package cn.gidi.dongtai.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds publish dates in the forms Chinese official sites write them, in text and in URLs. */
public final class DateFinder {

    private static final Pattern IN_TEXT = Pattern.compile(
            "(20\\d{2}|19\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern[] IN_URL = {
        Pattern.compile("[/_]t?(20\\d{2})(\\d{2})(\\d{2})_"),            // TRS: t20240529_4471.html
        Pattern.compile("/(20\\d{2})/(\\d{1,2})/(\\d{1,2})/"),            // Hanweb: art/2024/5/29/art_…
        Pattern.compile("/(20\\d{2})-(\\d{2})/(\\d{2})/"),                // 2024-05/29/c_….htm
        Pattern.compile("/(20\\d{2})/(\\d{2})-(\\d{2})/"),                // 2024/05-29/3000099.html
        Pattern.compile("/(20\\d{2})(\\d{2})(\\d{2})/"),                  // /20240529/
    };

    private DateFinder() {
    }

    /** The first date written in the text. */
    public static Optional<LocalDate> inText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = IN_TEXT.matcher(text);
        while (m.find()) {
            Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    public static Optional<LocalDate> inUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        for (Pattern p : IN_URL) {
            Matcher m = p.matcher(url);
            if (m.find()) {
                Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
