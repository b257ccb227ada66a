package cn.gidi.dongtai.classify;

/**
 * Where an article goes and why. {@code relevant} is false for off-topic articles, which are dropped;
 * {@code score} orders items within a section.
 */
public record Classification(Section section, boolean relevant, int score, String reason) {
}
