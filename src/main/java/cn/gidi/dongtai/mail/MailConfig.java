package cn.gidi.dongtai.mail;

import cn.gidi.dongtai.time.StageClock;
import cn.gidi.dongtai.issue.Approvals;
import cn.gidi.dongtai.issue.IssueStore;
import cn.gidi.dongtai.render.IssueRenderer;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;

/** The mail feature's services (the database and the subscribers are {@link SubscriberConfig}'s). Lazy: a command builds only what it uses. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({MailSettings.class, MailProperties.class})
@Import(SubscriberConfig.class)
@Lazy
class MailConfig {

    @Bean
    UnsubscribeTokens unsubscribeTokens(MailSettings settings) {
        return new UnsubscribeTokens(settings.unsubscribeSecret());
    }

    @Bean
    Ledger ledger(SubscriberConfig.MailDatabase db, StageClock clock, MailSettings settings) {
        Ledger ledger = new Ledger(db.jdbc(), clock, db.tx());
        ledger.importOldDeliveryLog(settings.list());
        return ledger;
    }

    @Bean
    IssueMailer issueMailer(IssueRenderer renderer, MailSettings settings, UnsubscribeTokens tokens) {
        return new IssueMailer(renderer, settings, tokens);
    }

    @Bean
    UnsubscribeService unsubscribeService(UnsubscribeTokens tokens, SubscriberStore subscribers) {
        return new UnsubscribeService(tokens, subscribers);
    }

    @Bean
    SmtpConnections smtpConnections(MailProperties mail) {
        return new SmtpConnections(mail);
    }

    @Bean
    SendGate sendGate(IssueStore drafts, IssueMailer mailer, UnsubscribeTokens tokens, Approvals approvals,
                      IssueRenderer renderer) {
        return new SendGate(drafts, mailer, tokens, approvals, renderer);
    }

    @Bean
    MailDelivery mailDelivery(JobOperator operator, JobRepository repository, ObjectProvider<Job> jobs, SendGate gate,
                              Ledger ledger, SubscriberStore subscribers, SmtpConnections smtp, MailSettings settings,
                              StageClock clock) {
        Job job = jobs.stream().filter(j -> j.getName().equals(DeliveryJobConfig.JOB_NAME)).findFirst().orElseThrow();
        return new MailDelivery(operator, repository, job, gate, ledger, subscribers, smtp, settings, clock);
    }
}
