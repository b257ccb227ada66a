package cn.gidi.dongtai.classify;

import java.util.List;

/**
 * Where an article goes and why. {@code relevant} is false for off-topic articles, which are dropped;
 * {@code score} (0–100, how surely the item is on-topic) orders items within a section;
 * {@code confidence} (0–1) is how sure the classifier is of the whole decision, and {@code lowConfidence}
 * flags the items an editor should look at; {@code evidence} lists the rule cues and the words that
 * weighed most.
 */
public record Classification(Section section, boolean relevant, int score, String reason, double confidence,
                             boolean lowConfidence, List<String> evidence) {

    public Classification {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** The decision's label: the section's, or {@link Example#OFF_TOPIC}. */
    public String label() {
        return relevant ? section.label() : Example.OFF_TOPIC;
    }
}
