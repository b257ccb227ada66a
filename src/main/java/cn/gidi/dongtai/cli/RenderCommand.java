package cn.gidi.dongtai.cli;

import cn.gidi.dongtai.concurrent.Threads;
import cn.gidi.dongtai.config.DongtaiProperties;
import cn.gidi.dongtai.config.Services;
import cn.gidi.dongtai.issue.Issue;
import cn.gidi.dongtai.issue.IssueStore;
import cn.gidi.dongtai.render.IssueRenderer;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Re-render an issue from its draft (content/issues/<id>/), e.g. after an editor changed it.")
class RenderCommand implements Callable<Integer>, PlainCommand {

    @Option(names = "--issue", required = true, paramLabel = "ID", description = "Issue id, YYYY-NN.")
    String issue;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** The draft, read while the renderer is made. */
    CompletableFuture<Issue> draft;

    IssueRenderer renderer;

    @Override
    public void wire(DongtaiProperties settings) {
        IssueStore drafts = Services.issueStore(settings);
        String id = issue;
        draft = Threads.start("dongtai-draft", () -> drafts.get(id));
        renderer = Services.issueRenderer(Services.templates(settings), settings);
    }

    @Override
    public Integer call() {
        OutcomePrinter.printIssue(spec.commandLine().getOut(), renderer.render(Threads.join(draft)));
        return 0;
    }
}
