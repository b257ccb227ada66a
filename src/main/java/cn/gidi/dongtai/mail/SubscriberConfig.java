package cn.gidi.dongtai.mail;

import cn.gidi.dongtai.time.StageClock;
import cn.gidi.dongtai.config.DongtaiProperties;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * dongtai's tables in the application database and the subscriber store on them: what the whole application
 * ({@link MailConfig} imports this) and the {@code subscribers} command's own context
 * ({@code config.SubscribersCommandConfig}: the database and this only) share.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
@Lazy
public class SubscriberConfig {

    /** The application database with dongtai's tables created (idempotently) and commits written through. */
    record MailDatabase(JdbcTemplate jdbc, TransactionTemplate tx) {
    }

    /** After the schema initializers (Flyway on PostgreSQL; Batch's and Quartz's on H2), as their tables are. */
    @Bean
    @DependsOnDatabaseInitialization
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
    StageClock mailClock() {
        return StageClock.SYSTEM;
    }

    @Bean
    SubscriberStore subscriberStore(MailDatabase db, StageClock clock, MailSettings settings, DongtaiProperties props) {
        SubscriberStore store = new SubscriberStore(db.jdbc(), db.tx(), clock, settings.list());
        store.migrateLegacyFile(props.paths().subscribers());
        return store;
    }
}
