package cn.gidi.dongtai.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.PdfText;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An editor's session in real headless Chromium (Debian's chromium and chromium-driver, installed by
 * .ci/setup): retitle an item, drop one and restore it, move one to another section, approve. After each step
 * the draft files and the rendered outputs say so; the browser logs no error. Screenshots go to
 * target/screenshots/.
 */
class ConsoleBrowserTest {

    @TempDir
    Path tmp;

    private ConsoleFixture console;
    private ChromeDriver browser;

    @BeforeEach
    void start() {
        console = new ConsoleFixture(tmp);
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1280,1600", "--user-data-dir=" + tmp.resolve("chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        console.close();
    }

    @Test
    void anEditorRetitlesDropsRestoresMovesAndApproves() throws Exception {
        browser.get(console.base() + "/");
        shot("01-index");
        browser.findElement(By.linkText("2024-20")).click();
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("draft");
        List<String> items = console.store.requireDraft("2024-20").index().items();
        String first = items.get(0);
        String second = items.get(1);
        String third = items.get(2);

        // Retitle the first item.
        WebElement card = item(first);
        card.findElement(By.tagName("summary")).click();
        WebElement title = card.findElement(By.name("title"));
        title.clear();
        title.sendKeys("工信部印发算力基础设施行动计划");
        card.findElement(By.name("note")).sendKeys("本期头条。");
        shot("02-editing");
        submit(card.findElement(By.cssSelector("button.save")));
        assertThat(browser.findElement(By.id("message")).getText()).contains("已保存");
        assertThat(item(first).findElement(By.className("title")).getText()).isEqualTo("工信部印发算力基础设施行动计划");
        assertThat(Files.readString(itemFile(first))).contains("title: 工信部印发算力基础设施行动计划", "note: 本期头条。");
        assertThat(manifestTitles()).contains("工信部印发算力基础设施行动计划");
        assertThat(PdfText.squeeze(new PdfText(console.output().resolve("2024-20/issue.pdf")).all()))
                .contains("工信部印发算力基础设施行动计划", "本期头条");

        // Drop the second, then restore it.
        submit(item(second).findElement(By.cssSelector("button.drop")));
        assertThat(browser.findElement(By.id("excluded")).getText()).contains(titleOf(second));
        assertThat(manifestTitles()).doesNotContain(titleOf(second));
        shot("03-dropped");
        submit(browser.findElement(By.id("excluded-" + second)).findElement(By.cssSelector("button.restore")));
        assertThat(browser.findElement(By.id("excluded")).getText()).doesNotContain(titleOf(second));
        assertThat(manifestTitles()).contains(titleOf(second));

        // Move the third to 产业前沿.
        WebElement moving = item(third);
        moving.findElement(By.tagName("summary")).click();
        new org.openqa.selenium.support.ui.Select(moving.findElement(By.name("section"))).selectByVisibleText("产业前沿");
        submit(moving.findElement(By.cssSelector("button.save")));
        WebElement frontier = browser.findElements(By.cssSelector("section.sec")).stream()
                .filter(s -> s.findElement(By.tagName("h2")).getText().startsWith("产业前沿")).findFirst().orElseThrow();
        assertThat(frontier.getText()).contains(titleOf(third));
        assertThat(sectionOf(titleOf(third))).isEqualTo("产业前沿");
        shot("04-moved");

        // Approve.
        browser.findElement(By.id("by")).sendKeys("编辑甲");
        submit(browser.findElement(By.cssSelector("#approve button")));
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("approved");
        assertThat(Files.readString(tmp.resolve("issues/2024-20/issue.yaml"))).contains("state: approved", "by: 编辑甲");
        shot("05-approved");

        browser.get(console.base() + "/issues/2024-20/email");
        browser.switchTo().frame(browser.findElement(By.tagName("iframe")));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("工信部印发算力基础设施行动计划");
        browser.switchTo().defaultContent();
        shot("06-email");

        browser.get(console.base() + "/issues/2024-20/files/issue.html");
        assertThat(browser.getPageSource()).contains("工信部印发算力基础设施行动计划");
        shot("07-web-page");

        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertThat(errors).as("browser console").isEmpty();
    }

    /**
     * Submits a form and waits for the page the console answers with (it re-renders the issue first, which takes
     * as long as it takes on a loaded machine: the wait is generous and is not what the test measures).
     */
    private void submit(WebElement button) {
        WebElement page = browser.findElement(By.tagName("html"));
        button.click();
        // The old page is gone once its node cannot be asked anything: chromedriver says so either as a stale
        // element or, mid-navigation, as "node does not belong to the document"; both mean the same here.
        new WebDriverWait(browser, Duration.ofMinutes(3)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        new WebDriverWait(browser, Duration.ofMinutes(3)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> !d.findElements(By.id("message")).isEmpty());
    }

    private WebElement item(String name) {
        return browser.findElement(By.id("item-" + name));
    }

    private Path itemFile(String name) {
        return tmp.resolve("issues/2024-20/items/" + name + ".md");
    }

    private String titleOf(String name) {
        return console.store.requireDraft("2024-20").file(name).orElseThrow().front().title();
    }

    private List<String> manifestTitles() {
        JsonNode m = JsonMapper.builder().build().readTree(console.output().resolve("2024-20/manifest.json").toFile());
        return m.get("sections").valueStream().flatMap(s -> s.get("items").valueStream())
                .map(i -> i.get("title").asString()).toList();
    }

    private String sectionOf(String title) {
        JsonNode m = JsonMapper.builder().build().readTree(console.output().resolve("2024-20/manifest.json").toFile());
        return m.get("sections").valueStream().flatMap(s -> s.get("items").valueStream())
                .filter(i -> i.get("title").asString().equals(title)).map(i -> i.get("section").asString())
                .findFirst().orElse("");
    }

    private void shot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
