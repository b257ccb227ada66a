package cn.gidi.dongtai.mail;

import java.net.IDN;
import java.util.regex.Pattern;

/**
 * The strict address check: a bare address (no display name, comment or angle brackets), an ASCII
 * dot-atom local part, and a domain of valid DNS labels with an alphabetic top level; no control
 * characters (CR, LF, …) in any field.
 */
final class Addresses {

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TLD = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9-]{1,59}");

    private Addresses() {
    }

    /** Why this is not a usable address, or null if it is one. */
    static String problem(String email) {
        if (email == null || email.isEmpty()) {
            return "the address is empty";
        }
        String control = controlCharacter(email);
        if (control != null) {
            return "the address contains " + control;
        }
        if (email.contains("<") || email.contains(">") || email.contains("(") || email.contains(" ")
                || email.contains("\"") || email.contains(",") || email.contains(";")) {
            return "'" + email + "' is not a bare address (write only name@domain, without a name, brackets or comment)";
        }
        int at = email.lastIndexOf('@');
        if (at <= 0 || at != email.indexOf('@') || at == email.length() - 1) {
            return "'" + email + "' is not an address of the form name@domain";
        }
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        if (local.length() > 64 || !LOCAL.matcher(local).matches()) {
            return "'" + email + "' has an invalid part before the @";
        }
        String ascii;
        try {
            ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "'" + email + "' has an invalid domain";
        }
        String[] labels = ascii.split("\\.", -1);
        if (ascii.length() > 253 || labels.length < 2) {
            return "'" + email + "' has an invalid domain (expected e.g. example.org)";
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return "'" + email + "' has an invalid domain";
            }
        }
        if (!TLD.matcher(labels[labels.length - 1]).matches()) {
            return "'" + email + "' has an invalid top-level domain";
        }
        return null;
    }

    /** Names the first control character (CR, LF, TAB, NUL, …) in a field, or null. */
    static String controlCharacter(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return String.format("a control character (U+%04X)", (int) c);
            }
        }
        return null;
    }
}
