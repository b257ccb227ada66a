package cn.gidi.dongtai.cli;

import cn.gidi.dongtai.issue.IssueStore;
import cn.gidi.dongtai.render.IssueRenderer;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Re-render an issue from its draft (content/issues/<id>/), e.g. after an editor changed it.")
class RenderCommand implements Callable<Integer> {

    @Option(names = "--issue", required = true, paramLabel = "ID", description = "Issue id, YYYY-NN.")
    String issue;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Autowired
    IssueStore drafts;

    @Autowired
    IssueRenderer renderer;

    @Override
    public Integer call() {
        OutcomePrinter.printIssue(spec.commandLine().getOut(), renderer.render(drafts.get(issue)));
        return 0;
    }
}
