package cn.gidi.dongtai.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(name = "dongtai", mixinStandardHelpOptions = true, version = "dongtai 0.1.0",
        description = {"Builds the weekly brief 《大数据发展动态》: crawls official sources, classifies the week's",
            "policy news into 国策要论 · 地方新政 · 产业前沿 · 数谷动态, renders web, PDF and e-mail, and mails subscribers.",
            "Configuration: application.yml, or --spring.x=y / --dongtai.x=y arguments, or environment variables."},
        subcommands = {DemoCommand.class, GenerateCommand.class, RenderCommand.class, ApproveCommand.class, SendCommand.class, PublishCommand.class,
            SubscribersCommand.class, SourcesCommand.class, PreviewCommand.class, ScheduleCommand.class, StatusCommand.class, BenchCrawlCommand.class,
            ExtractCommand.class, BenchExtractionCommand.class, ClassifyCommand.class, CommandLine.HelpCommand.class})
public class DongtaiCommand implements Runnable {

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Log progress and print stack traces on failure.")
    boolean verbose;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
