package cn.gidi.dongtai.cli;

import cn.gidi.dongtai.mail.Subscriber;
import cn.gidi.dongtai.mail.SubscriberFileException;
import cn.gidi.dongtai.mail.SubscriberStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "subscribers", mixinStandardHelpOptions = true,
        description = "Manage the subscriber list (dongtai.paths.subscribers, content/subscribers.csv).",
        subcommands = {SubscribersCommand.Import.class, SubscribersCommand.ListCommand.class})
class SubscribersCommand implements Runnable {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Add or update subscribers from a UTF-8 CSV file.",
                "The file has a header row: 'email' required,",
                "'name' and 'organization' optional. If any row is bad, nothing is imported and every bad row is listed."})
    static class Import implements Callable<Integer> {

        @Parameters(paramLabel = "FILE.csv")
        Path file;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Autowired
        SubscriberStore store;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                SubscriberStore.ImportResult r = store.importFile(file);
                out.printf("imported %s: %d added, %d updated; %d subscribers in %s%n", file, r.added(), r.updated(),
                        r.total(), store.file());
                return 0;
            } catch (SubscriberFileException e) {
                PrintWriter err = spec.commandLine().getErr();
                String head = e.problems().isEmpty() ? e.getMessage() : e.getMessage().split(": line ")[0];
                err.println("dongtai: " + head);
                e.problems().forEach(p -> err.println("  " + p));
                err.println("fix the file and import it again; the subscriber list was not changed");
                return 1;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Print the subscriber list.")
    static class ListCommand implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Autowired
        SubscriberStore store;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<Subscriber> all = store.list();
            for (Subscriber s : all) {
                out.printf("%-36s %-10s %s%n", s.email(), s.name(), s.organization());
            }
            out.println(all.size() + " subscriber(s) in " + store.file());
            return 0;
        }
    }
}
