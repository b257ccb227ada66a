package cn.gidi.dongtai.classify;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Multinomial logistic regression over hashed features (character n-grams and rule cues), trained with
 * AdaGrad and L2 regularisation. Five classes: the four sections in printed order, then off-topic.
 * Written out compactly (only non-zero weights) so the trained model is a small file under content/.
 * Training is deterministic: fixed order, fixed shuffling seed.
 */
final class LinearModel {

    static final int CLASSES = 5;
    static final int OFF_TOPIC = 4;
    private static final int MAGIC = 0x4454434D; // "DTCM"
    private static final int VERSION = 1;

    private final int bits;
    private final float[] w;
    private final float[] bias = new float[CLASSES];
    private final Map<String, String> places;

    LinearModel(int bits, Map<String, String> places) {
        this.bits = bits;
        this.w = new float[(1 << bits) * CLASSES];
        this.places = new LinkedHashMap<>(places);
    }

    Map<String, String> places() {
        return places;
    }

    /** A feature vector: bucket indexes and values (features as given, each once). */
    record Vector(int[] index, float[] value) {
    }

    /** One training example: its features, its class and its weight. */
    record Sample(List<Feature> features, int label, float weight) {
    }

    /** A named feature with its value; n-grams are scaled so long texts do not outweigh the cues. */
    record Feature(String name, float value) {
    }

    int bucket(String feature) {
        int h = feature.hashCode() * 0x9E3779B9;
        h ^= h >>> 15;
        return h & ((1 << bits) - 1);
    }

    Vector vector(List<Feature> features) {
        int[] idx = new int[features.size()];
        float[] val = new float[features.size()];
        for (int i = 0; i < features.size(); i++) {
            idx[i] = bucket(features.get(i).name());
            val[i] = features.get(i).value();
        }
        return new Vector(idx, val);
    }

    double[] probabilities(Vector v) {
        double[] z = new double[CLASSES];
        for (int c = 0; c < CLASSES; c++) {
            double s = bias[c];
            for (int i = 0; i < v.index().length; i++) {
                s += w[v.index()[i] * CLASSES + c] * v.value()[i];
            }
            z[c] = s;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double x : z) {
            max = Math.max(max, x);
        }
        double sum = 0;
        for (int c = 0; c < CLASSES; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < CLASSES; c++) {
            z[c] /= sum;
        }
        return z;
    }

    /** How much a feature pushes towards class {@code c} against the others' mean. */
    double contribution(Feature f, int c) {
        int b = bucket(f.name());
        double mean = 0;
        for (int k = 0; k < CLASSES; k++) {
            mean += w[b * CLASSES + k];
        }
        mean /= CLASSES;
        return (w[b * CLASSES + c] - mean) * f.value();
    }

    /** AdaGrad on the softmax loss, continuing from the current weights (so it also fine-tunes). */
    void train(List<Sample> samples, int epochs, double rate, double l2, long seed) {
        float[] g2 = new float[w.length];
        float[] b2 = new float[CLASSES];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int n : order) {
                Sample s = samples.get(n);
                Vector v = vector(s.features());
                double[] p = probabilities(v);
                for (int c = 0; c < CLASSES; c++) {
                    double grad = (p[c] - (c == s.label() ? 1 : 0)) * s.weight();
                    b2[c] += (float) (grad * grad);
                    bias[c] -= (float) (rate * grad / Math.sqrt(b2[c] + 1e-8));
                    for (int i = 0; i < v.index().length; i++) {
                        int k = v.index()[i] * CLASSES + c;
                        double g = grad * v.value()[i] + l2 * w[k];
                        g2[k] += (float) (g * g);
                        w[k] -= (float) (rate * g / Math.sqrt(g2[k] + 1e-8));
                    }
                }
            }
        }
    }

    LinearModel copy() {
        LinearModel m = new LinearModel(bits, places);
        System.arraycopy(w, 0, m.w, 0, w.length);
        System.arraycopy(bias, 0, m.bias, 0, CLASSES);
        return m;
    }

    void write(OutputStream out) throws IOException {
        try (DataOutputStream d = new DataOutputStream(new GZIPOutputStream(out))) {
            d.writeInt(MAGIC);
            d.writeInt(VERSION);
            d.writeInt(bits);
            d.writeInt(places.size());
            for (Map.Entry<String, String> e : places.entrySet()) {
                d.writeUTF(e.getKey());
                d.writeUTF(e.getValue());
            }
            for (float b : bias) {
                d.writeFloat(b);
            }
            int nonZero = 0;
            for (float x : w) {
                if (Math.abs(x) >= 1e-4f) {
                    nonZero++;
                }
            }
            d.writeInt(nonZero);
            int last = 0;
            for (int i = 0; i < w.length; i++) {
                if (Math.abs(w[i]) >= 1e-4f) {
                    writeVarInt(d, i - last);
                    last = i;
                    d.writeShort(Math.round(Math.max(-32767, Math.min(32767, w[i] * 4096))));
                }
            }
        }
    }

    static LinearModel read(InputStream in) throws IOException {
        try (DataInputStream d = new DataInputStream(new GZIPInputStream(in))) {
            if (d.readInt() != MAGIC || d.readInt() != VERSION) {
                throw new IOException("not a dongtai classifier model (or of another version): run classify --train");
            }
            int bits = d.readInt();
            int n = d.readInt();
            Map<String, String> places = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                places.put(d.readUTF(), d.readUTF());
            }
            LinearModel m = new LinearModel(bits, places);
            for (int c = 0; c < CLASSES; c++) {
                m.bias[c] = d.readFloat();
            }
            int nonZero = d.readInt();
            int at = 0;
            for (int i = 0; i < nonZero; i++) {
                at += readVarInt(d);
                m.w[at] = d.readShort() / 4096f;
            }
            return m;
        }
    }

    private static void writeVarInt(DataOutputStream d, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            d.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        d.writeByte(v);
    }

    private static int readVarInt(DataInputStream d) throws IOException {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            int b = d.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
    }
}
