package cn.gidi.dongtai.cli;

import cn.gidi.dongtai.config.DongtaiProperties;
import cn.gidi.dongtai.mail.IssueMailer;
import cn.gidi.dongtai.mail.SubscriberStore;
import cn.gidi.dongtai.preview.LoopbackServer;
import cn.gidi.dongtai.preview.PreviewServer;
import cn.gidi.dongtai.render.IssueRenderer;
import cn.gidi.dongtai.render.Templates;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "preview", mixinStandardHelpOptions = true,
        description = {"Serve the rendered issues for editors at http://127.0.0.1:PORT/.",
            "An index and, per issue, its web page, PDF, crawl report and e-mail as a subscriber sees it.",
            "Runs until interrupted (Ctrl-C)."})
class PreviewCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", description = "Port (default: dongtai.preview.port, 8080; 0 = any free).")
    Integer port;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default 127.0.0.1).")
    String bind;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Autowired
    DongtaiProperties props;

    @Autowired
    Templates templates;

    @Autowired
    IssueMailer mailer;

    @Autowired
    IssueRenderer renderer;

    @Autowired
    SubscriberStore subscribers;

    @Override
    public Integer call() throws InterruptedException {
        PreviewServer preview = new PreviewServer(props.paths().output(), templates, mailer, renderer, subscribers.list());
        try (LoopbackServer server = preview.start(bind != null ? bind : props.preview().bind(),
                port != null ? port : props.preview().port())) {
            spec.commandLine().getOut().println("preview at " + server.baseUrl() + " (Ctrl-C to stop)");
            spec.commandLine().getOut().flush();
            new CountDownLatch(1).await();
        }
        return 0;
    }
}
