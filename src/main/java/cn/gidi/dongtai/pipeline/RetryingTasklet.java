package cn.gidi.dongtai.pipeline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;

/**
 * A tasklet step's declared retry (Spring Framework's {@link RetryTemplate}; a chunked step declares its own with
 * the step builder): the failures the policy names are tried again; when the last attempt fails too, the step
 * fails with that attempt's exception, its message saying how many attempts were made. Any other failure fails
 * the step at once, unchanged.
 */
final class RetryingTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RetryingTasklet.class);

    private final String step;
    private final Tasklet tasklet;
    private final RetryTemplate retry;

    RetryingTasklet(String step, Tasklet tasklet, RetryPolicy policy) {
        this.step = step;
        this.tasklet = tasklet;
        this.retry = new RetryTemplate(policy);
        retry.setRetryListener(new RetryListener() {
            @Override
            public void beforeRetry(RetryPolicy p, Retryable<?> r, RetryState state) {
                log.warn("{}: attempt {} failed, trying again: {}", step, state.getExceptions().size(),
                        state.getLastException() == null ? "?" : state.getLastException().getMessage());
            }
        });
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        try {
            return retry.execute(new Retryable<RepeatStatus>() {
                @Override
                public RepeatStatus execute() throws Throwable {
                    return tasklet.execute(contribution, chunk);
                }

                @Override
                public String getName() {
                    return step;
                }
            });
        } catch (RetryException e) {
            Throwable last = e.getLastException() != null ? e.getLastException() : e.getCause();
            int attempts = e.getExceptions().size();
            if (attempts <= 1) {
                throw last instanceof Exception x ? x : new IllegalStateException(last);
            }
            throw new StepFailedAfterRetries(message(last) + " (" + attempts + " attempts)", last);
        }
    }

    private static String message(Throwable t) {
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /** The step's last attempt failed too; the cause is that attempt's exception. */
    static final class StepFailedAfterRetries extends RuntimeException {
        StepFailedAfterRetries(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
