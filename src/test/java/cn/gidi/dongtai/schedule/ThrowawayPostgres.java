package cn.gidi.dongtai.schedule;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for one test: Debian's binaries ({@code /usr/lib/postgresql/N/bin}), a new cluster
 * in the test's own folder, listening on a free loopback port, stopped and thrown away afterwards. PostgreSQL
 * refuses to run as root: as root, the cluster belongs to the {@code postgres} user (run through runuser).
 */
final class ThrowawayPostgres implements AutoCloseable {

    private final Path bin;
    private final Path data;
    private final int port;
    private final boolean asPostgresUser;

    /** Debian's newest PostgreSQL binaries, if installed. */
    static Optional<Path> binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    ThrowawayPostgres(Path bin, Path folder) throws Exception {
        this.bin = bin;
        this.asPostgresUser = "root".equals(System.getProperty("user.name"));
        Path home = folder.resolve("pg");
        Files.createDirectories(home);
        this.data = home.resolve("data");
        if (asPostgresUser) {
            // the postgres user must reach its folders inside the test's (root-owned) temporary folder
            for (Path p = home; p != null && p.startsWith(folder.getParent()); p = p.getParent()) {
                if (!p.equals(folder.getParent())) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
            run(List.of("chown", "postgres:postgres", home.toString()), false);
        }
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "dongtai", "-A", "trust",
                "-E", "UTF8", "--no-locale", "--no-sync"), asPostgresUser);
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", home.resolve("log").toString(),
                "-w", "-t", "120", "-o", "-p " + port + " -k " + home + " -c listen_addresses=127.0.0.1 -c fsync=off"
                        + " -c max_connections=60", "start"), asPostgresUser);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "dongtai", "")) {
            c.createStatement().execute("CREATE DATABASE dongtai");
        }
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/dongtai";
    }

    private static void run(List<String> command, boolean asPostgres) throws Exception {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", full) + " failed: " + out);
        }
    }

    @Override
    public void close() throws Exception {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"), asPostgresUser);
    }
}
