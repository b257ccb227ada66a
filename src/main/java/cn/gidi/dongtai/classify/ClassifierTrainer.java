package cn.gidi.dongtai.classify;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Trains the model from the labelled corpus (its training part only: the fixed held-out part stays out),
 * the seed issues and the editors' examples, and evaluates it: on the held-out part, and with the CCTV
 * transcripts held out of training both ways, since the corpus's sources are skewed by label.
 */
public final class ClassifierTrainer {

    /** Where the training material is; {@code editorExamples} may not exist yet. */
    public record Inputs(Path rules, Path labelled, Path seeds, Path divisions, Path editorExamples) {
    }

    public record Trained(int labelledItems, int seedItems, int editorItems, int heldOut, long bytes) {
    }

    private ClassifierTrainer() {
    }

    public static Trained train(Inputs in, Path out) {
        List<Example> labelled = TrainingData.readJsonLines(in.labelled());
        List<Example> training = new ArrayList<>(labelled.stream().filter(e -> !TrainingData.heldOut(e)).toList());
        List<Example> seeds = TrainingData.readSeedIssues(in.seeds());
        List<Example> editors = Files.isRegularFile(in.editorExamples()) ? EditorExamples.read(in.editorExamples()) : List.of();
        training.addAll(seeds);
        training.addAll(editors);
        LinearModel model = Training.train(ClassifyRules.load(in.rules()), places(in), training);
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
            try (OutputStream o = Files.newOutputStream(tmp)) {
                model.write(o);
            }
            Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return new Trained(training.size() - seeds.size() - editors.size(), seeds.size(), editors.size(),
                    labelled.size() - (training.size() - seeds.size() - editors.size()), Files.size(out));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the model " + out + ": " + e.getMessage(), e);
        }
    }

    /** Items of a JSON-lines file, for classifying or evaluating. */
    public static List<Example> read(Path file) {
        return TrainingData.readJsonLines(file);
    }

    public static boolean heldOut(Example e) {
        return TrainingData.heldOut(e);
    }

    public static Evaluation evaluate(Classifier classifier, List<Example> items) {
        return Evaluation.of(items, items.stream().map(e -> classifier.classify(e.title(), e.issuer(), e.text())).toList());
    }

    /**
     * k-fold cross-validation on the training part (how the threshold is chosen), then the two source
     * held-out checks, each as a printed report: train without X, evaluate on X.
     */
    public static List<String> crossCheck(Inputs in) {
        List<Example> labelled = TrainingData.readJsonLines(in.labelled());
        List<Example> seeds = TrainingData.readSeedIssues(in.seeds());
        ClassifyRules rules = ClassifyRules.load(in.rules());
        Map<String, String> places = places(in);
        List<String> reports = new ArrayList<>();
        reports.add(CrossValidation.report(CrossValidation.run(rules, places,
                labelled.stream().filter(e -> !TrainingData.heldOut(e)).toList(), seeds)));
        for (boolean holdCctv : new boolean[] {true, false}) {
            Predicate<Example> held = e -> TrainingData.cctv(e) == holdCctv;
            List<Example> training = new ArrayList<>(labelled.stream().filter(held.negate()).toList());
            training.addAll(seeds);
            Classifier c = new Classifier(rules, Training.train(rules, places, training), List.of(), 0.6);
            List<Example> test = labelled.stream().filter(held).toList();
            String name = holdCctv ? "CCTV transcripts held out (trained on web pages and seed issues)"
                    : "web pages held out (trained on CCTV transcripts and seed issues)";
            reports.add(report(name, c, test));
        }
        return reports;
    }

    /** Undisputed items first, then the disputed ones apart. */
    public static String report(String name, Classifier c, List<Example> items) {
        List<Example> clear = items.stream().filter(e -> !e.disputed()).toList();
        List<Example> disputed = items.stream().filter(Example::disputed).toList();
        String out = evaluate(c, clear).report(name + ", undisputed");
        if (!disputed.isEmpty()) {
            Evaluation d = evaluate(c, disputed);
            out += String.format("disputed items apart (%d): accuracy %.3f, relevance recall %.3f%n", disputed.size(),
                    d.accuracy(), d.relevanceRecall());
        }
        return out;
    }

    private static Map<String, String> places(Inputs in) {
        return Places.fromDivisions(in.divisions()).provinceOf();
    }
}
