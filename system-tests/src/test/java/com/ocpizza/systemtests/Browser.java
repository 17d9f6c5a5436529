package com.ocpizza.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
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
 * One person's headless Chromium (Debian's, driven through its chromedriver) on the suite's web
 * front, at the suite's public URL so that signing in goes through the real authorization flow.
 * Finds things as a person does, by their visible names and labels, and saves a screenshot of each
 * main screen under {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private final ChromeDriver driver;
  private final URI publicUrl;
  private final WebDriverWait wait;

  private Browser(ChromeDriver driver, URI publicUrl) {
    this.driver = driver;
    this.publicUrl = publicUrl;
    this.wait = new WebDriverWait(driver, PATIENCE);
    // A page that re-renders (a live update, the return from signing in) replaces the element
    // being read: look again rather than fail.
    this.wait.ignoring(StaleElementReferenceException.class);
  }

  /**
   * A new browser (its own profile, cookies and storage).
   *
   * @param width the window's width: 412 for a phone, 1280 for a tablet or desktop
   */
  static Browser open(URI publicUrl, int width) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("ocpizza.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--lang=fr-FR",
        "--window-size=" + width + ",1000");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("ocpizza.chromedriver", "/usr/bin/chromedriver"))
                    .toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(PATIENCE);
    return new Browser(driver, publicUrl);
  }

  /** Opens a page of the app, e.g. {@code /pizzerias/4}. */
  void go(String appPath) {
    driver.get(publicUrl.resolve("/app" + appPath).toString());
  }

  /** Signs in on the auth server's page, once the app has sent the browser there. */
  void signInOnAuthPage(String email, String password) {
    WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.id("username")));
    user.clear();
    user.sendKeys(email);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.cssSelector("form button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("/app/"));
    wait.until(d -> !d.getCurrentUrl().contains("/app/callback"));
  }

  /** The input whose label reads exactly {@code label}. */
  WebElement field(String label) {
    WebElement labelled =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[normalize-space()=" + literal(label) + "]")));
    return driver.findElement(By.id(labelled.getAttribute("for")));
  }

  /**
   * The {@code tag} (select, input, textarea) inside the label whose text starts with {@code
   * label}: a label wrapping its control, whose text then also holds a select's options.
   */
  WebElement inLabel(String label, String tag) {
    return wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.xpath("//label[starts-with(normalize-space(), " + literal(label) + ")]//" + tag)));
  }

  void fill(String label, String value) {
    WebElement input = field(label);
    input.clear();
    input.sendKeys(value);
  }

  /** A button (or a link looking like one) named {@code name}, in the page. */
  WebElement button(String name) {
    return wait.until(ExpectedConditions.elementToBeClickable(buttonNamed(name)));
  }

  /** A button named {@code name} inside {@code scope}, once it is there. */
  WebElement button(WebElement scope, String name) {
    return wait.until(d -> clickable(scope.findElements(buttonNamed(name))));
  }

  /**
   * The button named {@code name} on the card of order {@code number}, looked up afresh until it is
   * there: a live screen may move the card (from "ready" to "my run", say) between two looks.
   */
  WebElement buttonOnCard(String number, String name) {
    return wait.until(
        d ->
            d.findElements(By.tagName("article")).stream()
                .filter(card -> card.getText().contains(number))
                .map(card -> clickable(card.findElements(buttonNamed(name))))
                .filter(button -> button != null)
                .findFirst()
                .orElse(null));
  }

  void click(String name) {
    button(name).click();
  }

  /** Ticks the radio button or checkbox whose label contains {@code text}. */
  void choose(String text) {
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//label[contains(normalize-space(), " + literal(text) + ")]//input")))
        .click();
  }

  /** The element matching {@code css} whose text contains {@code text}, once there. */
  WebElement element(String css, String text) {
    return wait.until(
        d ->
            d.findElements(By.cssSelector(css)).stream()
                .filter(e -> e.getText().contains(text))
                .findFirst()
                .orElse(null));
  }

  /** The staff card ({@code article}) of the order numbered {@code number}. */
  WebElement orderCard(String number) {
    return wait.until(
        d ->
            d.findElements(By.tagName("article")).stream()
                .filter(card -> card.getText().contains(number))
                .findFirst()
                .orElse(null));
  }

  /** Waits until the text of the element matching {@code css} is exactly {@code text}. */
  void awaitText(String css, String text) {
    wait.until(ExpectedConditions.textToBe(By.cssSelector(css), text));
  }

  String text(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css))).getText();
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** Switches to the tab the page just opened, and back to this one with the returned handle. */
  WebDriver driver() {
    return driver;
  }

  /** Saves what the screen shows now as {@code target/screenshots/<name>.png}. */
  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }

  private static By buttonNamed(String name) {
    String n = literal(name);
    return By.xpath(
        ".//button[normalize-space()="
            + n
            + " or @aria-label="
            + n
            + "] | .//a[normalize-space()="
            + n
            + " or @aria-label="
            + n
            + "]");
  }

  private static WebElement clickable(List<WebElement> candidates) {
    return candidates.stream()
        .filter(e -> e.isDisplayed() && e.isEnabled())
        .findFirst()
        .orElse(null);
  }

  /** An XPath string literal, whatever quotes the text holds. */
  private static String literal(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }
}
