package cn.gidi.dongtai.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a subscriber list as editors keep it: CSV (UTF-8, or GBK as Excel saves it on Chinese Windows;
 * detected) or an Excel workbook (.xlsx, first sheet). The header row names the columns in English or
 * Chinese: email/邮箱, name/姓名, organization/单位. Rows are returned as they are; checking is the store's.
 */
final class SubscriberFiles {

    /** One data row; {@code line} is the line (CSV) or row (Excel) number a person sees. */
    record Row(long line, String email, String name, String organization) {
    }

    record Contents(List<Row> rows, String format) {
    }

    static final Set<String> EMAIL = Set.of("email", "e-mail", "mail", "邮箱", "电子邮箱", "电子邮件", "邮件", "邮箱地址",
            "邮件地址", "电子邮件地址");
    static final Set<String> NAME = Set.of("name", "姓名", "名字", "联系人", "称呼");
    static final Set<String> ORGANIZATION = Set.of("organization", "organisation", "org", "company", "unit", "单位",
            "工作单位", "机构", "单位名称");

    private static final Charset GBK = Charset.forName("GB18030");

    private SubscriberFiles() {
    }

    static Contents read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SubscriberFileException(file + ": no such file");
        }
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
            return readWorkbook(file);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SubscriberFileException(file + ": cannot read: " + e.getMessage());
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return readWorkbook(file); // an .xlsx saved under another name
        }
        String text;
        String charset;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            charset = "UTF-8";
        } catch (CharacterCodingException notUtf8) {
            try {
                text = GBK.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                charset = "GBK";
            } catch (CharacterCodingException neither) {
                throw new SubscriberFileException(file + ": neither UTF-8 nor GBK text; save it as CSV (UTF-8) and import again");
            }
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new Contents(readCsv(file, text), "CSV, " + charset);
    }

    private static List<Row> readCsv(Path file, String text) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> columns = null;
            for (CSVRecord r : parser) {
                List<String> cells = r.toList();
                if (columns == null) {
                    columns = columns(file, cells);
                    continue;
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(row(r.getParser().getCurrentLineNumber(), cells, columns));
            }
            if (columns == null) {
                throw new SubscriberFileException(file + ": empty file (expected a header row with an email/邮箱 column)");
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new SubscriberFileException(file + ": not a readable CSV file: " + e.getMessage());
        }
        return rows;
    }

    private static Contents readWorkbook(Path file) {
        List<Row> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
            Sheet sheet = book.getSheetAt(0);
            Map<String, Integer> columns = null;
            for (org.apache.poi.ss.usermodel.Row r : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, r.getLastCellNum()); c++) {
                    Cell cell = r.getCell(c, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (columns == null) {
                    columns = columns(file, cells);
                    continue;
                }
                rows.add(row(r.getRowNum() + 1, cells, columns));
            }
            if (columns == null) {
                throw new SubscriberFileException(file + ": the first sheet is empty (expected a header row with an "
                        + "email/邮箱 column)");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof SubscriberFileException s) {
                throw s;
            }
            throw new SubscriberFileException(file + ": not a readable Excel workbook (.xlsx): " + e.getMessage());
        }
        return new Contents(rows, "Excel workbook");
    }

    private static Map<String, Integer> columns(Path file, List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
            if (EMAIL.contains(h)) {
                columns.putIfAbsent("email", i);
            } else if (NAME.contains(h)) {
                columns.putIfAbsent("name", i);
            } else if (ORGANIZATION.contains(h)) {
                columns.putIfAbsent("organization", i);
            }
        }
        if (!columns.containsKey("email")) {
            throw new SubscriberFileException(file + ": the header row has no email column (邮箱); found " + header
                    + "; expected email/邮箱, and optionally name/姓名 and organization/单位");
        }
        return columns;
    }

    private static Row row(long line, List<String> cells, Map<String, Integer> columns) {
        return new Row(line, cell(cells, columns, "email"), cell(cells, columns, "name"),
                cell(cells, columns, "organization"));
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String column) {
        Integer i = columns.get(column);
        return i == null || i >= cells.size() ? "" : trimSpaces(cells.get(i));
    }

    /** Trims spaces (also the ideographic space) but not CR, LF or TAB, which the check must see. */
    static String trimSpaces(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && (s.charAt(b) == ' ' || s.charAt(b) == '\u3000' || s.charAt(b) == '\u00A0')) {
            b++;
        }
        while (e > b && (s.charAt(e - 1) == ' ' || s.charAt(e - 1) == '\u3000' || s.charAt(e - 1) == '\u00A0')) {
            e--;
        }
        return s.substring(b, e);
    }
}
