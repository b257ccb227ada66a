package cn.gidi.dongtai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import cn.gidi.dongtai.concurrent.Threads;
import cn.gidi.dongtai.config.DongtaiProperties;
import cn.gidi.dongtai.config.PlainSettings;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * Parses the command line, starts the Spring context that command needs ({@link CommandContexts}: files only, or
 * the whole application), then runs the picocli command with its services injected. Arguments of the form {@code --spring.x=y}, {@code --management.x=y} or
 * {@code --dongtai.x=y} go to Spring as configuration; the rest to the command. Failures print one line
 * (with the stack trace only under {@code --verbose}) and exit non-zero.
 */
public final class CommandLineEntry {

    private CommandLineEntry() {
    }

    public static int run(Class<?> application, String... args) {
        List<String> springArgs = new ArrayList<>();
        List<String> commandArgs = new ArrayList<>();
        for (String a : args) {
            (a.startsWith("--spring.") || a.startsWith("--dongtai.") || a.startsWith("--logging.") || a.startsWith("--management.")
                    ? springArgs : commandArgs).add(a);
        }
        boolean verbose = commandArgs.contains("--verbose") || commandArgs.contains("-v");
        if (commandArgs.isEmpty() || isHelpOnly(commandArgs)) {
            // Help needs no database or services: answer without starting Spring.
            return DongtaiCommand.commandLine(subcommand(commandArgs)).execute(commandArgs.toArray(String[]::new));
        }
        boolean demoDrafts = commandArgs.get(0).equals("demo")
                || (commandArgs.get(0).equals("preview") && commandArgs.remove("--demo"));
        // A command without a context reads its settings while picocli reads the command line (both cost a cold
        // process about a tenth of a second, on the machine's other core); a command line that does not parse
        // leaves the reading unused.
        String named = subcommand(commandArgs);
        CompletableFuture<DongtaiProperties> plainSettings = named != null && CommandContexts.withoutContext(named)
                ? Threads.start("dongtai-settings", () -> PlainSettings.dongtai(PlainSettings.environment(
                        settings(named, springArgs, commandArgs, verbose, demoDrafts).toArray(String[]::new))))
                : null;
        // Parse first, then start only the context the command needs (CommandContexts): a wrong argument costs
        // no Spring start, and a command that works on files starts no database, job or scheduler.
        CommandLine cli = DongtaiCommand.commandLine(named);
        cli.setParameterExceptionHandler((ex, args2) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("dongtai: " + Errors.firstLine(ex.getMessage()) + " (see: dongtai "
                    + ex.getCommandLine().getCommandSpec().qualifiedName(" ").replaceFirst("^dongtai ?", "")
                    + " --help)");
            err.flush();
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("dongtai: " + Errors.describe(ex));
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return 1;
        });
        cli.setExecutionStrategy(parsed -> parsed.subcommand() == null
                ? new CommandLine.RunLast().execute(parsed)
                : runInContext(parsed, application, springArgs, commandArgs, verbose, demoDrafts, plainSettings));
        return cli.execute(commandArgs.toArray(String[]::new));
    }

    private static int runInContext(CommandLine.ParseResult parsed, Class<?> application, List<String> springArgs,
                                    List<String> commandArgs, boolean verbose, boolean demoDrafts,
                                    CompletableFuture<DongtaiProperties> plainSettings) {
        String command = parsed.subcommand().commandSpec().name();
        if (CommandContexts.withoutContext(command)) {
            try {
                DongtaiProperties props = plainSettings != null ? Threads.join(plainSettings) : PlainSettings.dongtai(
                        PlainSettings.environment(settings(command, springArgs, commandArgs, verbose, demoDrafts)
                                .toArray(String[]::new)));
                for (CommandLine c : parsed.asCommandLineList()) {
                    if (c.getCommand() instanceof PlainCommand plain) {
                        plain.wire(props);
                    }
                }
            } catch (RuntimeException e) {
                return cannotStart(e, verbose);
            }
            return new CommandLine.RunLast().execute(parsed);
        }
        if (!CommandContexts.filesOnly(command)
                && springArgs.stream().noneMatch(a -> a.startsWith("--spring.datasource.url="))
                && System.getProperty("spring.datasource.url") == null && System.getenv("SPRING_DATASOURCE_URL") == null) {
            DatabaseHome.moveOutOfOutput(System.err);
        }
        String[] settings = settings(command, springArgs, commandArgs, verbose, demoDrafts).toArray(String[]::new);
        ConfigurableApplicationContext context;
        try {
            context = CommandContexts.applicationFor(command, application).run(settings);
        } catch (RuntimeException e) {
            return cannotStart(e, verbose);
        }
        try (context) {
            try {
                // The command objects picocli made get their services from the context: only the command that
                // runs (and its parents) asks for any.
                for (CommandLine c : parsed.asCommandLineList()) {
                    if (c.getCommand().getClass().getPackageName().startsWith("cn.gidi.dongtai")) {
                        context.getAutowireCapableBeanFactory().autowireBean(c.getCommand());
                    }
                }
            } catch (RuntimeException e) {
                return cannotStart(e, verbose);
            }
            return new CommandLine.RunLast().execute(parsed);
        }
    }

    /**
     * The Spring arguments {@code command} runs with: the user's ({@code springArgs}), after this command's defaults
     * for the keys the user did not give.
     */
    private static List<String> settings(String command, List<String> userSpringArgs, List<String> commandArgs,
                                         boolean verbose, boolean demoDrafts) {
        List<String> springArgs = new ArrayList<>(userSpringArgs);
        if (command.equals("preview")) {
            // The editors' console is the one command that serves HTTP (Spring MVC on an embedded Tomcat).
            springArgs.add("--spring.main.web-application-type=servlet");
            consoleSettings(commandArgs).forEach(springArgs::add);
        }
        if (postgresUrl(springArgs)) {
            springArgs.add(0, "--spring.profiles.include=postgres"); // Flyway schema, Quartz's PostgreSQL delegate
        }
        // Defaults for this command; an argument the user gave for the same key wins.
        List<String> settings = new ArrayList<>();
        if (verbose) {
            settings.add("--logging.level.cn.gidi.dongtai=INFO");
            settings.add("--logging.level.org.springframework.batch=INFO");
            settings.add("--logging.level.org.springframework.boot.SpringApplication=ERROR");
        }
        if (demoDrafts) {
            // The demo's own throwaway database, draft folder and subscribers (given as arguments, so that they
            // win over system properties and the environment; what the user typed still wins over them).
            settings.add("--spring.datasource.url=jdbc:h2:mem:dongtai-demo;DB_CLOSE_DELAY=-1");
            settings.add("--dongtai.paths.issues=${dongtai.paths.output:output}/demo/issues");
            settings.add("--dongtai.paths.subscribers=content/demo/subscribers.csv");
            // The demo's automatic approval must not teach the real classifier.
            settings.add("--dongtai.classify.examples=${dongtai.paths.output:output}/demo/editor-examples.jsonl");
            settings.add("--dongtai.crawl.per-host-delay=20ms");
            // The demo's messages never leave the machine: a fixed, public unsubscribe key is fine here only.
            settings.add("--dongtai.mail.unsubscribe-secret=demo-only-unsubscribe-key-not-secret");
            // every demo "site" is a loopback server, which the crawler refuses unless told
            settings.add("--dongtai.crawl.allowed-networks=loopback");
        }
        if (command.equals("demo")) {
            // The demo mails an in-process server: no credentials or TLS of a real relay apply to it.
            settings.add("--spring.mail.host=127.0.0.1");
            settings.add("--spring.mail.port=" + freePort());
            settings.add("--spring.mail.username=");
            settings.add("--spring.mail.password=");
            settings.add("--spring.mail.properties.mail.smtp.auth=false");
            settings.add("--spring.mail.properties.mail.smtp.starttls.enable=false");
            settings.add("--spring.mail.properties.mail.smtp.starttls.required=false");
        }
        // Spring joins two values of one key with a comma, so a setting the user gave is not given again.
        List<String> given = springArgs.stream().map(a -> a.contains("=") ? a.substring(0, a.indexOf('=')) : a).toList();
        springArgs.addAll(0, settings.stream()
                .filter(a -> !given.contains(a.contains("=") ? a.substring(0, a.indexOf('=')) : a)).toList());
        return springArgs;
    }

    /**
     * The subcommand the arguments name (the first that is not an option: the top-level options take no value),
     * or null for {@code help}, which needs them all.
     */
    private static String subcommand(List<String> args) {
        return args.stream().filter(a -> !a.startsWith("-")).findFirst().filter(a -> !a.equals("help")).orElse(null);
    }

    private static int cannotStart(RuntimeException e, boolean verbose) {
        System.err.println("dongtai: cannot start: " + Errors.rootMessage(e));
        if (verbose) {
            e.printStackTrace();
        }
        return 1;
    }

    /** {@code preview --port N --bind A} become the web server's settings (the command's own defaults otherwise). */
    private static List<String> consoleSettings(List<String> args) {
        List<String> settings = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            if (a.startsWith("--port=") || a.startsWith("--bind=")) {
                value = a.substring(7);
                a = a.substring(0, 6);
            }
            if (value != null && a.equals("--port")) {
                settings.add("--dongtai.console.port=" + value);
            } else if (value != null && a.equals("--bind")) {
                settings.add("--dongtai.console.bind=" + value);
            }
        }
        return settings;
    }

    /** A PostgreSQL database given by argument, system property or environment: the postgres profile applies. */
    private static boolean postgresUrl(List<String> springArgs) {
        String url = springArgs.stream().filter(a -> a.startsWith("--spring.datasource.url=")).reduce((a, b) -> b)
                .map(a -> a.substring("--spring.datasource.url=".length()))
                .orElse(System.getProperty("spring.datasource.url", System.getenv("SPRING_DATASOURCE_URL")));
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    private static boolean isHelpOnly(List<String> args) {
        return args.contains("--help") || args.contains("-h") || args.contains("--version") || args.contains("-V")
                || args.equals(List.of("help")) || args.equals(List.of("subscribers")) || args.equals(List.of("sources"));
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free loopback port for the demo's mail server", e);
        }
    }
}
