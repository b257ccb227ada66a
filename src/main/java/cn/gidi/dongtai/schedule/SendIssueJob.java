package cn.gidi.dongtai.schedule;

import cn.gidi.dongtai.config.DongtaiProperties;
import cn.gidi.dongtai.issue.Issue;
import cn.gidi.dongtai.issue.IssueStore;
import cn.gidi.dongtai.mail.SendReport;
import cn.gidi.dongtai.pipeline.Delivery;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Quartz job: {@code send} the newest issue dated on or before the day it fires, if it is approved (see Delivery). */
@DisallowConcurrentExecution
public class SendIssueJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(SendIssueJob.class);

    @Autowired
    IssueStore drafts;

    @Autowired
    Delivery delivery;

    @Autowired
    DongtaiProperties props;

    @Override
    protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
        LocalDate today = LocalDate.ofInstant(context.getFireTime().toInstant(), ZoneId.of(props.schedule().zone()));
        Optional<Issue> issue = drafts.list().stream().filter(i -> !i.date().isAfter(today))
                .max(Comparator.comparing(Issue::date));
        if (issue.isEmpty()) {
            log.warn("scheduled send: no issue dated on or before {}", today);
            return;
        }
        try {
            SendReport r = delivery.send(issue.get().id(), false);
            log.warn("scheduled send: {}", r.summary());
        } catch (RuntimeException e) {
            log.error("scheduled send of {} failed: {}", issue.get().id(), e.getMessage());
            throw new JobExecutionException(e);
        }
    }
}
