package cn.gidi.dongtai.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * k-fold cross-validation inside the labelled corpus's training part (the fixed held-out part never takes
 * part): each fold is classified by a model trained on the other folds and the seed issues. The figures of
 * every fold's items together are how settings — the P(off-topic) threshold, the features, the weights —
 * are chosen, so the held-out part and the source cross-checks stay an honest test.
 */
final class CrossValidation {

    static final int FOLDS = 5;
    /** The thresholds of P(off-topic) tried. */
    static final double[] THRESHOLDS = {0.20, 0.25, 0.30, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60};

    /** One threshold's figures over the undisputed items of every fold. */
    record Sweep(double threshold, Evaluation evaluation) {
    }

    private CrossValidation() {
    }

    /** Item i of the training part is in fold i mod k (the corpus's own order, so no shuffling to repeat). */
    static List<Sweep> run(ClassifyRules rules, Map<String, String> places, List<Example> trainingPart,
                           List<Example> alwaysTrained) {
        List<Classifier> models = new ArrayList<>();
        List<List<Example>> tests = new ArrayList<>();
        for (int f = 0; f < FOLDS; f++) {
            List<Example> train = new ArrayList<>();
            List<Example> test = new ArrayList<>();
            for (int i = 0; i < trainingPart.size(); i++) {
                (i % FOLDS == f ? test : train).add(trainingPart.get(i));
            }
            train.addAll(alwaysTrained);
            models.add(new Classifier(rules, Training.train(rules, places, train), List.of(), 0.6));
            tests.add(test.stream().filter(e -> !e.disputed()).toList());
        }
        List<Sweep> sweeps = new ArrayList<>();
        for (double threshold : THRESHOLDS) {
            List<Example> gold = new ArrayList<>();
            List<Classification> got = new ArrayList<>();
            for (int f = 0; f < FOLDS; f++) {
                for (Example e : tests.get(f)) {
                    gold.add(e);
                    got.add(models.get(f).classify(e.title(), e.issuer(), e.text(), threshold));
                }
            }
            sweeps.add(new Sweep(threshold, Evaluation.of(gold, got)));
        }
        return sweeps;
    }

    /** The best accuracy; between equals, the one whose weaker of relevance precision and recall is higher. */
    static Sweep best(List<Sweep> sweeps) {
        Sweep best = sweeps.get(0);
        for (Sweep s : sweeps) {
            double a = s.evaluation().accuracy();
            double b = best.evaluation().accuracy();
            if (a > b + 1e-9 || (Math.abs(a - b) < 1e-9 && balance(s) > balance(best) + 1e-9)) {
                best = s;
            }
        }
        return best;
    }

    private static double balance(Sweep s) {
        return Math.min(s.evaluation().relevancePrecision(), s.evaluation().relevanceRecall());
    }

    static String report(List<Sweep> sweeps) {
        Sweep best = best(sweeps);
        StringBuilder b = new StringBuilder(String.format("%d-fold cross-validation on the training part (seed issues always "
                + "trained), undisputed items, by threshold of P(off-topic):%n", FOLDS));
        for (Sweep s : sweeps) {
            Evaluation e = s.evaluation();
            b.append(String.format("  %s %.2f: accuracy %.3f · relevance precision %.3f recall %.3f · section accuracy %.3f%n",
                    s == best ? "→" : " ", s.threshold(), e.accuracy(), e.relevancePrecision(), e.relevanceRecall(),
                    e.sectionAccuracy()));
        }
        b.append(String.format("chosen by cross-validation: %.2f; the classifier uses %.2f%n", best.threshold(),
                Classifier.RELEVANCE_THRESHOLD));
        Sweep used = sweeps.stream().filter(s -> Math.abs(s.threshold() - Classifier.RELEVANCE_THRESHOLD) < 1e-9)
                .findFirst().orElse(best);
        b.append(used.evaluation().report(FOLDS + "-fold cross-validation at " + String.format("%.2f", used.threshold())
                + ", undisputed"));
        return b.toString();
    }
}
