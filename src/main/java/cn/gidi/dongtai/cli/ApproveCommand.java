package cn.gidi.dongtai.cli;

import cn.gidi.dongtai.issue.Approvals;
import cn.gidi.dongtai.issue.Draft;
import cn.gidi.dongtai.render.IssueRenderer;
import cn.gidi.dongtai.issue.IssueStore;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "approve", mixinStandardHelpOptions = true,
        description = {"Approve an issue as its draft stands now, so that it can be mailed.",
            "Renders it from the draft, then records who approved it, when, and a digest of its content in",
            "content/issues/<id>/issue.yaml. A later change to the draft needs a new approval before send."})
class ApproveCommand implements Callable<Integer> {

    @Option(names = "--issue", required = true, paramLabel = "ID", description = "Issue id, YYYY-NN.")
    String issue;

    @Option(names = "--by", paramLabel = "NAME", description = "Who approves (default: the USER environment variable).")
    String by;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Autowired
    Approvals approvals;

    @Autowired
    IssueStore drafts;

    @Autowired
    IssueRenderer renderer;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String who = by != null ? by : System.getenv().getOrDefault("USER", "");
        renderer.render(drafts.get(issue));
        Draft.Approval a = approvals.approve(issue, who);
        out.printf("approved issue %s by %s at %s (%s)%n", issue, a.by(), a.at(), a.digest());
        out.println("next     java -jar target/dongtai.jar send --issue " + issue);
        return 0;
    }
}
