package cn.gidi.dongtai.mail;

import cn.gidi.dongtai.time.StageClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Subscribers and the lists (briefs) they receive, in the database. An import takes the good rows of
 * a file in one transaction (all or none of them) and reports each bad row with its line and reason,
 * also in a reject file beside the input. Someone who unsubscribed from a list is not put back on it
 * by an import; only {@code subscribers add} does that.
 */
public final class SubscriberStore {

    private static final Logger log = LoggerFactory.getLogger(SubscriberStore.class);
    private static final String LEGACY_MIGRATION = "subscribers.csv";

    /** A subscriber with the lists they receive. */
    public record Listed(Subscriber subscriber, List<String> lists) {
    }

    public record Rejected(long line, String email, String reason) {
    }

    public record ImportResult(String format, int added, int updated, int unchanged, int keptUnsubscribed,
                               List<Rejected> rejected, Path rejectFile) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final StageClock clock;
    private final String defaultList;

    SubscriberStore(JdbcTemplate jdbc, TransactionTemplate tx, StageClock clock, String defaultList) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.defaultList = defaultList;
    }

    public String defaultList() {
        return defaultList;
    }

    /** The active subscribers of the default list. */
    public List<Subscriber> list() {
        return list(defaultList);
    }

    public List<Subscriber> list(String listName) {
        return jdbc.query("SELECT s.EMAIL, s.NAME, s.ORGANIZATION FROM DONGTAI_SUBSCRIBER s JOIN DONGTAI_SUBSCRIPTION l "
                + "ON l.EMAIL = s.EMAIL WHERE l.LIST_NAME = ? AND l.UNSUBSCRIBED_AT IS NULL ORDER BY s.EMAIL",
                (rs, i) -> new Subscriber(rs.getString(1), rs.getString(2), rs.getString(3)), listName);
    }

    /** Everyone, with the lists they are on (unsubscribed lists not shown). */
    public List<Listed> all() {
        Map<String, List<String>> lists = new HashMap<>();
        jdbc.query("SELECT EMAIL, LIST_NAME FROM DONGTAI_SUBSCRIPTION WHERE UNSUBSCRIBED_AT IS NULL ORDER BY LIST_NAME",
                rs -> {
                    lists.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return jdbc.query("SELECT EMAIL, NAME, ORGANIZATION FROM DONGTAI_SUBSCRIBER ORDER BY EMAIL",
                (rs, i) -> new Listed(new Subscriber(rs.getString(1), rs.getString(2), rs.getString(3)),
                        lists.getOrDefault(rs.getString(1), List.of())));
    }

    /** Adds or updates a subscriber and (re)subscribes them to the list. */
    public void add(Subscriber s, String listName) {
        Subscriber checked = checked(s);
        tx.executeWithoutResult(status -> {
            upsert(checked);
            subscribe(checked.email(), listName, true);
        });
    }

    /** Deletes a subscriber and all their subscriptions. The delivery ledger keeps its history. */
    public boolean remove(String email) {
        String key = key(email);
        return Boolean.TRUE.equals(tx.execute(status -> {
            jdbc.update("DELETE FROM DONGTAI_SUBSCRIPTION WHERE EMAIL = ?", key);
            return jdbc.update("DELETE FROM DONGTAI_SUBSCRIBER WHERE EMAIL = ?", key) == 1;
        }));
    }

    /** Takes the subscriber off the list; true if they were on it. */
    public boolean unsubscribe(String email, String listName) {
        return jdbc.update("UPDATE DONGTAI_SUBSCRIPTION SET UNSUBSCRIBED_AT = ? WHERE EMAIL = ? AND LIST_NAME = ? "
                + "AND UNSUBSCRIBED_AT IS NULL", now(), key(email), listName) == 1;
    }

    /**
     * Imports a CSV or XLSX file into a list. Bad rows are reported (and written to {@code rejectFile}
     * when there are any); the good rows go in in one transaction.
     */
    public ImportResult importFile(Path file, String listName, Path rejectFile) {
        SubscriberFiles.Contents contents = SubscriberFiles.read(file);
        List<Rejected> rejected = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        Map<String, Subscriber> good = new LinkedHashMap<>();
        for (SubscriberFiles.Row r : contents.rows()) {
            String problem = Addresses.problem(r.email());
            if (problem == null) {
                problem = fieldProblem("name", r.name(), 200);
            }
            if (problem == null) {
                problem = fieldProblem("organization", r.organization(), 300);
            }
            String key = r.email().toLowerCase(Locale.ROOT);
            if (problem == null && firstLine.containsKey(key)) {
                problem = "the same address as line " + firstLine.get(key);
            }
            if (problem != null) {
                rejected.add(new Rejected(r.line(), r.email(), problem));
                continue;
            }
            firstLine.put(key, r.line());
            good.put(key, new Subscriber(key, r.name(), r.organization()));
        }
        int[] counts = tx.execute(status -> {
            int[] c = new int[4];
            for (Subscriber s : good.values()) {
                c[upsert(s)]++;
                if (!subscribe(s.email(), listName, false)) {
                    c[3]++;
                }
            }
            return c;
        });
        Path written = rejected.isEmpty() ? null : writeRejects(rejectFile, rejected, contents);
        return new ImportResult(contents.format(), counts[0], counts[1], counts[2], counts[3], rejected, written);
    }

    /** Imports the old subscriber file once (the first time a database meets it). */
    void migrateLegacyFile(Path csv) {
        if (csv == null || !Files.isRegularFile(csv)) {
            return;
        }
        Integer done = jdbc.queryForObject("SELECT COUNT(*) FROM DONGTAI_MIGRATION WHERE NAME = ?", Integer.class,
                LEGACY_MIGRATION);
        if (done != null && done > 0) {
            return;
        }
        ImportResult r;
        try {
            r = importFile(csv, defaultList, csv.resolveSibling(csv.getFileName() + ".rejects.csv"));
            jdbc.update("INSERT INTO DONGTAI_MIGRATION (NAME, DONE_AT) VALUES (?, ?)", LEGACY_MIGRATION, now());
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // Two nodes on one database started together: the other one imported the file at the same moment.
            log.info("{} is being imported by another dongtai process on the same database", csv);
            return;
        }
        log.warn("imported {} once into the subscriber database (list '{}'): {} added, {} rejected{}", csv, defaultList,
                r.added(), r.rejected().size(), r.rejectFile() == null ? "" : " (see " + r.rejectFile() + ")");
    }

    /** 0: added, 1: updated, 2: unchanged. */
    private int upsert(Subscriber s) {
        List<Subscriber> old = jdbc.query("SELECT EMAIL, NAME, ORGANIZATION FROM DONGTAI_SUBSCRIBER WHERE EMAIL = ?",
                (rs, i) -> new Subscriber(rs.getString(1), rs.getString(2), rs.getString(3)), s.email());
        if (old.isEmpty()) {
            jdbc.update("INSERT INTO DONGTAI_SUBSCRIBER (EMAIL, NAME, ORGANIZATION, CREATED_AT) VALUES (?, ?, ?, ?)",
                    s.email(), s.name(), s.organization(), now());
            return 0;
        }
        if (old.get(0).equals(s)) {
            return 2;
        }
        jdbc.update("UPDATE DONGTAI_SUBSCRIBER SET NAME = ?, ORGANIZATION = ? WHERE EMAIL = ?", s.name(),
                s.organization(), s.email());
        return 1;
    }

    /** False if the person had unsubscribed from the list and {@code again} is not set (they stay off it). */
    private boolean subscribe(String email, String listName, boolean again) {
        List<Timestamp> row = jdbc.query("SELECT UNSUBSCRIBED_AT FROM DONGTAI_SUBSCRIPTION WHERE EMAIL = ? AND LIST_NAME = ?",
                (rs, i) -> rs.getTimestamp(1), email, listName);
        if (row.isEmpty()) {
            jdbc.update("INSERT INTO DONGTAI_SUBSCRIPTION (EMAIL, LIST_NAME, SUBSCRIBED_AT, UNSUBSCRIBED_AT) "
                    + "VALUES (?, ?, ?, NULL)", email, listName, now());
            return true;
        }
        if (row.get(0) == null) {
            return true;
        }
        if (again) {
            jdbc.update("UPDATE DONGTAI_SUBSCRIPTION SET UNSUBSCRIBED_AT = NULL, SUBSCRIBED_AT = ? WHERE EMAIL = ? "
                    + "AND LIST_NAME = ?", now(), email, listName);
            return true;
        }
        return false;
    }

    private static Subscriber checked(Subscriber s) {
        String problem = Addresses.problem(s.email());
        if (problem == null) {
            problem = fieldProblem("name", s.name(), 200);
        }
        if (problem == null) {
            problem = fieldProblem("organization", s.organization(), 300);
        }
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new Subscriber(key(s.email()), nz(s.name()), nz(s.organization()));
    }

    private static String fieldProblem(String what, String value, int max) {
        if (value == null) {
            return null;
        }
        String control = Addresses.controlCharacter(value);
        if (control != null) {
            return "the " + what + " contains " + control;
        }
        return value.length() > max ? "the " + what + " is longer than " + max + " characters" : null;
    }

    private static Path writeRejects(Path rejectFile, List<Rejected> rejected, SubscriberFiles.Contents contents) {
        Map<Long, SubscriberFiles.Row> byLine = new HashMap<>();
        contents.rows().forEach(r -> byLine.put(r.line(), r));
        try {
            if (rejectFile.toAbsolutePath().getParent() != null) {
                Files.createDirectories(rejectFile.toAbsolutePath().getParent());
            }
            try (Writer w = Files.newBufferedWriter(rejectFile, StandardCharsets.UTF_8)) {
                w.write('\uFEFF'); // so that Excel opens the Chinese text as UTF-8
                CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                        .setHeader("line", "reason", "email", "name", "organization").get());
                for (Rejected r : rejected) {
                    SubscriberFiles.Row row = byLine.get(r.line());
                    p.printRecord(r.line(), r.reason(), printable(r.email()), printable(row == null ? "" : row.name()),
                            printable(row == null ? "" : row.organization()));
                }
                p.flush();
            }
            return rejectFile;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reject file " + rejectFile, e);
        }
    }

    private static String printable(String s) {
        return s == null ? "" : s.replaceAll("\\p{Cntrl}", "?");
    }

    private static String key(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private Timestamp now() {
        return Timestamp.from(clock.now());
    }
}
