package cn.gidi.dongtai.extract.gold;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.text.PageDecoder;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The generic extractor on the whole gold set, scored by the benchmark's scorer, must meet its targets. */
class GoldSetBenchmarkTest {

    static final Path GOLD = Path.of("src/test/resources/gold");

    static List<GoldPage> gold;
    static Scores scores;

    @BeforeAll
    static void runTheBenchmark() {
        gold = GoldSet.load(GOLD);
        scores = Scorer.score(gold, DongtaiRun.run(gold, 0));
    }

    @Test
    void meetsTheTargets() {
        assertThat(scores.misses()).filteredOn(m -> !m.field().equals("body")).isEmpty();
        assertThat(scores.title().value()).isEqualTo(1.0);
        assertThat(scores.date().value()).isEqualTo(1.0);
        assertThat(scores.issuer().value()).isGreaterThanOrEqualTo(0.9);
        assertThat(scores.body().value()).isGreaterThanOrEqualTo(0.97);
        assertThat(scores.firstLast().value()).isEqualTo(1.0);
        assertThat(scores.links().value()).isEqualTo(1.0);
        assertThat(scores.failed()).isZero();
    }

    @Test
    void coversEnoughPagesTemplatesAndEncodings() throws IOException {
        List<GoldPage> own = gold.stream().filter(g -> g.id().startsWith("pages/")).toList();
        assertThat(own.stream().filter(g -> !g.isList() && g.body() != null)).hasSizeGreaterThanOrEqualTo(40);
        assertThat(own.stream().filter(GoldPage::isList)).hasSizeGreaterThanOrEqualTo(5);
        Set<String> templates = own.stream().map(g -> field(g, "template")).collect(Collectors.toSet());
        assertThat(templates).hasSizeGreaterThanOrEqualTo(15);
        long gbk = 0;
        for (GoldPage g : own) {
            byte[] bytes = Files.readAllBytes(g.file());
            if (!validUtf8(bytes) && PageDecoder.charsetOf(bytes, null).name().equals("GB18030")) {
                gbk++;
            }
        }
        assertThat(gbk).isGreaterThanOrEqualTo(3);
        assertThat(gold.stream().filter(g -> g.id().startsWith("shared/"))).hasSizeGreaterThanOrEqualTo(13);
        assertThat(gold.stream().filter(g -> g.id().startsWith("demo/"))).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void scoresAToolThatGetsNothingRightAtZero() {
        Results nothing = new Results("nothing", 0, 0, List.of());
        Scores zero = Scorer.score(gold, nothing);
        assertThat(zero.title().value()).isZero();
        assertThat(zero.body().value()).isZero();
        assertThat(zero.links().value()).isZero();
        assertThat(zero.failed()).isEqualTo(gold.size());
    }

    private static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String field(GoldPage g, String name) {
        Path json = g.file().resolveSibling(g.file().getFileName().toString().replace(".html", ".gold.json"));
        return JsonMapper.builder().build().readTree(json.toFile()).get(name).asString();
    }
}
