package cn.gidi.dongtai;

import cn.gidi.dongtai.cli.CommandLineEntry;
import cn.gidi.dongtai.config.DongtaiProperties;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * dongtai builds the weekly brief 《大数据发展动态》: crawl → extract → classify and compose → render → mail.
 * The job's flow is in {@link cn.gidi.dongtai.pipeline.WeeklyIssueJobConfig}; the commands in {@code cli}.
 */
@SpringBootApplication
@EnableConfigurationProperties(DongtaiProperties.class)
public class DongtaiApplication {

    public static void main(String[] args) {
        System.exit(CommandLineEntry.run(DongtaiApplication.class, args));
    }
}
