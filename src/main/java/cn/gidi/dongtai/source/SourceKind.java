package cn.gidi.dongtai.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of body publishes on a source; the classifier starts from it. */
public enum SourceKind {
    CENTRAL, LOCAL, RESEARCH, GUIZHOU;

    @JsonCreator
    public static SourceKind parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "unknown kind '" + value + "' (expected central, local, research or guizhou)");
        }
    }

    @JsonValue
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
