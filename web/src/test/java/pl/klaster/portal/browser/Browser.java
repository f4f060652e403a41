package pl.klaster.portal.browser;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A headless Chromium for one test (Debian's {@code chromium} and {@code chromium-driver}), started with the
 * flags these machines need, speaking a given language. Tests receive it as a parameter; it is closed after
 * each test, with a screenshot in {@code target/screenshots} when the test failed. Without Chromium the browser
 * tests are skipped with a notice that says what to install.
 */
public class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    /** For {@link #download}: one client for all requests; it follows no redirect, so a test sees where one leads. */
    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();

    private final WebDriver driver;
    private final String baseUrl;

    Browser(String baseUrl, String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        this.baseUrl = baseUrl;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page of the portal by its path, e.g. {@code /login.xhtml}. */
    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** A file as the portal served it ({@code location}: where a redirect leads, else empty). */
    public record Download(int status, String contentType, String disposition, byte[] body, String location) {
        public String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /**
     * Fetches a file of the portal (a path with its query) as this browser's user, with its session cookies,
     * the way a click on a download link would, but into memory instead of a save dialog.
     */
    public Download download(String pathAndQuery) {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        try {
            java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl + pathAndQuery));
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies);
            }
            java.net.http.HttpResponse<byte[]> response = HTTP.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body(),
                    response.headers().firstValue("Location").orElse(""));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public Browser type(String id, String text) {
        WebElement field = find(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /**
     * Types a date (ISO, as the portal's date fields take it) into a PrimeFaces date picker over what it held,
     * then closes the picker's calendar with Escape, as a keyboard user does, so that it covers nothing the test
     * clicks next. (WebElement.clear() does not empty a date picker: it puts its value back.)
     */
    public Browser date(String inputId, java.time.LocalDate date) {
        By panel = By.id(inputId.replaceFirst("_input$", "_panel"));
        // Typing races the calendar popup on a loaded machine (keys can land while it opens and re-renders the
        // field), so the value is read back and typed again until the field holds exactly the date.
        for (int attempt = 1; ; attempt++) {
            WebElement field = find(By.id(inputId));
            field.click();
            field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), date.toString());
            // the calendar may still be opening when the first Escape arrives; press it again until it is closed
            new WebDriverWait(driver, Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(300)).until(d -> {
                if (d.findElements(panel).stream().noneMatch(WebElement::isDisplayed)) {
                    return true;
                }
                field.sendKeys(org.openqa.selenium.Keys.ESCAPE);
                return false;
            });
            String value = find(By.id(inputId)).getDomProperty("value");
            if (date.toString().equals(value)) {
                return this;
            }
            if (attempt == 3) {
                throw new AssertionError("the date field " + inputId + " holds '" + value + "' instead of " + date);
            }
        }
    }

    public Browser click(String id) {
        find(By.id(id)).click();
        return this;
    }

    /** Clicks a button that submits the whole page (no Ajax) and waits for the next page to load. */
    public Browser submit(String id) {
        WebElement page = driver.findElement(By.tagName("html"));
        find(By.id(id)).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> isGone(page));
        return awaitAjax();
    }

    /**
     * Whether an element's document has been replaced. Chromium answers a question about an element of a page being
     * unloaded either "stale element" or, in the moment between, "node does not belong to the document": both mean
     * the old page is gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public Browser clickLink(String text) {
        find(By.linkText(text)).click();
        return this;
    }

    /** Waits until no Ajax request of the page is running. */
    public Browser awaitAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0);")));
        return this;
    }

    /**
     * Chooses an option of a PrimeFaces select menu by its visible label: opens the menu as a user does, then
     * picks the item through the widget (clicking a list that is still animating open is unreliable).
     */
    public Browser choose(String id, String label) {
        find(By.id(id)).click();
        String value = driver.findElement(By.id(id + "_input")).findElements(By.tagName("option")).stream()
                .filter(o -> label.equals(o.getAttribute("textContent").trim())).findFirst()
                .orElseThrow(() -> new AssertionError("No option '" + label + "' in " + id)).getAttribute("value");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var w = PrimeFaces.getWidgetById(arguments[0]); w.selectValue(arguments[1]); w.hide();", id, value);
        return awaitAjax();
    }

    /**
     * Ticks options of a PrimeFaces checkbox menu by their labels, then closes it. In a long list with a filter
     * (countries) it types the label into the filter first, as a user does, so the option is in view.
     */
    public Browser tick(String id, String... labels) {
        find(By.id(id)).click();
        String panel = "//*[@id='" + id + "_panel']";
        List<WebElement> filters = driver.findElements(By.xpath(panel + "//input[contains(@class,'ui-selectcheckboxmenu-filter')]"));
        for (String label : labels) {
            if (!filters.isEmpty()) {
                filters.get(0).clear();
                filters.get(0).sendKeys(label);
            }
            find(By.xpath(panel + "//li[normalize-space(.)='" + label + "']//div[contains(@class,'ui-chkbox-box')]")).click();
        }
        find(By.xpath(panel + "//a[contains(@class,'ui-selectcheckboxmenu-close')]")).click();
        return this;
    }

    /** Answers "yes" in the confirmation dialog. */
    public Browser confirm() {
        find(By.id("confirmYes")).click();
        return awaitAjax();
    }

    /** The visible text of the page's main area. */
    public String text() {
        return driver.findElement(By.id("main")).getText();
    }

    /** The error message shown next to a field (the p:message in the field's k-field block). */
    public String messageFor(String fieldId) {
        By message = By.xpath("//*[@id='" + fieldId + "']/ancestor::div[contains(@class,'k-field')][1]"
                + "//*[contains(@class,'ui-message-error')]");
        try {
            return find(message).getText();
        } catch (org.openqa.selenium.TimeoutException e) {
            // say what the page did show instead, so a failure in CI can be understood from its log alone
            String shown = driver.findElements(By.cssSelector(".ui-message-error, .ui-messages-error, .ui-growl-message"))
                    .stream().map(WebElement::getText).filter(t -> !t.isBlank()).collect(java.util.stream.Collectors.joining(" | "));
            throw new AssertionError("no message for " + fieldId + " on " + driver.getCurrentUrl()
                    + "; the page shows: [" + shown + "]", e);
        }
    }

    /** Signs in through the sign-in form and waits for the next page. */
    public Browser signIn(String username, String password) {
        if (!"/login.xhtml".equals(path())) {
            open("/login.xhtml"); // on the sign-in page already (a protected page led there): keep its ?continue=
        }
        type("login:username", username).type("login:password", password);
        String before = driver.getCurrentUrl();
        click("login:submit");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().equals(before)
                || !d.findElements(By.cssSelector(".ui-messages-error")).isEmpty());
        return this;
    }

    public void signOut() {
        click("signOutForm:signOut");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/login.xhtml"));
    }

    void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            // a missing screenshot must not hide the test's own failure
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    /**
     * The JUnit extension: skips the class when there is no Chromium, starts the portal, and resolves
     * {@link Browser} parameters (Polish unless the parameter is annotated {@link English}).
     */
    public static class Extension implements BeforeAllCallback, ParameterResolver, AfterEachCallback {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

        @Override
        public void beforeAll(ExtensionContext context) {
            boolean skip = Boolean.getBoolean("skipBrowserTests");
            boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
            if (!installed) {
                System.err.println("NOTICE: browser tests skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
                        + " (install the Debian packages chromium and chromium-driver to run them)");
            }
            assumeTrue(installed && !skip, "browser tests skipped: Chromium and chromedriver are not installed"
                    + " (apt-get install chromium chromium-driver), or -DskipBrowserTests was given");
            MailServer.of(context);
            new PortalServer().beforeAll(context);
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Browser.class || parameter.getParameter().getType() == MailServer.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            if (parameter.getParameter().getType() == MailServer.class) {
                return MailServer.of(context);
            }
            String language = parameter.isAnnotated(English.class) ? "en-GB,en" : "pl-PL,pl";
            Browser browser = new Browser(PortalServer.baseUrl(context), language);
            context.getStore(NAMESPACE).put(parameter.getIndex(), browser);
            return browser;
        }

        @Override
        public void afterEach(ExtensionContext context) {
            for (int i = 0; i < 4; i++) {
                Browser browser = context.getStore(NAMESPACE).remove(i, Browser.class);
                if (browser != null) {
                    if (context.getExecutionException().isPresent()) {
                        browser.screenshot(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName() + "-" + i);
                    }
                    browser.close();
                }
            }
        }
    }

    /** Marks a {@link Browser} parameter whose browser prefers English. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.PARAMETER)
    public @interface English {
    }
}
