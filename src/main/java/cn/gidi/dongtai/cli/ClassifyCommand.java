package cn.gidi.dongtai.cli;

import cn.gidi.dongtai.classify.Classification;
import cn.gidi.dongtai.classify.Classifier;
import cn.gidi.dongtai.classify.ClassifierTrainer;
import cn.gidi.dongtai.classify.Example;
import cn.gidi.dongtai.config.DongtaiProperties;
import cn.gidi.dongtai.files.AtomicFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Classify items (JSON lines) with the classifier generate uses, evaluate it, or train it.",
            "Each line: title, issuer, text (or bodyText), and for --evaluate a label (a section or off-topic).",
            "--train fits the model from the labelled corpus's training part, the seed issues and the",
            "editors' examples, and writes dongtai.classify.model; --cross-check runs 5-fold cross-validation",
            "on the training part (the threshold sweep), then trains with the CCTV transcripts held out, then",
            "with the web pages held out, and evaluates on what was held out."})
class ClassifyCommand implements Callable<Integer> {

    private static final String SHARED = "../shared/reference/";

    @Parameters(arity = "0..1", paramLabel = "FILE.jsonl", description = "Items to classify or evaluate.")
    Path file;

    @Option(names = "--json", description = "Print one JSON object per item (decision, confidence, evidence).")
    boolean json;

    @Option(names = "--evaluate", description = "Compare with each line's label: confusion matrix, per-section and "
            + "relevance precision and recall; disputed items reported apart.")
    boolean evaluate;

    @Option(names = "--held-out", description = "Only the items of the labelled corpus's fixed held-out part "
            + "(one in five by a checksum of the title), which training leaves out.")
    boolean heldOut;

    @Option(names = "--errors", description = "With --evaluate: list every item the classifier got wrong.")
    boolean errors;

    @Option(names = "--train", description = "Train the model and write it to dongtai.classify.model.")
    boolean train;

    @Option(names = "--cross-check", description = "5-fold cross-validation on the training part, then train "
            + "without the CCTV transcripts and evaluate on them, and the other way round.")
    boolean crossCheck;

    @Option(names = "--labelled", paramLabel = "FILE", description = "The labelled corpus (default: " + SHARED
            + "labelled/items.jsonl).")
    Path labelled = Path.of(SHARED + "labelled/items.jsonl");

    @Option(names = "--seeds", paramLabel = "DIR", description = "The seed issues (default: " + SHARED + "seed-issues).")
    Path seeds = Path.of(SHARED + "seed-issues");

    @Option(names = "--divisions", paramLabel = "DIR",
            description = "The administrative-divisions tables (default: " + SHARED + "divisions).")
    Path divisions = Path.of(SHARED + "divisions");

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Autowired
    DongtaiProperties props;

    @Autowired
    ObjectProvider<Classifier> classifier;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            return run(out);
        } finally {
            out.flush();
        }
    }

    private int run(PrintWriter out) {
        ClassifierTrainer.Inputs inputs = new ClassifierTrainer.Inputs(props.paths().content().resolve("classify.yaml"),
                labelled, seeds, divisions, props.classify().examples());
        if (train) {
            ClassifierTrainer.Trained t = ClassifierTrainer.train(inputs, props.classify().model());
            out.printf("trained on %d labelled items (%d held out), %d seed-issue items and %d editor examples; "
                    + "wrote %s (%d bytes)%n", t.labelledItems(), t.heldOut(), t.seedItems(), t.editorItems(),
                    props.classify().model(), t.bytes());
            return 0;
        }
        if (crossCheck) {
            ClassifierTrainer.crossCheck(inputs).forEach(out::println);
            return 0;
        }
        if (file == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give FILE.jsonl, or --train or --cross-check");
        }
        List<Example> items = ClassifierTrainer.read(file);
        if (heldOut) {
            items = items.stream().filter(ClassifierTrainer::heldOut).toList();
        }
        Classifier c = classifier.getObject();
        if (evaluate) {
            out.print(ClassifierTrainer.report(file + (heldOut ? " (held-out part)" : ""), c, items));
            if (errors) {
                for (Example e : items) {
                    Classification d = c.classify(e.title(), e.issuer(), e.text());
                    if (!d.label().equals(e.label())) {
                        out.printf("✗ %s → %s (%.2f)%s  %s%n    %s%n", e.label(), d.label(), d.confidence(),
                                e.disputed() ? " [disputed]" : "", e.title(), String.join("；", d.evidence()));
                    }
                }
            }
            return 0;
        }
        for (Example e : items) {
            Classification d = c.classify(e.title(), e.issuer(), e.text());
            if (json) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("title", e.title());
                line.put("label", d.label());
                line.put("section", d.section().label());
                line.put("relevant", d.relevant());
                line.put("confidence", Math.round(d.confidence() * 1000) / 1000.0);
                line.put("lowConfidence", d.lowConfidence());
                line.put("evidence", d.evidence());
                out.println(AtomicFiles.JSON.writeValueAsString(line).replace("\n", " ").replaceAll(" {2,}", " "));
            } else {
                out.printf("%s%-8s %.2f  %s%n    %s%n", d.lowConfidence() ? "? " : "  ", d.label(), d.confidence(),
                        e.title(), String.join("；", d.evidence()));
            }
        }
        return 0;
    }
}
