package org.backchannel.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through the Debian chromedriver (never Selenium Manager: nothing is
 * downloaded). Every page loads with two hooks installed before its own scripts: alert, confirm and
 * prompt are recorded instead of shown, and the page's Content-Security-Policy is bypassed, so an XSS
 * payload the page's code let through would really run and be caught.
 */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> CHROMIUM =
            List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    private static final List<String> DRIVER = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    private static final String RECORDER = "window.__xss = [];"
            + "for (const f of ['alert', 'confirm', 'prompt', 'print']) {"
            + "  Object.defineProperty(window, f, { configurable: false, writable: false,"
            + "    value: m => { window.__xss.push(f + ':' + String(m)); return null; } }); }";

    final ChromeDriver driver;
    final String base;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    private static Optional<Path> first(List<String> candidates) {
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** Skips the calling test, with the reason, when Chromium or its driver is not installed. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(
                first(CHROMIUM).isPresent() && first(DRIVER).isPresent(),
                "Chromium or chromedriver is not installed (apt-get install chromium chromium-driver); browser tests skipped");
    }

    /** A fresh headless browser on the page at {@code base} (e.g. http://127.0.0.1:PORT). */
    static Browser open(String base) {
        assumeInstalled();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(first(DRIVER).orElseThrow().toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(first(CHROMIUM).orElseThrow().toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=1280,1000",
                "--hide-scrollbars",
                "--no-first-run",
                "--disable-extensions",
                "--lang=en-US");
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        driver.executeCdpCommand("Page.enable", Map.of());
        driver.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", true));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
        return new Browser(driver, base);
    }

    /** Goes to a view of the page, e.g. "#/events", and waits until the view has rendered. */
    void go(String hash) {
        String url = base + "/" + hash;
        if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith(base + "/")) {
            js("location.hash = arguments[0];", hash.startsWith("#") ? hash.substring(1) : hash);
            if (!driver.getCurrentUrl().equals(url)) {
                driver.get(url);
            }
        } else {
            driver.get(url);
        }
        waitRendered();
    }

    /** Loads the page afresh (not a same-document hash change), so focus starts at the top. */
    void reload(String hash) {
        driver.get(base + "/" + hash);
        driver.navigate().refresh();
        waitRendered();
    }

    /** Waits until the view for the current address has rendered and none of its parts is still loading. */
    void waitRendered() {
        until(d -> Boolean.TRUE.equals(js("const m = document.getElementById('view');"
                        + "return !!m && m.getAttribute('aria-busy') === 'false' && m.dataset.route === location.hash"
                        + " && !m.querySelector('[aria-busy=true]');"))
                ? true
                : null);
    }

    <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    WebElement find(String css) {
        return until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    /** The text of every element matching {@code css}, read in one go (no stale elements when the page re-renders). */
    @SuppressWarnings("unchecked")
    List<String> texts(String css) {
        return (List<String>) js("return [...document.querySelectorAll(arguments[0])].map(x => x.textContent);", css);
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** What alert/confirm/prompt calls the page made since it loaded, and an alert left open if any. */
    @SuppressWarnings("unchecked")
    List<String> scriptDialogs() {
        try {
            String open = driver.switchTo().alert().getText();
            return List.of("open alert: " + open);
        } catch (NoAlertPresentException e) {
            Object calls = js("return window.__xss || [];");
            return (List<String>) calls;
        }
    }

    void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves a PNG of the window under target/screenshots. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
