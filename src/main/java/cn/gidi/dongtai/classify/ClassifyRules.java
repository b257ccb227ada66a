package cn.gidi.dongtai.classify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The editorial vocabulary behind classification, read from {@code content/classify.yaml} so editors
 * can tune it without a release. See that file for what each list means.
 */
public record ClassifyRules(
        List<String> topicTerms,
        int minScore,
        List<String> frontierTerms,
        List<String> foreignTerms,
        List<String> guizhouTerms,
        List<String> centralIssuers,
        List<String> researchIssuers,
        List<String> localPlaces) {

    public static ClassifyRules load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file.toAbsolutePath() + " not found: run dongtai from its project folder "
                    + "(where content/ and templates/ are), or set dongtai.paths.content");
        }
        try {
            ClassifyRules rules = YAMLMapper.builder()
                    .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                    .build()
                    .readValue(Files.readString(file), ClassifyRules.class);
            if (rules.topicTerms() == null || rules.topicTerms().isEmpty()) {
                throw new IllegalArgumentException(file + ": 'topic-terms' must list at least one term");
            }
            return rules;
        } catch (IOException | JacksonException e) {
            throw new IllegalArgumentException(file + ": cannot read classification rules: " + e.getMessage(), e);
        }
    }
}
