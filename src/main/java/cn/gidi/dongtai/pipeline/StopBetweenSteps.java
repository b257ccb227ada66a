package cn.gidi.dongtai.pipeline;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * A shutdown's checkpoint: once a stop is requested for a week, the step that is running finishes and is
 * recorded, and the next step of that week's run does not start (it ends STOPPED, having done nothing, and the
 * job with it). Running the same request again resumes at that step. Only this node's runs are affected.
 */
@Component
class StopBetweenSteps implements StepExecutionListener {

    private final Set<String> weeks = ConcurrentHashMap.newKeySet();

    void request(String week) {
        weeks.add(week);
    }

    boolean requested(String week) {
        return weeks.contains(week);
    }

    void clear(String week) {
        weeks.remove(week);
    }

    @Override
    public void beforeStep(StepExecution step) {
        String week = step.getJobExecution().getJobParameters().getString("week");
        if (week != null && weeks.contains(week)) {
            throwUnchecked(new JobInterruptedException("stopped before step '" + step.getStepName()
                    + "' (shutdown); run the same command again to resume here"));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void throwUnchecked(Throwable t) throws T {
        throw (T) t; // Batch marks a step that throws JobInterruptedException STOPPED, not FAILED
    }
}
