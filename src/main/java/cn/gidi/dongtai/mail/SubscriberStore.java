package cn.gidi.dongtai.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The subscriber list, a UTF-8 CSV file ({@code email,name,organization}) that editors may also edit
 * by hand. Imports are all-or-nothing: a file with any bad row changes nothing and every bad row is named.
 */
public final class SubscriberStore {

    private static final String[] HEADER = {"email", "name", "organization"};

    private final Path file;

    public SubscriberStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public List<Subscriber> list() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return read(file);
    }

    public record ImportResult(int added, int updated, int total) {
    }

    public ImportResult importFile(Path csv) {
        List<Subscriber> incoming = read(csv);
        Map<String, Subscriber> merged = new LinkedHashMap<>();
        for (Subscriber s : list()) {
            merged.put(s.email(), s);
        }
        int added = 0;
        int updated = 0;
        for (Subscriber s : incoming) {
            Subscriber old = merged.put(s.email(), s);
            if (old == null) {
                added++;
            } else if (!old.equals(s)) {
                updated++;
            }
        }
        write(new ArrayList<>(merged.values()));
        return new ImportResult(added, updated, merged.size());
    }

    static List<Subscriber> read(Path csv) {
        if (!Files.isRegularFile(csv)) {
            throw new SubscriberFileException(csv + ": no such file", List.of());
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).setTrim(true).get();
        List<String> problems = new ArrayList<>();
        Map<String, Subscriber> rows = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> columns = new LinkedHashMap<>();
            parser.getHeaderMap().forEach((k, v) -> columns.put(k.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT), v));
            if (!columns.containsKey("email")) {
                throw new SubscriberFileException(csv + ": the header row has no 'email' column (found "
                        + columns.keySet() + ")", List.of());
            }
            for (CSVRecord r : parser) {
                long line = parser.getCurrentLineNumber();
                String email = value(r, columns, "email");
                if (email.isEmpty()) {
                    problems.add("line " + line + ": email is empty");
                    continue;
                }
                String problem = invalid(email);
                if (problem != null) {
                    problems.add("line " + line + ": '" + email + "' " + problem);
                    continue;
                }
                String key = email.toLowerCase(Locale.ROOT);
                rows.put(key, new Subscriber(key, value(r, columns, "name"), value(r, columns, "organization")));
            }
        } catch (CharacterCodingException e) {
            throw new SubscriberFileException(csv + ": not UTF-8 text; save it as UTF-8 CSV and import again", List.of());
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new SubscriberFileException(csv + ": not a readable CSV file: " + e.getMessage(), List.of());
        }
        if (!problems.isEmpty()) {
            throw new SubscriberFileException(csv + ": " + problems.size() + " bad row(s), nothing imported", problems);
        }
        return new ArrayList<>(rows.values());
    }

    private static String value(CSVRecord r, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null || i >= r.size() ? "" : r.get(i).trim();
    }

    private static String invalid(String email) {
        try {
            new InternetAddress(email, true).validate();
        } catch (AddressException e) {
            return "is not a valid e-mail address";
        }
        int at = email.indexOf('@');
        if (at <= 0 || email.indexOf('.', at) < 0) {
            return "is not a valid e-mail address (expected name@domain.tld)";
        }
        return null;
    }

    private void write(List<Subscriber> subscribers) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                 CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
                for (Subscriber s : subscribers) {
                    p.printRecord(s.email(), s.name(), s.organization());
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
