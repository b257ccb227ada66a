package cn.gidi.dongtai.schedule;

import cn.gidi.dongtai.config.DongtaiProperties;
import cn.gidi.dongtai.pipeline.RunOutcome;
import cn.gidi.dongtai.pipeline.RunRequest;
import cn.gidi.dongtai.pipeline.WeeklyIssuePipeline;
import java.time.LocalDate;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.InterruptableJob;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Quartz job: {@code generate} for the week ending on the day it was due (in the schedule's zone). Never two
 * at once, on any node of a cluster; interrupted (a shutdown), the weekly job stops after its current step.
 */
@DisallowConcurrentExecution
public class GenerateIssueJob extends QuartzJobBean implements InterruptableJob {

    private static final Logger log = LoggerFactory.getLogger(GenerateIssueJob.class);

    @Autowired
    WeeklyIssuePipeline pipeline;

    @Autowired
    DongtaiProperties props;

    @Autowired
    ScheduleProperties schedule;

    private volatile LocalDate week;

    @Override
    protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
        week = SendIssueJob.dayOf(context, schedule);
        if (context.isRecovering() && pipeline.recoverCrashed(week) > 0) {
            log.warn("scheduled generate for {}: the node running it died; resuming its run here", week);
        }
        try {
            RunOutcome o = pipeline.run(new RunRequest(week, props.paths().sources(), null, false));
            log.warn("scheduled generate: issue {} rendered with {} items to {}", o.issueId(),
                    o.rendered().contents().itemCount(), o.rendered().folder());
        } catch (RuntimeException e) {
            log.error("scheduled generate for {} failed: {}", week, e.getMessage());
            throw new JobExecutionException(e);
        }
    }

    @Override
    public void interrupt() {
        if (week != null) {
            pipeline.stopRunning(week);
        }
    }
}
