package cn.gidi.dongtai.schedule;

import cn.gidi.dongtai.config.DongtaiProperties;
import cn.gidi.dongtai.pipeline.RunOutcome;
import cn.gidi.dongtai.pipeline.RunRequest;
import cn.gidi.dongtai.pipeline.WeeklyIssuePipeline;
import java.time.LocalDate;
import java.time.ZoneId;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Quartz job: {@code generate} for the week ending on the day it fires (in the schedule's zone). */
@DisallowConcurrentExecution
public class GenerateIssueJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(GenerateIssueJob.class);

    @Autowired
    WeeklyIssuePipeline pipeline;

    @Autowired
    DongtaiProperties props;

    @Override
    protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
        LocalDate week = LocalDate.ofInstant(context.getFireTime().toInstant(), ZoneId.of(props.schedule().zone()));
        try {
            RunOutcome o = pipeline.run(new RunRequest(week, props.paths().sources(), null, false));
            log.warn("scheduled generate: issue {} rendered with {} items to {}", o.issueId(),
                    o.rendered().contents().itemCount(), o.rendered().folder());
        } catch (RuntimeException e) {
            log.error("scheduled generate for {} failed: {}", week, e.getMessage());
            throw new JobExecutionException(e);
        }
    }
}
