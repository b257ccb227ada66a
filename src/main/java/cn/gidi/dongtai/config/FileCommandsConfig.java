package cn.gidi.dongtai.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The whole Spring context of a command that reads and writes only files (sources, render, approve, publish,
 * extract, classify, the benchmarks): the typed settings and the feature services, and nothing else. No
 * component scan and no auto-configuration, so no database, Batch job repository, Quartz scheduler, web
 * server or actuator is set up: they cost a start-up seconds of CPU and these commands use none of them.
 * The services are the same beans ({@link DongtaiBeans}) the job and the console use.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DongtaiProperties.class)
@Import(DongtaiBeans.class)
public class FileCommandsConfig {
}
