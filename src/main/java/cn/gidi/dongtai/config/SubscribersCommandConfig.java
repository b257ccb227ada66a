package cn.gidi.dongtai.config;

import cn.gidi.dongtai.mail.SubscriberConfig;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The whole Spring context of the {@code subscribers} command: the settings, the application database as the
 * whole application opens it (Boot's DataSource; on PostgreSQL, Flyway migrates it first, as it does for the
 * application) and the subscriber store on it, and nothing else: no Batch job repository, Quartz scheduler,
 * web server, mail sender or render services.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DongtaiProperties.class)
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
@Import(SubscriberConfig.class)
public class SubscribersCommandConfig {
}
