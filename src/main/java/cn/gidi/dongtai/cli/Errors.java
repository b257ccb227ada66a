package cn.gidi.dongtai.cli;

/** One-line descriptions of failures for the command line. */
final class Errors {

    private Errors() {
    }

    static String describe(Throwable e) {
        String own = e.getMessage();
        if (own != null && !own.isBlank() && !(e.getCause() != null && own.equals(e.getCause().toString()))) {
            return own.replaceAll("\\s*\\n\\s*", " ");
        }
        return rootMessage(e);
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).replaceAll("\\s*\\([a-z.]+\\.DateTimeParseException:.*$", "");
    }

    static String rootMessage(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Database may be already in use")) {
                return "the database is in use by another dongtai process (a running schedule or preview?): "
                        + "one process at a time uses the database file, so stop that one first";
            }
        }
        Throwable t = e;
        String best = e.toString();
        while (t != null) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                best = t.getMessage();
            }
            if (t.getCause() == t) {
                break;
            }
            t = t.getCause();
        }
        return best.replaceAll("\\s*\\n\\s*", " ");
    }
}
