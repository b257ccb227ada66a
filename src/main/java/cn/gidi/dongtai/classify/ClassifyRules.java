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
        List<String> localPlaces,
        List<String> policyTerms,
        List<String> offTopicTerms,
        List<String> nationalTerms,
        List<String> statisticsTerms,
        List<String> weakTopicTerms,
        List<String> economyTerms,
        List<String> figurePhrases,
        List<String> openingPolicyTerms,
        List<String> openingReportTerms,
        List<String> openingStatisticsTerms,
        List<String> centralLeaders,
        List<String> localScopeTerms) {

    public ClassifyRules {
        topicTerms = lower(topicTerms);
        frontierTerms = lower(frontierTerms);
        foreignTerms = lower(foreignTerms);
        guizhouTerms = lower(guizhouTerms);
        centralIssuers = lower(centralIssuers);
        researchIssuers = lower(researchIssuers);
        localPlaces = lower(localPlaces);
        policyTerms = lower(policyTerms);
        offTopicTerms = lower(offTopicTerms);
        nationalTerms = lower(nationalTerms);
        statisticsTerms = lower(statisticsTerms);
        weakTopicTerms = lower(weakTopicTerms);
        economyTerms = lower(economyTerms);
        figurePhrases = lower(figurePhrases);
        openingPolicyTerms = lower(openingPolicyTerms);
        openingReportTerms = lower(openingReportTerms);
        openingStatisticsTerms = lower(openingStatisticsTerms);
        centralLeaders = lower(centralLeaders);
        localScopeTerms = lower(localScopeTerms);
    }

    /** Terms are matched against folded text (lower case, Simplified). */
    private static List<String> lower(List<String> terms) {
        return terms == null ? List.of() : terms.stream().map(t -> t.toLowerCase(java.util.Locale.ROOT)).toList();
    }

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
