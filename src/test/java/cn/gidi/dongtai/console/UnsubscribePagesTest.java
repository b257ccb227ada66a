package cn.gidi.dongtai.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.mail.IssueMailer;
import cn.gidi.dongtai.mail.Subscriber;
import cn.gidi.dongtai.mail.SubscriberStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One-click unsubscribe through the console, with the link a real message carries. */
class UnsubscribePagesTest {

    @TempDir
    Path tmp;

    @Test
    void theLinkInAMessageShowsAConfirmationAndOneClickTakesTheSubscriberOff() throws Exception {
        try (ConsoleFixture console = new ConsoleFixture(tmp, "--dongtai.mail.unsubscribe-secret=console-test-unsubscribe-key",
                "--dongtai.console.require-login=true", "--dongtai.console.users[0].name=editor",
                "--dongtai.console.users[0].password-hash={noop}not-used-here")) {
            SubscriberStore subscribers = console.context.getBean(SubscriberStore.class);
            Subscriber li = new Subscriber("li.na@example.org", "李娜", "某研究院");
            subscribers.add(li, subscribers.defaultList());
            String header = console.context.getBean(IssueMailer.class).compose("2024-20", li).getHeader("List-Unsubscribe", ",");
            Matcher m = Pattern.compile("/unsubscribe/([^>]+)>").matcher(header);
            assertThat(m.find()).as(header).isTrue();
            String token = m.group(1);
            HttpClient http = HttpClient.newHttpClient();

            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(console.base() + "/unsubscribe/" + token))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("li.na@example.org", "确认退订");
            assertThat(subscribers.list()).extracting(Subscriber::email).contains("li.na@example.org");

            HttpResponse<String> oneClick = http.send(HttpRequest.newBuilder(URI.create(console.base() + "/unsubscribe/" + token))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(oneClick.statusCode()).isEqualTo(200);
            assertThat(oneClick.body()).contains("已退订");
            assertThat(subscribers.list()).extracting(Subscriber::email).doesNotContain("li.na@example.org");

            HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(console.base() + "/unsubscribe/"
                    + token.substring(0, token.length() - 2) + "xx")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(forged.statusCode()).isEqualTo(404);
            // Everything else still needs the login.
            assertThat(http.send(HttpRequest.newBuilder(URI.create(console.base() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isNotEqualTo(200);
        }
    }
}
