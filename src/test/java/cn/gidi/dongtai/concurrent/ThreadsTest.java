package cn.gidi.dongtai.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ThreadsTest {

    @Test
    void resultsComeInTheInputsOrderWhateverOrderTheyFinishIn() {
        List<Integer> inputs = IntStream.range(0, 40).boxed().toList();
        List<String> out = Threads.map("test", inputs, i -> {
            if (i % 3 == 0) {
                Thread.yield();
            }
            return "item-" + i;
        });
        assertThat(out).containsExactlyElementsOf(inputs.stream().map(i -> "item-" + i).toList());
    }

    @Test
    void anItemsFailureIsThrownAsItWasNotWrapped() {
        assertThatThrownBy(() -> Threads.map("test", List.of(1, 2, 3), i -> {
            if (i == 2) {
                throw new IllegalArgumentException("item 2 is broken");
            }
            return i;
        })).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("item 2 is broken");
        assertThatThrownBy(() -> Threads.join(Threads.start("t", () -> {
            throw new IllegalStateException("web page failed");
        }))).isExactlyInstanceOf(IllegalStateException.class).hasMessage("web page failed");
    }

    @Test
    void workersHaveTheCallersContextClassLoader() throws Exception {
        // Under `java -jar`, ImageIO and Spring find their plugins through the fat jar's loader, the caller's.
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader jarLoader = new URLClassLoader(new URL[0], before)) {
            Thread.currentThread().setContextClassLoader(jarLoader);
            assertThat(Threads.map("test", List.of(1, 2, 3, 4), i -> Thread.currentThread().getContextClassLoader()))
                    .containsOnly(jarLoader);
            assertThat(Threads.join(Threads.start("t", () -> Thread.currentThread().getContextClassLoader())))
                    .isSameAs(jarLoader);
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }
}
