package cn.gidi.dongtai.extract.gold;

import java.util.HashMap;
import java.util.Map;

/**
 * Character-level F1 of an extracted body against the gold body, from their longest common
 * subsequence over non-white-space characters: precision = LCS / extracted length, recall = LCS / gold
 * length. Order counts (a shuffled or duplicated text does not score), white space and line breaks do
 * not. The LCS is computed bit-parallel (Crochemore et al. 2001), so long pages stay cheap.
 */
public final class TextOverlap {

    private TextOverlap() {
    }

    public static double f1(String gold, String extracted) {
        int[] g = visible(gold);
        int[] x = visible(extracted);
        if (g.length == 0 || x.length == 0) {
            return g.length == x.length ? 1 : 0;
        }
        int lcs = lcs(g, x);
        if (lcs == 0) {
            return 0;
        }
        double precision = (double) lcs / x.length;
        double recall = (double) lcs / g.length;
        return 2 * precision * recall / (precision + recall);
    }

    /** Code points that are not white space (U+3000 and no-break spaces count as white space). */
    static int[] visible(String s) {
        if (s == null) {
            return new int[0];
        }
        return s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && c != '\u200B' && c != '\uFEFF').toArray();
    }

    static int lcs(int[] a, int[] b) {
        int words = (a.length + 63) / 64;
        Map<Integer, long[]> match = new HashMap<>();
        for (int i = 0; i < a.length; i++) {
            match.computeIfAbsent(a[i], c -> new long[words])[i / 64] |= 1L << (i % 64);
        }
        long[] v = new long[words];
        java.util.Arrays.fill(v, -1L);
        long[] none = new long[words];
        for (int c : b) {
            long[] m = match.getOrDefault(c, none);
            long carry = 0;
            for (int w = 0; w < words; w++) {
                long u = v[w] & m[w];
                long partial = v[w] + u;
                long sum = partial + carry;
                long overflow = Long.compareUnsigned(partial, v[w]) < 0 || (carry == 1 && sum == 0) ? 1 : 0;
                v[w] = sum | (v[w] & ~u); // (V + U) | (V - U), and V - U is V & ~U since U is a subset of V
                carry = overflow;
            }
        }
        int zeros = 0;
        for (int i = 0; i < a.length; i++) {
            if ((v[i / 64] & (1L << (i % 64))) == 0) {
                zeros++;
            }
        }
        return zeros;
    }
}
