package cn.gidi.dongtai.schedule;

import java.util.Properties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Quartz as the schedule needs it: a firing counts as missed (and is skipped) only once it is later than the
 * grace period, and a shutdown waits for the running job (which stops at its next step boundary, see
 * {@link RunningJobStopper}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScheduleProperties.class)
class ScheduleConfig {

    @Bean
    SchedulerFactoryBeanCustomizer misfireThresholdIsTheGracePeriod(QuartzProperties quartz, ScheduleProperties settings) {
        return factory -> {
            Properties p = new Properties();
            p.putAll(quartz.getProperties());
            p.setProperty("org.quartz.jobStore.misfireThreshold", Long.toString(settings.gracePeriod().toMillis()));
            factory.setQuartzProperties(p);
            factory.setWaitForJobsToCompleteOnShutdown(true);
        };
    }
}
