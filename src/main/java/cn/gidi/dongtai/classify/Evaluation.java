package cn.gidi.dongtai.classify;

import java.util.List;

/**
 * Figures for a labelled set: the 5×5 confusion matrix (four sections and off-topic), overall accuracy,
 * relevance precision and recall (on-topic is positive), section accuracy on the items both the labels
 * and the classifier keep, and per-section precision and recall.
 */
public record Evaluation(int[][] confusion, int items) {

    public static Evaluation of(List<Example> gold, List<Classification> predicted) {
        int[][] m = new int[LinearModel.CLASSES][LinearModel.CLASSES];
        for (int i = 0; i < gold.size(); i++) {
            Classification p = predicted.get(i);
            m[gold.get(i).classIndex()][p.relevant() ? p.section().ordinal() : LinearModel.OFF_TOPIC]++;
        }
        return new Evaluation(m, gold.size());
    }

    public double accuracy() {
        int right = 0;
        for (int c = 0; c < LinearModel.CLASSES; c++) {
            right += confusion[c][c];
        }
        return items == 0 ? 0 : right / (double) items;
    }

    private int keptBoth() {
        int n = 0;
        for (int g = 0; g < 4; g++) {
            for (int p = 0; p < 4; p++) {
                n += confusion[g][p];
            }
        }
        return n;
    }

    public double relevancePrecision() {
        int predictedOn = 0;
        for (int g = 0; g < LinearModel.CLASSES; g++) {
            for (int p = 0; p < 4; p++) {
                predictedOn += confusion[g][p];
            }
        }
        return predictedOn == 0 ? 0 : keptBoth() / (double) predictedOn;
    }

    public double relevanceRecall() {
        int goldOn = 0;
        for (int g = 0; g < 4; g++) {
            for (int p = 0; p < LinearModel.CLASSES; p++) {
                goldOn += confusion[g][p];
            }
        }
        return goldOn == 0 ? 0 : keptBoth() / (double) goldOn;
    }

    /** Of the items that both the labels and the classifier keep, how many are in the right section. */
    public double sectionAccuracy() {
        int right = 0;
        for (int c = 0; c < 4; c++) {
            right += confusion[c][c];
        }
        return keptBoth() == 0 ? 0 : right / (double) keptBoth();
    }

    public String report(String title) {
        StringBuilder b = new StringBuilder();
        b.append(title).append(" — ").append(items).append(" items\n");
        b.append(String.format("%-10s", "label\\got"));
        for (int c = 0; c < LinearModel.CLASSES; c++) {
            b.append(String.format("%10s", Example.labelOf(c)));
        }
        b.append('\n');
        for (int g = 0; g < LinearModel.CLASSES; g++) {
            b.append(String.format("%-10s", Example.labelOf(g)));
            for (int p = 0; p < LinearModel.CLASSES; p++) {
                b.append(String.format("%10d", confusion[g][p]));
            }
            b.append('\n');
        }
        for (int c = 0; c < LinearModel.CLASSES; c++) {
            int tp = confusion[c][c];
            int col = 0;
            int row = 0;
            for (int k = 0; k < LinearModel.CLASSES; k++) {
                col += confusion[k][c];
                row += confusion[c][k];
            }
            b.append(String.format("  %-10s precision %.3f  recall %.3f%n", Example.labelOf(c),
                    col == 0 ? 0 : tp / (double) col, row == 0 ? 0 : tp / (double) row));
        }
        b.append(String.format("accuracy %.3f (target 0.95) · relevance precision %.3f recall %.3f (targets 0.95) · "
                + "section accuracy %.3f (target 0.95)%n", accuracy(), relevancePrecision(), relevanceRecall(),
                sectionAccuracy()));
        return b.toString();
    }
}
