package cn.gidi.dongtai.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gidi.dongtai.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubscriberStoreTest {

    @TempDir
    Path dir;

    @Test
    void importsTheDemoListAndMergesByEmail() throws IOException {
        SubscriberStore store = new SubscriberStore(dir.resolve("subscribers.csv"));
        SubscriberStore.ImportResult first = store.importFile(TestFiles.DEMO.resolve("subscribers.csv"));
        assertThat(first.added()).isEqualTo(5);
        assertThat(store.list()).hasSize(5).allMatch(s -> s.email().equals(s.email().toLowerCase()));

        Path update = dir.resolve("update.csv");
        Files.writeString(update, "\uFEFFEmail,Name\nZHANG.WEI@example.org,张伟（新）\nnew.one@example.net,\n");
        SubscriberStore.ImportResult second = store.importFile(update);
        assertThat(second.added()).isEqualTo(1);
        assertThat(second.updated()).isEqualTo(1);
        assertThat(store.list()).hasSize(6).anyMatch(s -> s.name().equals("张伟（新）"));
    }

    @Test
    void aFileWithBadRowsImportsNothingAndNamesEveryBadRow() throws IOException {
        SubscriberStore store = new SubscriberStore(dir.resolve("subscribers.csv"));
        store.importFile(TestFiles.DEMO.resolve("subscribers.csv"));
        byte[] before = Files.readAllBytes(store.file());

        assertThatThrownBy(() -> store.importFile(TestFiles.DEMO.resolve("subscribers-bad.csv")))
                .isInstanceOf(SubscriberFileException.class)
                .satisfies(e -> assertThat(((SubscriberFileException) e).problems())
                        .containsExactly("line 4: 'not-an-email' is not a valid e-mail address", "line 6: email is empty"))
                .hasMessageContaining("nothing imported");
        assertThat(Files.readAllBytes(store.file())).isEqualTo(before);
    }

    @Test
    void aFileWithoutAnEmailColumnIsRefused() throws IOException {
        Path csv = dir.resolve("x.csv");
        Files.writeString(csv, "name,organization\n张伟,某局\n");
        assertThatThrownBy(() -> new SubscriberStore(dir.resolve("s.csv")).importFile(csv))
                .hasMessageContaining("no 'email' column");
    }
}
