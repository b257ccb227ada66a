package cn.gidi.dongtai.classify;

import cn.gidi.dongtai.text.CleanText;

/**
 * One labelled item for training or evaluation: what the page says and where the editors put it
 * ({@code label} is a section's printed label or {@link #OFF_TOPIC}). {@code origin} says where the
 * example came from (cctv, web, seed or editor) so evaluations can hold a source out.
 */
public record Example(String title, String issuer, String text, String label, boolean disputed, String origin) {

    public static final String OFF_TOPIC = "off-topic";

    public Example {
        // input files are untrusted like pages: no escape sequence reaches a terminal through a title
        title = title == null ? "" : CleanText.strip(title);
        issuer = issuer == null ? "" : CleanText.strip(issuer);
        text = text == null ? "" : CleanText.strip(text);
        if (!OFF_TOPIC.equals(label)) {
            label = Section.parse(label).label();
        }
        origin = origin == null ? "editor" : origin;
    }

    /** An editor's final call on an item: its section, or null when the editor dropped it as off-topic. */
    public static Example fromEditor(String title, String issuer, String text, Section sectionOrNullWhenDropped) {
        return new Example(title, issuer, text, sectionOrNullWhenDropped == null ? OFF_TOPIC
                : sectionOrNullWhenDropped.label(), false, "editor");
    }

    /** The class index: a section's ordinal, or {@link LinearModel#OFF_TOPIC}. */
    int classIndex() {
        return OFF_TOPIC.equals(label) ? LinearModel.OFF_TOPIC : Section.parse(label).ordinal();
    }

    static String labelOf(int classIndex) {
        return classIndex == LinearModel.OFF_TOPIC ? OFF_TOPIC : Section.values()[classIndex].label();
    }
}
