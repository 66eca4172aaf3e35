package app.kehu.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for one test, driven through Debian's chromedriver: never Selenium Manager, which
 * would try to download a driver or a browser. Missing Chromium fails the test (CI installs it), it does not
 * skip it. When a test fails, a screenshot and the page's HTML go to {@code target/e2e/}.
 *
 * <p>Use as {@code @RegisterExtension final Browser browser = new Browser();} and open pages with
 * {@link #open(String)} after setting {@link #baseUrl(String)}.
 */
public final class Browser implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    public static final String CHROMIUM = System.getProperty("kehu.e2e.chromium", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("kehu.e2e.chromedriver", "/usr/bin/chromedriver");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Path ARTIFACTS = Path.of("target", "e2e");

    private ChromeDriver driver;
    private ChromeDriverService service;
    private Path profile;
    private String baseUrl;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        assertTrue(Files.isExecutable(Path.of(CHROMIUM)),
                CHROMIUM + " is missing: install Debian's chromium and chromium-driver (.ci/run does)");
        assertTrue(Files.isExecutable(Path.of(CHROMEDRIVER)),
                CHROMEDRIVER + " is missing: install Debian's chromium-driver (.ci/run does)");
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);
        Files.createDirectories(ARTIFACTS);
        profile = Files.createTempDirectory("kehu-chromium-");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1400,1000",
                "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort()
                .withLogFile(ARTIFACTS.resolve("chromedriver.log").toFile()).withAppendLog(true).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(TIMEOUT);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty() || driver == null) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        try {
            Path png = ARTIFACTS.resolve(name + ".png");
            Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(ARTIFACTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
            System.err.println("E2E failure at " + driver.getCurrentUrl() + "; screenshot: " + png.toAbsolutePath());
        } catch (RuntimeException | IOException e) {
            System.err.println("Could not save the failure screenshot: " + e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            if (service != null) {
                service.stop();
            }
            if (profile != null) {
                try (Stream<Path> files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    public void baseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the application and waits until Vaadin has rendered it and is idle. */
    public void open(String path) {
        driver.get(baseUrl + path);
        waitUntilIdle();
    }

    /** The current page's path under the base URL, without query string (a login may add "?continue"). */
    public String path() {
        String url = driver.getCurrentUrl().replaceFirst("[?#].*$", "");
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, TIMEOUT).ignoring(StaleElementReferenceException.class).until(condition);
    }

    public WebElement find(By by) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until every Vaadin client on the page has finished its round trips to the server. */
    public void waitUntilIdle() {
        new WebDriverWait(driver, TIMEOUT).ignoring(JavascriptException.class).until(d -> (Boolean) driver.executeScript("""
                const flow = window.Vaadin && window.Vaadin.Flow;
                if (document.readyState !== 'complete' || !flow || !flow.clients) { return false; }
                return Object.values(flow.clients).every(c => !c.isActive || !c.isActive());"""));
    }

    /** The Vaadin field (text, password, e-mail, combo box…) whose visible label is {@code label}. */
    public WebElement field(String label) {
        return find(By.xpath("//*[starts-with(local-name(), 'vaadin-') and ./label[@slot='label' and normalize-space()="
                + xpathLiteral(label) + "]]"));
    }

    /** Types into a Vaadin field's inner {@code <input>}, replacing its value, and leaves it so it commits. */
    public void type(WebElement vaadinField, String text) {
        WebElement input = vaadinField.findElement(By.cssSelector("input"));
        waitUntil(ExpectedConditions.elementToBeClickable(input));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        waitUntilIdle();
    }

    public void click(By by) {
        waitUntil(ExpectedConditions.elementToBeClickable(by)).click();
        waitUntilIdle();
    }

    /** Signs in through the login form, where an anonymous visitor to any page is sent. */
    public void signIn(String email, String password) {
        open("");
        waitUntil(d -> path().equals("login"));
        WebElement form = find(By.tagName("vaadin-login-form"));
        type(form.findElement(By.id("vaadinLoginUsername")), email);
        type(form.findElement(By.id("vaadinLoginPassword")), password);
        click(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']"));
    }

    /** The text of every rendered cell of the page's grids (cell content lives in the light DOM). */
    public List<String> gridCells() {
        return driver.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .map(cell -> String.valueOf(cell.getDomProperty("textContent")).strip()).toList();
    }

    public Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
