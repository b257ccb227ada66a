package cn.gidi.dongtai.config;

import cn.gidi.dongtai.issue.IssueStore;
import cn.gidi.dongtai.render.IssueRenderer;
import cn.gidi.dongtai.render.Templates;

/**
 * How the render services are built from the settings: the Spring beans ({@link DongtaiBeans}) and a command
 * that starts no Spring context ({@code render}, see {@link PlainSettings}) both build them here, so there is
 * one way to make them.
 */
public final class Services {

    private Services() {
    }

    public static Templates templates(DongtaiProperties props) {
        return new Templates(props.paths().templates());
    }

    public static IssueRenderer issueRenderer(Templates templates, DongtaiProperties props) {
        return new IssueRenderer(templates, props.paths().output(), props.paths().content().resolve("masthead.yaml"),
                new IssueRenderer.Options(props.pdf().bodyFonts(), props.pdf().headingFonts(), props.pdf().fallbackFonts(),
                        props.web().publicBaseUrl()));
    }

    public static IssueStore issueStore(DongtaiProperties props) {
        return new IssueStore(props.paths().issues());
    }
}
