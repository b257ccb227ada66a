package cn.gidi.dongtai.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gidi.dongtai.classify.Section;
import cn.gidi.dongtai.issue.Issue;
import cn.gidi.dongtai.issue.IssueItem;
import cn.gidi.dongtai.issue.IssueStatus;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.GlyphTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Hanzi of GB2312, GBK and CJK Ext A, in body and heading faces, through the real renderer and the
 * installed fonts; the PDF read back with PDFBox/fontbox and with poppler's pdftotext.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfFontsTest {

    /** Characters that crashed OpenPDF's CFF subsetter (GB2312, GBK, Ext A). */
    private static final String CRASHERS = "鲈檽涺㖧㢺䂕䱖";
    /** In no installed face: must print as a placeholder, with a warning naming its item. */
    private static final String NO_FACE = "\u4DBF";

    private Set<Integer> hanzi;
    private RenderedIssue rendered;

    @BeforeAll
    void render(@TempDir Path out) {
        Set<Integer> gb2312 = decodeAll("GB2312", 0xB0, 0xF7);
        Set<Integer> gbk = decodeAll("GBK", 0x81, 0xFE);
        gbk.removeIf(cp -> !Character.isIdeographic(cp));
        Set<Integer> extA = new TreeSet<>();
        for (int cp = 0x3400; cp <= 0x4DB5; cp++) {
            extA.add(cp);
        }
        assertThat(gb2312).hasSize(6763);
        assertThat(gbk.size()).isGreaterThan(20_900);
        hanzi = new TreeSet<>();
        hanzi.addAll(gb2312);
        hanzi.addAll(gbk);
        hanzi.addAll(extA);
        List<IssueItem> items = new ArrayList<>();
        items.add(item(1, Section.POLICY, "松江鲈鱼与檽涺㖧㢺䂕䱖", gb2312));
        items.add(item(2, Section.LOCAL, "GBK汉字全集", gbk));
        items.add(item(3, Section.FRONTIER, "中日韩统一表意文字扩展A区", extA));
        items.add(new IssueItem("item-04", Section.SHUGU, "缺字" + NO_FACE + "测试", "来源", "https://example.gov.cn/4.html",
                LocalDate.of(2024, 5, 29), null, "<p>此处有一个无字形的字：" + NO_FACE + "。</p>", "测试"));
        Issue issue = new Issue("2024-20", LocalDate.of(2024, 6, 3), 20, 183, LocalDate.of(2024, 5, 28),
                LocalDate.of(2024, 6, 3), IssueStatus.DRAFT, Instant.parse("2024-06-03T00:00:00Z"), items);
        rendered = cn.gidi.dongtai.TestFiles.renderer(out).render(issue);
    }

    private static IssueItem item(int n, Section section, String title, Set<Integer> chars) {
        StringBuilder body = new StringBuilder("<p>");
        StringBuilder bold = new StringBuilder("<p><strong>");
        int i = 0;
        for (int cp : chars) {
            body.appendCodePoint(cp);
            bold.appendCodePoint(cp);
            if (++i % 400 == 0) {
                body.append("</p><p>");
                bold.append("</strong></p><p><strong>");
            }
        }
        return new IssueItem(String.format("item-%02d", n), section, title + CRASHERS, "发布机构",
                "https://example.gov.cn/" + n + ".html", LocalDate.of(2024, 5, 29), null,
                body + "</p>" + bold + "</strong></p>", "测试");
    }

    private static Set<Integer> decodeAll(String charset, int firstLead, int lastLead) {
        CharsetDecoder decoder = Charset.forName(charset).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        Set<Integer> out = new TreeSet<>();
        for (int lead = firstLead; lead <= lastLead; lead++) {
            for (int trail = 0x40; trail <= 0xFE; trail++) {
                try {
                    String s = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) lead, (byte) trail})).toString();
                    int cp = s.codePointAt(0);
                    if (s.codePointCount(0, s.length()) == 1 && Character.isIdeographic(cp)) {
                        out.add(cp);
                    }
                } catch (java.nio.charset.CharacterCodingException e) {
                    // not a character of this set
                }
            }
        }
        return out;
    }

    @Test
    void pdftotextGivesEveryCharacterBack() throws Exception {
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", rendered.pdf().toString(), "-")
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        Set<Integer> seen = new HashSet<>();
        text.codePoints().forEach(seen::add);
        Set<Integer> lost = new TreeSet<>(hanzi);
        lost.removeAll(seen);
        assertThat(lost).as("characters pdftotext does not give back").isEmpty();
        assertThat(text).contains(GlyphCoverage.PLACEHOLDER);
    }

    @Test
    void aCharacterNoFaceHasPrintsAPlaceholderAndAWarningNamesItsItem() {
        assertThat(rendered.contents().warnings()).anySatisfy(w -> assertThat(w)
                .contains("U+4DBF", GlyphCoverage.PLACEHOLDER, "item-04", "缺字"));
        assertThat(rendered.contents().itemCount()).isEqualTo(4);
    }

    @Test
    void embeddedFontsAreWellFormedTrueTypeSubsetsAndEveryDrawnGlyphHasOutlines() throws IOException {
        Map<String, TrueTypeFont> parsed = new HashMap<>();
        Map<String, Integer> inked = new HashMap<>();
        List<String> problems = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(rendered.pdf().toFile())) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font).as(font.getName()).isInstanceOf(PDType0Font.class);
                    assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
                    PDCIDFontType2 cid = (PDCIDFontType2) ((PDType0Font) font).getDescendantFont();
                    PDStream file2 = cid.getFontDescriptor().getFontFile2();
                    assertThat(file2).as(font.getName() + " embeds TrueType outlines").isNotNull();
                    assertThat(cid.getFontDescriptor().getFontFile3()).isNull();
                    if (!parsed.containsKey(font.getName())) {
                        TrueTypeFont ttf = new TTFParser(true).parse(new RandomAccessReadBuffer(file2.toByteArray()));
                        parsed.put(font.getName(), ttf);
                        inked.put(font.getName(), checkEveryGlyph(font.getName(), ttf, problems));
                    }
                }
            }
            // Every glyph drawn on every page has outlines in the embedded subset.
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    String u = text.getUnicode();
                    if (u == null || u.isBlank()) {
                        return;
                    }
                    PDType0Font font = (PDType0Font) text.getFont();
                    try {
                        for (int code : text.getCharacterCodes()) {
                            int gid = font.codeToGID(code);
                            GlyphData g = parsed.get(font.getName()).getGlyph().getGlyph(gid);
                            if (gid == 0 || g == null || g.getNumberOfContours() == 0) {
                                problems.add(font.getName() + ": " + u + " drawn with empty glyph " + gid);
                            }
                        }
                    } catch (IOException e) {
                        problems.add(font.getName() + ": " + u + ": " + e.getMessage());
                    }
                }
            }.getText(doc);
        }
        assertThat(problems).isEmpty();
        assertThat(parsed).hasSizeGreaterThanOrEqualTo(2);
        // True subsets: a face keeps outlines only for what the issue uses (~30,000 distinct characters here).
        int used = hanzi.size() + 200;
        assertThat(inked.values().stream().mapToInt(Integer::intValue).sum()).isLessThan(used * 2);
    }

    private static int checkEveryGlyph(String name, TrueTypeFont ttf, List<String> problems) throws IOException {
        for (String table : List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx")) {
            if (ttf.getTableMap().get(table) == null) {
                problems.add(name + ": no " + table + " table");
            }
        }
        GlyphTable glyf = ttf.getGlyph();
        int inked = 0;
        for (int gid = 0; gid < ttf.getNumberOfGlyphs(); gid++) {
            try {
                GlyphData g = glyf.getGlyph(gid);
                if (g != null && g.getNumberOfContours() != 0) {
                    g.getPath();
                    inked++;
                }
            } catch (IOException | RuntimeException e) {
                problems.add(name + ": glyph " + gid + " cannot be read: " + e);
            }
        }
        return inked;
    }

    @Test
    void aCffFaceIsRefusedWithTheReason() {
        String noto = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2";
        assertThatThrownBy(() -> new PdfFonts(List.of(noto), List.of(), List.of()))
                .hasMessageContaining("CFF").hasMessageContaining("NotoSerifCJK-Regular.ttc");
    }

    @Test
    void noFontAtAllIsAOneLineErrorNamingTheSetting() {
        assertThatThrownBy(() -> new PdfFonts(List.of("/nonexistent/font.ttf"), List.of(), List.of()))
                .hasMessageContaining("dongtai.pdf.body-fonts").hasMessageNotContaining("\n");
    }
}
