package cn.gidi.dongtai.config;

import cn.gidi.dongtai.classify.ClassifyRules;
import cn.gidi.dongtai.classify.Classifier;
import cn.gidi.dongtai.issue.IssueComposer;
import cn.gidi.dongtai.issue.IssueNumbering;
import cn.gidi.dongtai.issue.IssueStore;
import cn.gidi.dongtai.render.IssueRenderer;
import cn.gidi.dongtai.render.Templates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The feature services, built from typed configuration. Lazy: a command builds only what it uses. */
@Configuration(proxyBeanMethods = false)
@Lazy
class DongtaiBeans {

    @Bean
    Templates templates(DongtaiProperties props) {
        return new Templates(props.paths().templates());
    }

    @Bean
    IssueRenderer issueRenderer(Templates templates, DongtaiProperties props) {
        return new IssueRenderer(templates, props.paths().output(), props.paths().content().resolve("masthead.yaml"),
                props.pdf().bodyFonts(), props.pdf().headingFonts());
    }

    @Bean
    IssueStore issueStore(DongtaiProperties props) {
        return new IssueStore(props.paths().issues());
    }

    @Bean
    IssueComposer issueComposer(DongtaiProperties props) {
        ClassifyRules rules = ClassifyRules.load(props.paths().content().resolve("classify.yaml"));
        return new IssueComposer(new Classifier(rules), new IssueNumbering(props.numbering()));
    }
}
