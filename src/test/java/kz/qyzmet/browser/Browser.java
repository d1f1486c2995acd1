package kz.qyzmet.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.platform.commons.support.AnnotationSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by the system chromedriver, one per test class; register it with
 * {@code @RegisterExtension static final Browser browser = new Browser();}. It speaks the language of the class's
 * {@link BrowserTest}.
 *
 * <p>Nothing is ever downloaded: the browser is {@code /usr/bin/chromium} and the driver {@code /usr/bin/chromedriver}
 * (override with {@code -Dqyzmet.browser.binary=} and {@code -Dqyzmet.browser.driver=}), and Selenium Manager is told to
 * stay offline. Each {@link #step(String)} takes a screenshot in memory; when a test fails, every step's screenshot
 * and one of the failure are written to {@code target/browser-screenshots/<test class>.<test>/<nn>-<step>.png}, with the
 * page's HTML and the browser console next to them.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, TestWatcher {

  static final Duration WAIT = Duration.ofSeconds(20);
  static final Duration FIRST_PAGE = Duration.ofSeconds(90);

  private WebDriver driver;
  private ChromeDriverService service;
  private Path profile;
  private String base;
  private final Map<String, byte[]> steps = new LinkedHashMap<>();
  private String language;

  /** The language of the browser's interface and Accept-Language (kk, ru, en), once the test class has started. */
  public String language() {
    return language;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    language = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), BrowserTest.class)
        .map(BrowserTest::language).orElse("kk"); // Kazakh, as the clerks' machines are set up
    System.setProperty("SE_OFFLINE", "true");
    String binary = System.getProperty("qyzmet.browser.binary", "/usr/bin/chromium");
    String driverPath = System.getProperty("qyzmet.browser.driver", "/usr/bin/chromedriver");
    System.setProperty("webdriver.chrome.driver", driverPath);
    if (!new File(binary).canExecute() || !new File(driverPath).canExecute()) {
      throw new IllegalStateException("The browser tests need " + binary + " and " + driverPath
          + " (Debian: apt-get install -y chromium chromium-driver)");
    }
    profile = Files.createTempDirectory("qyzmet-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--lang=" + language, "--user-data-dir=" + profile, "--window-size=1400,1000");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driverPath)).usingAnyFreePort()
        .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (service != null) {
      service.stop();
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    steps.clear();
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    Path dir = Path.of("target", "browser-screenshots",
        context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName()
            + context.getDisplayName().replaceAll("[^\\p{L}\\p{N}]+", "_"));
    try {
      Files.createDirectories(dir);
      int n = 1;
      for (var step : steps.entrySet()) {
        Files.write(dir.resolve("%02d-%s.png".formatted(n++, step.getKey())), step.getValue());
      }
      if (driver != null) {
        Files.write(dir.resolve("%02d-failure.png".formatted(n)),
            ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        Files.writeString(dir.resolve("failure.html"), driver.getPageSource());
        Files.writeString(dir.resolve("failure.url.txt"), driver.getCurrentUrl() + "\n" + cause);
      }
    } catch (IOException | RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  /** Screenshot of the page as it is now, kept in memory until the test fails. */
  public void step(String name) {
    steps.put(name.replaceAll("[^\\p{L}\\p{N}-]+", "_"),
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  /**
   * Writes a screenshot of the page as it is now to {@code <dir>/<name>.png} when
   * {@code -Dqyzmet.browser.keep-screens=<dir>} is set (the README's pictures are made this way); otherwise nothing.
   */
  public void keep(String name) {
    String dir = System.getProperty("qyzmet.browser.keep-screens");
    if (dir == null || dir.isBlank()) {
      return;
    }
    try {
      Files.createDirectories(Path.of(dir));
      Files.write(Path.of(dir, name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  public void at(int port) {
    base = "http://localhost:" + port;
  }

  public void open(String path) {
    driver.get(base + path);
  }

  /** Logs in through the login page of a webapp (tasklist, cockpit) like a clerk: user name, password, submit. */
  public void login(String app, String user, String password) {
    driver.manage().deleteAllCookies();
    open("/camunda/app/" + app + "/default/");
    // The first page of a fresh browser loads the whole webapp (several MB of scripts): more time than a step.
    WebElement username = waitUntil(FIRST_PAGE,
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]"))::apply);
    username.clear();
    username.sendKeys(user);
    WebElement pass = driver.findElement(By.cssSelector("input[ng-model=password]"));
    pass.clear();
    pass.sendKeys(password);
    step(app + "-login-" + user);
    driver.findElement(By.cssSelector("form button[type=submit]")).click();
    waitUntil(d -> d.findElements(By.cssSelector("input[ng-model=username]")).isEmpty());
    waitFor(By.cssSelector(".navbar, header"));
  }

  public WebElement waitFor(By by) {
    return waitUntil(WAIT, ExpectedConditions.visibilityOfElementLocated(by)::apply);
  }

  public <T> T waitUntil(Function<WebDriver, T> condition) {
    return waitUntil(WAIT, condition);
  }

  public <T> T waitUntil(Duration timeout, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class).until(condition::apply);
  }

  public List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  public Optional<WebElement> first(By by) {
    return driver.findElements(by).stream().findFirst();
  }

  @SuppressWarnings("unchecked")
  public <T> T script(String script, Object... args) {
    return (T) ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Visible texts of the elements, trimmed. */
  public List<String> texts(By by) {
    List<String> texts = new ArrayList<>();
    for (WebElement element : driver.findElements(by)) {
      texts.add(element.getText().strip());
    }
    return texts;
  }

  public String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  static void ignore(IOException e) {
    throw new UncheckedIOException(e);
  }
}
