package cn.gidi.dongtai.classify;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The four sections of an issue, in their fixed printed order. */
public enum Section {
    POLICY("国策要论"),
    LOCAL("地方新政"),
    FRONTIER("产业前沿"),
    SHUGU("数谷动态");

    private final String label;

    Section(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** Accepts the printed label (also 前沿观察, the 2023 name of 产业前沿) or the enum name. */
    @JsonCreator
    public static Section parse(String value) {
        String v = value.trim();
        if (v.equals("前沿观察")) {
            return FRONTIER;
        }
        for (Section s : values()) {
            if (s.label.equals(v) || s.name().equalsIgnoreCase(v)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown section '" + value + "' (expected 国策要论, 地方新政, 产业前沿 or 数谷动态)");
    }
}
