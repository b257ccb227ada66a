package cn.gidi.dongtai.cli;

import cn.gidi.dongtai.mail.Subscriber;
import cn.gidi.dongtai.mail.SubscriberStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "subscribers", mixinStandardHelpOptions = true,
        description = {"Manage subscribers and their lists (in the database). The old content/subscribers.csv",
            "(dongtai.paths.subscribers) is imported once, the first time the database meets it."},
        subcommands = {SubscribersCommand.Import.class, SubscribersCommand.ListCommand.class,
            SubscribersCommand.Add.class, SubscribersCommand.Remove.class, SubscribersCommand.Unsubscribe.class})
class SubscribersCommand implements Runnable {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What every subcommand has: the store, where to print, and the list it works on. */
    abstract static class OnList implements Callable<Integer> {

        @Option(names = "--list", paramLabel = "NAME", description = "List (brief) to work on (default: dongtai.mail.list).")
        String list;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Autowired
        SubscriberStore store;

        String listName() {
            return list == null ? store.defaultList() : list;
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        /** One line on the error stream, exit 1: nothing was changed. */
        int unchanged(String why) {
            spec.commandLine().getErr().println("dongtai: " + why + "; nothing changed");
            return 1;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Add or update subscribers from a CSV (UTF-8 or GBK) or Excel .xlsx file.",
                "Header row: email/邮箱 (required), name/姓名, organization/单位. Good rows are imported together;",
                "bad rows are listed with line and reason and written to FILE.rejects.csv. Exit 0: all rows",
                "imported; 3: some rows rejected; 1: the file could not be read (nothing changed)."})
    static class Import extends OnList {

        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--rejects", paramLabel = "FILE", description = "Where to write rejected rows (default FILE.rejects.csv).")
        Path rejects;

        @Override
        public Integer call() {
            PrintWriter out = out();
            String listName = listName();
            Path rejectFile = rejects != null ? rejects : file.resolveSibling(file.getFileName() + ".rejects.csv");
            SubscriberStore.ImportResult r = store.importFile(file, listName, rejectFile);
            out.printf("imported %s (%s) into list '%s': %d added, %d updated, %d unchanged%s; %d row(s) rejected%n",
                    file, r.format(), listName, r.added(), r.updated(), r.unchanged(),
                    r.keptUnsubscribed() == 0 ? "" : ", " + r.keptUnsubscribed() + " had unsubscribed and stay off the list",
                    r.rejected().size());
            if (!r.rejected().isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                r.rejected().forEach(x -> err.println("  line " + x.line() + ": " + x.reason()));
                err.println("rejected rows written to " + r.rejectFile() + "; fix them there and import that file");
                err.flush();
                return 3;
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Print subscribers (of one list, or all with their lists).")
    static class ListCommand extends OnList {

        @Override
        public Integer call() {
            PrintWriter out = out();
            if (list != null) {
                List<Subscriber> all = store.list(list);
                all.forEach(s -> out.printf("%-36s %-10s %s%n", s.email(), s.name(), s.organization()));
                out.println(all.size() + " subscriber(s) on list '" + list + "'");
                return 0;
            }
            List<SubscriberStore.Listed> all = store.all();
            all.forEach(l -> out.printf("%-36s %-10s %-20s %s%n", l.subscriber().email(), l.subscriber().name(),
                    l.subscriber().organization(), l.lists().isEmpty() ? "(unsubscribed)" : String.join(",", l.lists())));
            out.println(all.size() + " subscriber(s)");
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add (or update) one subscriber and put them on a list, also if they had unsubscribed from it.")
    static class Add extends OnList {

        @Parameters(paramLabel = "EMAIL")
        String email;

        @Option(names = "--name", defaultValue = "", description = "Name used in the greeting.")
        String name;

        @Option(names = "--organization", defaultValue = "", description = "Organization (单位).")
        String organization;

        @Override
        public Integer call() {
            String listName = listName();
            store.add(new Subscriber(email, name, organization), listName);
            out().println("added " + email.trim().toLowerCase(java.util.Locale.ROOT)
                    + " to list '" + listName + "'");
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Delete a subscriber and all their subscriptions (the delivery history is kept).")
    static class Remove extends OnList {

        @Parameters(paramLabel = "EMAIL")
        String email;

        @Override
        public Integer call() {
            if (!store.remove(email)) {
                return unchanged(email + " is not a subscriber");
            }
            out().println("removed " + email);
            return 0;
        }
    }

    @Command(name = "unsubscribe", mixinStandardHelpOptions = true,
            description = "Take a subscriber off a list; a later import does not put them back.")
    static class Unsubscribe extends OnList {

        @Parameters(paramLabel = "EMAIL")
        String email;

        @Override
        public Integer call() {
            String listName = listName();
            if (!store.unsubscribe(email, listName)) {
                return unchanged(email + " is not on list '" + listName + "'");
            }
            out().println("unsubscribed " + email + " from list '" + listName + "'");
            return 0;
        }
    }
}
