package cn.gidi.dongtai.cli;

import cn.gidi.dongtai.config.DongtaiProperties;
import cn.gidi.dongtai.pipeline.RunOutcome;
import cn.gidi.dongtai.pipeline.RunRequest;
import cn.gidi.dongtai.pipeline.WeeklyIssuePipeline;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Crawl, compose and render the issue for the week ending on --week.",
            "Crawls the sources for the seven days ending on that date, composes the issue dated that day,",
            "store its draft under content/issues/<id>/ and render it to output/<id>/. Every response is kept in",
            "output/<id>/crawl.warc.gz; --replay FILE re-runs the issue from such a capture, offline.",
            "A run that failed part-way resumes at the failed step when run again."})
class GenerateCommand implements Callable<Integer> {

    @Option(names = "--week", required = true, paramLabel = "YYYY-MM-DD",
            description = "Issue date: the last day of the week covered.")
    LocalDate week;

    @Option(names = "--sources", paramLabel = "FILE",
            description = "Sources file (default: dongtai.paths.sources, content/sources.yaml).")
    Path sources;

    @Option(names = "--base", paramLabel = "URL",
            description = "Base URL for relative list URLs in the sources file (overrides its 'base:').")
    String base;

    @Option(names = "--send", description = "Mail the issue to the subscribers when it is rendered.")
    boolean send;

    @Option(names = "--replay", paramLabel = "FILE",
            description = {"Re-run from a crawl capture (output/<id>/crawl.warc.gz) instead of the network;",
                "the capture's own sources are used."})
    Path replay;

    @Option(names = "--fresh", description = "Crawl anew even if the last run for this week failed part-way (default: resume it).")
    boolean fresh;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Autowired
    WeeklyIssuePipeline pipeline;

    @Autowired
    DongtaiProperties props;

    @Override
    public Integer call() {
        Path file = sources != null ? sources : props.paths().sources();
        RunOutcome outcome = pipeline.run(new RunRequest(week, file, base, send, replay, fresh));
        if (outcome.restarted()) {
            spec.commandLine().getOut().println("resumed the unfinished run for " + week);
        }
        OutcomePrinter.print(spec.commandLine().getOut(), outcome);
        return outcome.sent() != null && !outcome.sent().failed().isEmpty() ? 3 : 0;
    }
}
