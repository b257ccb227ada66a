package cn.gidi.dongtai.cli;

import cn.gidi.dongtai.archive.Archive;
import cn.gidi.dongtai.archive.ArchiveProperties;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Write the public archive: every approved issue's web page and PDF, an index by year and",
            "an Atom feed, as a static site any web server can serve. Unapproved drafts never go there."})
class PublishCommand implements Callable<Integer> {

    @Option(names = "--to", paramLabel = "DIR", description = "Folder (default: dongtai.archive.folder, output/archive).")
    Path to;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Autowired
    Archive archive;

    @Autowired
    ArchiveProperties settings;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Archive.Published p = archive.publish(to != null ? to : settings.folder());
        out.println("archive  " + OutcomePrinter.rel(p.folder()) + ": " + p.issues().size() + " issue(s) "
                + String.join(" ", p.issues()) + "; index.html, atom.xml");
        p.skipped().forEach(s -> out.println("         - not published: " + s));
        return 0;
    }
}
