package cn.gidi.dongtai.crawl;

import cn.gidi.dongtai.source.Selectors;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ListPageParserTest {

    private static final Week DEMO_WEEK = Week.endingOn(LocalDate.of(2024, 6, 3));

    @Test
    void everyDemoListPageYieldsExactlyTheLabelledInWeekArticles() throws IOException {
        JsonNode expected = JsonMapper.builder().build().readTree(TestFiles.DEMO.resolve("expected.json").toFile());
        Map<String, List<String>> inWeekByList = expected.get("articles").valueStream()
                .filter(a -> a.get("status").asString().startsWith("in-week"))
                .collect(Collectors.groupingBy(a -> a.get("list").asString(),
                        Collectors.mapping(a -> a.get("url_path").asString(), Collectors.toList())));
        assertThat(inWeekByList).isNotEmpty();
        for (var entry : inWeekByList.entrySet()) {
            Path file = TestFiles.DEMO_SITE.resolve(entry.getKey());
            Document doc = Jsoup.parse(Files.readString(file), "http://127.0.0.1:1/" + entry.getKey());
            List<String> found = ListPageParser.parse(doc, Selectors.NONE).stream()
                    .filter(l -> DEMO_WEEK.contains(l.date()))
                    .map(l -> l.url().substring("http://127.0.0.1:1/".length()))
                    .toList();
            assertThat(found).as(entry.getKey()).containsExactlyInAnyOrderElementsOf(entry.getValue());
        }
    }

    @Test
    void readsTheDateFormatsOfficialSitesWriteBesideLinks() {
        Document doc = Jsoup.parse("""
                <ul>
                  <li><a href="a1.html">第一篇政策文件标题</a><span>2024-05-29</span></li>
                  <li><a href="a2.html">第二篇政策文件标题</a><span class="date">[2024/05/30]</span></li>
                  <li><a href="a3.html">第三篇政策文件标题</a> 2024年5月31日</li>
                </ul>
                <table><tr><td><a href="a4.html">第四篇政策文件标题</a></td><td>2024.06.01</td></tr></table>
                <div><a href="./202406/t20240602_99.html">第五篇政策文件标题</a></div>
                <div><a href="more.html">更多</a></div>
                """, "http://example.gov.cn/list/index.html");
        List<ListedLink> links = ListPageParser.parse(doc, Selectors.NONE);
        assertThat(links).extracting(ListedLink::date).containsExactly(
                LocalDate.of(2024, 5, 29), LocalDate.of(2024, 5, 30), LocalDate.of(2024, 5, 31),
                LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 2));
        assertThat(links.get(4).url()).isEqualTo("http://example.gov.cn/list/202406/t20240602_99.html");
        assertThat(links.get(0).title()).isEqualTo("第一篇政策文件标题");
    }

    @Test
    void aLinksSelectorNarrowsTheLinksConsidered() {
        Document doc = Jsoup.parse("""
                <div class="nav"><li><a href="n.html">导航里的日期链接</a> 2024-05-30</li></div>
                <ul class="news"><li><a href="a.html">正文列表里的链接</a> 2024-05-30</li></ul>
                """, "http://example.gov.cn/");
        List<ListedLink> links = ListPageParser.parse(doc, new Selectors("ul.news a", null, null, null, null));
        assertThat(links).extracting(ListedLink::title).containsExactly("正文列表里的链接");
    }
}
