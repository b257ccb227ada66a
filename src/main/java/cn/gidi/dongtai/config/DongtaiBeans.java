package cn.gidi.dongtai.config;

import cn.gidi.dongtai.archive.Archive;
import cn.gidi.dongtai.archive.ArchiveProperties;
import cn.gidi.dongtai.classify.EditorExamples;
import cn.gidi.dongtai.classify.Classifier;
import cn.gidi.dongtai.issue.Approvals;
import cn.gidi.dongtai.issue.DraftEditor;
import cn.gidi.dongtai.issue.IssueComposer;
import cn.gidi.dongtai.issue.IssueNumbering;
import cn.gidi.dongtai.issue.IssueStore;
import cn.gidi.dongtai.render.IssueRenderer;
import cn.gidi.dongtai.render.Templates;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import cn.gidi.dongtai.crawl.FigureSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The feature services, built from typed configuration. Lazy: a command builds only what it uses. */
@Configuration(proxyBeanMethods = false)
@Lazy
@EnableConfigurationProperties({ArchiveProperties.class, FigureSettings.class})
class DongtaiBeans {

    @Bean
    Archive archive(IssueStore store, IssueRenderer renderer, Templates templates, DongtaiProperties props) {
        return new Archive(store, renderer, templates, props.web().publicBaseUrl());
    }

    @Bean
    Templates templates(DongtaiProperties props) {
        return Services.templates(props);
    }

    @Bean
    IssueRenderer issueRenderer(Templates templates, DongtaiProperties props) {
        return Services.issueRenderer(templates, props);
    }

    @Bean
    IssueStore issueStore(DongtaiProperties props) {
        return Services.issueStore(props);
    }

    @Bean
    DraftEditor draftEditor(IssueStore store) {
        return new DraftEditor(store);
    }

    @Bean
    Approvals approvals(IssueStore store, EditorExamples editorExamples) {
        return new Approvals(store, Clock.systemDefaultZone(), editorExamples);
    }

    @Bean
    Classifier classifier(DongtaiProperties props) {
        return Classifier.load(props.paths().content().resolve("classify.yaml"), props.classify().model(),
                props.classify().examples(), props.classify().lowConfidence());
    }

    @Bean
    EditorExamples editorExamples(DongtaiProperties props) {
        return new EditorExamples(props.classify().examples());
    }

    @Bean
    IssueComposer issueComposer(Classifier classifier, DongtaiProperties props) {
        return new IssueComposer(classifier, new IssueNumbering(props.numbering()));
    }
}
