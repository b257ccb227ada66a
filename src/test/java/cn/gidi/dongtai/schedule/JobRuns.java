package cn.gidi.dongtai.schedule;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.listeners.JobListenerSupport;

/** Which node ran which job, as the nodes' Quartz listeners saw it: "generate@node-b recovering", "send@node-a failed: …". */
final class JobRuns {

    final List<String> done = new CopyOnWriteArrayList<>();
    private final CountDownLatch latch;

    JobRuns(int expected) {
        latch = new CountDownLatch(expected);
    }

    void watch(String node, Scheduler scheduler) throws Exception {
        scheduler.getListenerManager().addJobListener(new JobListenerSupport() {
            @Override
            public String getName() {
                return "test-runs";
            }

            @Override
            public void jobWasExecuted(JobExecutionContext context, JobExecutionException e) {
                done.add(context.getJobDetail().getKey().getName() + "@" + node
                        + (context.isRecovering() ? " recovering" : "") + (e == null ? "" : " failed: " + e.getMessage()));
                latch.countDown();
            }
        });
    }

    /** Waits (at most a few minutes, as a safety net) until the expected number of runs finished. */
    boolean await() throws InterruptedException {
        return latch.await(180, TimeUnit.SECONDS);
    }
}
