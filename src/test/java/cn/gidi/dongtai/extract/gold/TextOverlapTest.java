package cn.gidi.dongtai.extract.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextOverlapTest {

    @Test
    void bitParallelLcsAgreesWithTheTextbookOne() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            int[] a = randomText(random, random.nextInt(200));
            int[] b = randomText(random, random.nextInt(200));
            assertThat(TextOverlap.lcs(a, b)).as("round %d", round).isEqualTo(dynamicProgramming(a, b));
        }
    }

    @Test
    void ignoresWhiteSpaceAndLineBreaksButNotOrder() {
        assertThat(TextOverlap.f1("数据要素\n市场化　配置", "数据 要素市场化配置")).isEqualTo(1.0);
        assertThat(TextOverlap.f1("数据要素", "素要据数")).isLessThan(0.5);
    }

    @Test
    void isTheHarmonicMeanOfPrecisionAndRecall() {
        // gold 4 chars, extracted 8 chars holding the gold: precision 0.5, recall 1
        assertThat(TextOverlap.f1("数字经济", "数字经济网站首页")).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
        assertThat(TextOverlap.f1("数字经济", null)).isZero();
    }

    private static int[] randomText(Random random, int length) {
        int[] text = new int[length];
        for (int i = 0; i < length; i++) {
            text[i] = "数据要素市场化配置，。".charAt(random.nextInt(11));
        }
        return text;
    }

    private static int dynamicProgramming(int[] a, int[] b) {
        int[][] t = new int[a.length + 1][b.length + 1];
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return t[a.length][b.length];
    }
}
