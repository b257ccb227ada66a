package cn.gidi.dongtai.mail;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.cli.Cli;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The subscribers commands on a real database: imports of CSV (UTF-8, GBK) and XLSX with bad rows, and list upkeep. */
class SubscribersCommandTest {

    @TempDir
    Path dir;

    private String[] args(String... command) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/dongtai").toAbsolutePath(),
                "--dongtai.paths.subscribers=" + dir.resolve("subscribers.csv"),
                "--dongtai.paths.issues=" + dir.resolve("issues"),
                "--dongtai.paths.output=" + dir.resolve("output")));
        return all.toArray(String[]::new);
    }

    @Test
    void aGbkCsvWithChineseHeadersImportsTheGoodRowsAndNamesAndSetsAsideTheBadOnes() throws Exception {
        Path csv = dir.resolve("名单.csv");
        String text = String.join("\r\n",
                "邮箱,姓名,单位",
                "zhang.wei@example.org,张伟,贵州省大数据发展管理局",
                "<a@example.org>,甲,",
                "x@example.org (comment),乙,",
                "Name <y@example.org>,丙,",
                "nodot@localhost,丁,",
                "\"li.na@example.org\",\"李\n娜\",某院",
                "ZHANG.WEI@example.org,张伟,重复",
                "wang.fang@example.cn,王芳,贵阳市大数据局",
                "");
        Files.write(csv, text.getBytes(Charset.forName("GBK")));

        Cli.Result r = Cli.run(args("subscribers", "import", csv.toString()));

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).contains("(CSV, GBK)", "2 added", "6 row(s) rejected");
        assertThat(r.err()).contains("line 3: '<a@example.org>' is not a bare address",
                "line 4: 'x@example.org (comment)' is not a bare address",
                "line 5: 'Name <y@example.org>' is not a bare address",
                "line 6: 'nodot@localhost' has an invalid domain",
                "line 8: the name contains a control character (U+000A)",
                "line 9: the same address as line 2");
        Path rejects = dir.resolve("名单.csv.rejects.csv");
        assertThat(rejects).exists();
        String rejected = Files.readString(rejects, StandardCharsets.UTF_8);
        assertThat(rejected).contains("<a@example.org>", "nodot@localhost", "the same address as line 2")
                .doesNotContain("wang.fang");

        Cli.Result list = Cli.run(args("subscribers", "list"));
        assertThat(list.out()).contains("zhang.wei@example.org", "张伟", "贵州省大数据发展管理局", "wang.fang@example.cn",
                "2 subscriber(s)").doesNotContain("li.na", "a@example.org");
    }

    @Test
    void anXlsxWorkbookImportsAndAFileWithoutAnEmailColumnChangesNothing() throws Exception {
        Path xlsx = dir.resolve("subscribers.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = book.createSheet("名单");
            String[][] rows = {{"Email", "Name", "Organization"}, {"chen@example.org", "陈晨", "数据局"},
                {"bad@@example.org", "坏", ""}, {"liu@example.com.cn", "刘洋", "研究院"}};
            for (int i = 0; i < rows.length; i++) {
                Row row = sheet.createRow(i);
                for (int c = 0; c < rows[i].length; c++) {
                    row.createCell(c).setCellValue(rows[i][c]);
                }
            }
            book.write(out);
        }
        Cli.Result r = Cli.run(args("subscribers", "import", xlsx.toString(), "--list", "digital-economy"));
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).contains("(Excel workbook)", "list 'digital-economy'", "2 added");
        assertThat(r.err()).contains("line 3: 'bad@@example.org' is not an address of the form name@domain");

        Path noEmail = dir.resolve("no-email.csv");
        Files.writeString(noEmail, "name,organization\n张三,某局\n");
        Cli.Result bad = Cli.run(args("subscribers", "import", noEmail.toString()));
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("no-email.csv: the header row has no email column (邮箱)");

        Cli.Result list = Cli.run(args("subscribers", "list"));
        assertThat(list.out()).contains("chen@example.org", "digital-economy", "2 subscriber(s)");
    }

    @Test
    void addUnsubscribeAndRemoveAndTheOldCsvIsImportedOnce() throws Exception {
        Files.writeString(dir.resolve("subscribers.csv"), "email,name,organization\nold@example.org,老订户,某局\n");

        Cli.Result first = Cli.run(args("subscribers", "list"));
        assertThat(first.out()).contains("old@example.org", "1 subscriber(s)");

        assertThat(Cli.run(args("subscribers", "add", "new@example.org", "--name", "新订户")).exit()).isZero();
        Cli.Result badAdd = Cli.run(args("subscribers", "add", "New <new@example.org>"));
        assertThat(badAdd.exit()).isEqualTo(1);
        assertThat(badAdd.err()).contains("is not a bare address");

        assertThat(Cli.run(args("subscribers", "unsubscribe", "new@example.org")).exit()).isZero();
        assertThat(Cli.run(args("subscribers", "list", "--list", "dongtai")).out()).contains("1 subscriber(s) on list 'dongtai'")
                .doesNotContain("new@example.org");
        // an import does not put someone who unsubscribed back on the list
        Path again = dir.resolve("again.csv");
        Files.writeString(again, "email\nnew@example.org\n");
        assertThat(Cli.run(args("subscribers", "import", again.toString())).out()).contains("1 had unsubscribed and stay off");

        Cli.Result removed = Cli.run(args("subscribers", "remove", "old@example.org"));
        assertThat(removed.exit()).isZero();
        // the old file is not imported a second time
        Cli.Result after = Cli.run(args("subscribers", "list"));
        assertThat(after.out()).doesNotContain("old@example.org").contains("new@example.org", "(unsubscribed)");
        assertThat(Cli.run(args("subscribers", "remove", "nobody@example.org")).exit()).isEqualTo(1);
    }
}
