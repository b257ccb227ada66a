package cn.gidi.dongtai.pipeline;

import io.micrometer.core.instrument.Metrics;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;

/**
 * What a step did, in two places: the step's counts in the Batch repository ({@code status} prints them:
 * read, written, skipped, filtered) and Micrometer counters for the metrics endpoint. Outside a step (a stage
 * called directly) only the counters move.
 */
final class StepCounts {

    static final String PAGES_FETCHED = "dongtai.pages.fetched";
    static final String ITEMS_EXTRACTED = "dongtai.items.extracted";
    static final String ITEMS_KEPT = "dongtai.items.kept";

    private StepCounts() {
    }

    static void record(long read, long written, long skipped, long filtered) {
        StepContext context = StepSynchronizationManager.getContext();
        if (context == null) {
            return;
        }
        StepExecution step = context.getStepExecution();
        step.setReadCount(read);
        step.setWriteCount(written);
        step.setProcessSkipCount(skipped);
        step.setFilterCount(filtered);
    }

    static void count(String counter, long amount) {
        if (amount > 0) {
            Metrics.counter(counter).increment(amount);
        }
    }
}
