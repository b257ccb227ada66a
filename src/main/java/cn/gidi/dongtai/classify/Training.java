package cn.gidi.dongtai.classify;

import java.util.List;

/** How the model is fitted: fixed settings and seed, so the same examples always give the same model. */
final class Training {

    static final int BITS = 18;
    static int EPOCHS = Integer.getInteger("dongtai.train.epochs", 30);
    static double RATE = Double.parseDouble(System.getProperty("dongtai.train.rate", "0.2"));
    static double L2 = Double.parseDouble(System.getProperty("dongtai.train.l2", "1e-4"));
    /**
     * The labelled corpus is 57% CCTV transcripts, but dongtai crawls web pages: a web page counts twice so
     * that the transcripts' wording does not outvote the pages'. Chosen, with {@link Classifier#SCALE} and the
     * relevance threshold, by cross-validation inside the training part (1, 1.5 or 2; 0.5 or 0.7).
     */
    static final float WEB_WEIGHT = Float.parseFloat(System.getProperty("dongtai.train.web", "2"));
    private static final long SEED = 20240603L;
    /** Editors' examples are few and the freshest word on scope: they count more. */
    private static final float EDITOR_WEIGHT = 3f;

    private Training() {
    }

    static LinearModel train(ClassifyRules rules, java.util.Map<String, String> places, List<Example> examples) {
        LinearModel model = new LinearModel(BITS, places);
        Classifier reader = new Classifier(rules, model, List.of(), 0);
        model.train(samples(reader, examples), EPOCHS, RATE, L2, SEED);
        return model;
    }

    /** A few passes over the editors' examples only, starting from the trained weights. */
    static void fineTune(LinearModel model, Classifier reader, List<Example> editorExamples) {
        model.train(samples(reader, editorExamples), 10, RATE, L2, SEED);
    }

    private static List<LinearModel.Sample> samples(Classifier reader, List<Example> examples) {
        return examples.stream().map(e -> new LinearModel.Sample(reader.features(e), e.classIndex(), weight(e))).toList();
    }

    private static float weight(Example e) {
        if ("editor".equals(e.origin())) {
            return EDITOR_WEIGHT;
        }
        float w = e.disputed() ? 0.5f : 1f;
        return "web".equals(e.origin()) ? w * WEB_WEIGHT : w;
    }
}
