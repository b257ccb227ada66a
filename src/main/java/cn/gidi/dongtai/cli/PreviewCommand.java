package cn.gidi.dongtai.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "preview", mixinStandardHelpOptions = true,
        description = {"The editors' console at http://127.0.0.1:PORT/: review, correct and approve each issue.",
            "Per issue: items by section with the classifier's evidence, the candidates left out, edit / move /",
            "drop / restore / add / lead, and the web page, PDF and e-mail re-rendered after every change.",
            "Bound to anything but loopback it requires a login (dongtai.console.users). Runs until Ctrl-C."})
class PreviewCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", description = "Port (default: dongtai.console.port, 8080; 0 = any free).")
    Integer port;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default 127.0.0.1).")
    String bind;

    @Option(names = "--hash-password", description = "Read a password from standard input, print its hash for "
            + "dongtai.console.users[N].password-hash, and exit.")
    boolean hashPassword;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Autowired
    ApplicationContext context;

    @Override
    public Integer call() throws Exception {
        if (hashPassword) {
            String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (password == null || password.isBlank()) {
                throw new IllegalArgumentException("no password on standard input");
            }
            spec.commandLine().getOut().println(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password));
            return 0;
        }
        int actual = ((WebServerApplicationContext) context).getWebServer().getPort();
        String host = context.getEnvironment().getProperty("server.address", "127.0.0.1");
        spec.commandLine().getOut().println("console at http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
                + actual + "/ (Ctrl-C to stop)");
        spec.commandLine().getOut().flush();
        new CountDownLatch(1).await();
        return 0;
    }
}
