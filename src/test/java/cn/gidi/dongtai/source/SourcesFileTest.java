package cn.gidi.dongtai.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gidi.dongtai.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesFileTest {

    @TempDir
    Path dir;

    @Test
    void loadsTheDemoSourcesAndResolvesRelativeListUrlsAgainstTheGivenBase() {
        List<Source> sources = SourcesFile.load(TestFiles.DEMO.resolve("sources.yaml"), "http://127.0.0.1:9999/");
        assertThat(sources).hasSizeGreaterThanOrEqualTo(16);
        assertThat(sources).allSatisfy(s -> assertThat(s.list()).startsWith("http://127.0.0.1:9999/"));
        assertThat(sources).extracting(Source::kind).contains(SourceKind.values());
        Source gywb = sources.stream().filter(s -> s.list().contains("www.gywb.cn")).findFirst().orElseThrow();
        assertThat(gywb.selectors().body()).isNotBlank();
    }

    @Test
    void namesTheFileAndTheEntryWhenAnEntryIsWrong() throws IOException {
        Path file = write("""
                sources:
                  - name: 甲
                    kind: central
                    list: https://www.example.gov.cn/a/
                  - name: 乙
                    kind: provincial
                    list: https://www.example.gov.cn/b/
                """);
        assertThatThrownBy(() -> SourcesFile.load(file))
                .isInstanceOf(SourcesFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("source #2")
                .hasMessageContaining("provincial");
    }

    @Test
    void refusesMissingListsRelativeUrlsWithoutBaseAndNonHttpSchemes() throws IOException {
        assertThatThrownBy(() -> SourcesFile.load(write("sources:\n  - {name: 甲, kind: local}\n")))
                .hasMessageContaining("'list'");
        assertThatThrownBy(() -> SourcesFile.load(write("sources:\n  - {name: 甲, kind: local, list: a/b.html}\n")))
                .hasMessageContaining("has no 'base'");
        assertThatThrownBy(() -> SourcesFile.load(write("sources:\n  - {name: 甲, kind: local, list: 'file:///etc/passwd'}\n")))
                .hasMessageContaining("only http and https");
        assertThatThrownBy(() -> SourcesFile.load(dir.resolve("missing.yaml"))).hasMessageContaining("no such sources file");
    }

    @Test
    void allowedNetworksOfTheFileHoldForEverySourceAndASourceAddsItsOwn() throws IOException {
        List<Source> sources = SourcesFile.load(write("""
                allowed-networks: [10.1.0.0/16]
                sources:
                  - {name: 内网, kind: local, list: 'http://intranet.example/list.html', allowed-networks: [Private, loopback]}
                  - {name: 公网, kind: central, list: 'https://www.gov.cn/list.html'}
                """));
        assertThat(sources.get(0).allowedNetworks()).containsExactly("10.1.0.0/16", "private", "loopback");
        assertThat(sources.get(1).allowedNetworks()).containsExactly("10.1.0.0/16");
        assertThat(SourcesFile.load(TestFiles.DEMO.resolve("sources.yaml"), "http://127.0.0.1/"))
                .allMatch(s -> s.allowedNetworks().isEmpty());
        assertThatThrownBy(() -> SourcesFile.load(write(
                "sources:\n  - {name: 甲, kind: local, list: 'http://a.example/', allowed-networks: [intranet]}\n")))
                .hasMessageContaining("source #1 (甲): allowed-networks: unknown entry 'intranet'");
    }

    private Path write(String yaml) throws IOException {
        Path f = Files.createTempFile(dir, "sources", ".yaml");
        Files.writeString(f, yaml);
        return f;
    }
}
