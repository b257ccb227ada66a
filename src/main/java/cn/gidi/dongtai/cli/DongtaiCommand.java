package cn.gidi.dongtai.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(name = "dongtai", mixinStandardHelpOptions = true, version = "dongtai 0.1.0",
        description = {"Builds the weekly brief 《大数据发展动态》: crawls official sources, classifies the week's",
            "policy news into 国策要论 · 地方新政 · 产业前沿 · 数谷动态, renders web, PDF and e-mail, and mails subscribers.",
            "Configuration: application.yml, or --spring.x=y / --dongtai.x=y arguments, or environment variables."})
public class DongtaiCommand implements Runnable {

    /** The subcommands, in the order the usage lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(DemoCommand.class, GenerateCommand.class, RenderCommand.class,
            ApproveCommand.class, SendCommand.class, PublishCommand.class, SubscribersCommand.class, SourcesCommand.class,
            PreviewCommand.class, ScheduleCommand.class, StatusCommand.class, BenchCrawlCommand.class, ExtractCommand.class,
            BenchExtractionCommand.class, ClassifyCommand.class, CommandLine.HelpCommand.class);

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Log progress and print stack traces on failure.")
    boolean verbose;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * The command line with all subcommands, or with only {@code only} when that names one: picocli reads every
     * command class it is given (reflection over options and annotations, a few hundred milliseconds of CPU for
     * all of them on a cold JVM), and a run needs only the command it runs.
     */
    static CommandLine commandLine(String only) {
        boolean known = only != null && SUBCOMMANDS.stream().anyMatch(c -> name(c).equals(only));
        CommandLine cli = new CommandLine(new DongtaiCommand());
        for (Class<?> c : SUBCOMMANDS) {
            if (!known || name(c).equals(only)) {
                cli.addSubcommand(name(c), c);
            }
        }
        return cli;
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
