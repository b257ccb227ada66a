package cn.gidi.dongtai.mail;

import cn.gidi.dongtai.config.DongtaiProperties;
import cn.gidi.dongtai.issue.Approvals;
import cn.gidi.dongtai.issue.IssueStore;
import cn.gidi.dongtai.render.IssueRenderer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.support.TransactionTemplate;

/** The mail feature's services. Lazy: a command builds only what it uses. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({MailSettings.class, MailProperties.class})
@Lazy
class MailConfig {

    /** The application database with dongtai's tables created (idempotently) and commits written through. */
    record MailDatabase(JdbcTemplate jdbc, TransactionTemplate tx) {
    }

    @Bean
    MailDatabase mailDatabase(DataSource dataSource) {
        new ResourceDatabasePopulator(new ClassPathResource("dongtai-schema.sql")).execute(dataSource);
        writeThrough(dataSource);
        return new MailDatabase(new JdbcTemplate(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }

    /**
     * H2 writes a commit to its file up to WRITE_DELAY (default 500 ms) later: a process killed meanwhile
     * loses commits it reported as done, and a delivery mark with them. 0 writes each commit through
     * before it returns. (PostgreSQL commits are durable as they are.)
     */
    static void writeThrough(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (c.getMetaData().getDatabaseProductName().equals("H2")) {
                s.execute("SET WRITE_DELAY 0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set the database to write commits through: " + e.getMessage(), e);
        }
    }

    @Bean
    MailClock mailClock() {
        return MailClock.SYSTEM;
    }

    @Bean
    UnsubscribeTokens unsubscribeTokens(MailSettings settings) {
        return new UnsubscribeTokens(settings.unsubscribeSecret());
    }

    @Bean
    SubscriberStore subscriberStore(MailDatabase db, MailClock clock, MailSettings settings, DongtaiProperties props) {
        SubscriberStore store = new SubscriberStore(db.jdbc(), db.tx(), clock, settings.list());
        store.migrateLegacyFile(props.paths().subscribers());
        return store;
    }

    @Bean
    Ledger ledger(MailDatabase db, MailClock clock, MailSettings settings) {
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
                              MailClock clock) {
        Job job = jobs.stream().filter(j -> j.getName().equals(DeliveryJobConfig.JOB_NAME)).findFirst().orElseThrow();
        return new MailDelivery(operator, repository, job, gate, ledger, subscribers, smtp, settings, clock);
    }
}
