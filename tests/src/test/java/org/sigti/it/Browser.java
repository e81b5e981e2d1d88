package org.sigti.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven through chromedriver, with a fresh profile (no cookies) per instance, and the
 * few gestures SIGTI's tests need: open a page, log in through Keycloak's form, read an element.
 * <p>
 * Every page of SIGTI it shows is also a test of the Content-Security-Policy (issue 18): each page reports what the
 * policy blocked (a {@code securitypolicyviolation} listener installed before the page's own scripts), and opening
 * the next page or closing the browser fails the test with the page and the directive
 * ({@link #assertNoCspViolation()}).
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/lib/chromium/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final List<String> ARGUMENTS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-default-apps", "--no-first-run", "--disable-extensions",
            "--password-store=basic", "--use-mock-keychain", "--window-size=1280,900");

    /**
     * Keeps the page's CSP violations in its tab's sessionStorage, which the next page of the same origin still reads:
     * the page, the directive, what was blocked and where. Keycloak's pages are not SIGTI's and keep none.
     */
    private static final String CSP_LISTENER = "document.addEventListener('securitypolicyviolation', function (e) {"
            + " if (location.origin === '" + Sigti.KEYCLOAK_URL + "') { return; }"
            + " try {"
            + "  var seen = JSON.parse(sessionStorage.getItem('sigti.csp') || '[]');"
            + "  seen.push(location.pathname + location.search + ': ' + e.effectiveDirective + ' blocked '"
            + "   + (e.blockedURI || 'inline') + (e.sample ? ' \u00ab' + e.sample + '\u00bb' : '')"
            + "   + (e.sourceFile ? ' at ' + e.sourceFile + ':' + e.lineNumber : ''));"
            + "  sessionStorage.setItem('sigti.csp', JSON.stringify(seen));"
            + " } catch (unavailable) { }"
            + "});";
    /** Reads and forgets the violations kept by {@link #CSP_LISTENER}; none where there is no storage to read. */
    private static final String CSP_VIOLATIONS = "try { var seen = sessionStorage.getItem('sigti.csp');"
            + " sessionStorage.removeItem('sigti.csp'); return JSON.parse(seen || '[]'); }"
            + " catch (unavailable) { return []; }";

    private final WebDriver driver;
    private final WebDriverWait wait;
    /** The user of a browser of {@link #loggedIn}, kept for the next test; null for a browser of its own. */
    private String pooledFor;
    /** A browser of {@link #loggedIn} whose SIGTI session was forgotten at the end of a test class. */
    private boolean needsLogin;
    /** Whether {@link #phone} emulates a phone. */
    private boolean phone;

    /** A browser whose user prefers the given language ("es", "en"). */
    public Browser(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(ARGUMENTS);
        options.addArguments("--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_LISTENER));
        driver = chrome;
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /**
     * A Spanish browser logged in as {@code user} (password = user name, as the demo and test users), on {@code page}
     * (a path under SIGTI). An idle browser of that user is reused ({@link Sessions}): within a test class its SIGTI
     * session goes on; after a class ended it starts a new one, through Keycloak's single sign-on. {@link #close()}
     * gives the browser back for the next test. A session that ended meanwhile logs in again. The login goes through
     * the home page, as the return from Keycloak's login drops a query string.
     */
    public static Browser loggedIn(String user, String page) {
        Browser browser = Sessions.take(user);
        if (browser == null) {
            browser = new Browser("es");
            browser.pooledFor = user;
            Sessions.register(browser);
            browser.logInAt(user);
        } else if (browser.needsLogin) {
            browser.needsLogin = false;
            browser.logInAt(user);
        }
        browser.open(Sigti.BASE_URL + page);
        if (browser.onLoginForm()) {
            browser.logInAt(user);
            browser.open(Sigti.BASE_URL + page);
        }
        return browser;
    }

    String pooledFor() {
        return pooledFor;
    }

    /**
     * The end of a test class: the tab forgets SIGTI's session (the cookies of SIGTI's pages; Keycloak's, under its
     * own path, stay), shows a desktop window again and leaves SIGTI's page, whose scripts would go on asking.
     */
    void leaveSigti() {
        assertNoCspViolation();
        if (phone) {
            phone(false);
        }
        if (driver.getCurrentUrl().startsWith(Sigti.BASE_URL)) {
            driver.manage().deleteAllCookies();
        }
        driver.get("about:blank");
        needsLogin = true;
    }

    private void logInAt(String user) {
        open(Sigti.BASE_URL + "/");
        if (onLoginForm()) {
            login(user, user);
        }
        text(By.id("welcome"));
    }

    /**
     * From now on the tab is a phone's screen, 390 × 844 CSS pixels at 3× with touch, as Chrome's device mode
     * emulates it (the page's viewport meta applies); {@code false} gives the desktop window back.
     */
    public void phone(boolean on) {
        ChromeDriver chrome = (ChromeDriver) driver;
        phone = on;
        if (on) {
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                    "deviceScaleFactor", 3, "mobile", true));
            chrome.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true));
        } else {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            chrome.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
        }
    }

    /**
     * What of the page sticks out sideways past the window, in CSS pixels (0: nothing scrolls sideways), with the
     * elements that do, for the message.
     */
    public String sidewaysOverflow() {
        Object said = ((JavascriptExecutor) driver).executeScript("var w = document.documentElement.clientWidth;"
                + " var over = document.documentElement.scrollWidth - w; if (over <= 0) { return ''; }"
                + " var wide = []; document.querySelectorAll('body *').forEach(function (e) {"
                + " var r = e.getBoundingClientRect(); if (r.right > w + 1 && wide.length < 8) {"
                + " wide.push(e.tagName + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined"
                + " ? '.' + String(e.className).split(' ').join('.') : '') + ' ' + Math.round(r.right)); } });"
                + " return over + ' px: ' + wide.join(', ');");
        return String.valueOf(said);
    }

    /** Goes to the address, after checking the page it leaves, then checks the page it reaches. */
    public void open(String url) {
        assertNoCspViolation();
        driver.get(url);
        assertNoCspViolation();
    }

    /**
     * Fails when a page of SIGTI shown in this tab since the last check reported a Content-Security-Policy violation,
     * naming each page, the directive and what it blocked; forgets them, so the next check starts clean.
     */
    public void assertNoCspViolation() {
        List<?> seen = (List<?>) ((JavascriptExecutor) driver).executeScript(CSP_VIOLATIONS);
        if (seen != null && !seen.isEmpty()) {
            throw new AssertionError("The Content-Security-Policy blocked something on a page of SIGTI: " + seen);
        }
    }

    /** On Keycloak's login form: types the credentials and submits. */
    public void login(String username, String password) {
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        user.clear();
        user.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    /** Whether the page is Keycloak's login form. */
    public boolean onLoginForm() {
        return !driver.findElements(By.id("kc-login")).isEmpty()
                && driver.getCurrentUrl().startsWith(Sigti.KEYCLOAK_URL + "/realms/sigti/");
    }

    /** Waits for an element and returns its visible text. */
    public String text(By by) {
        // a page that re-renders (an ajax update, a redirect) may replace the element between finding and reading it
        return wait.ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    try {
                        WebElement shown = ExpectedConditions.visibilityOfElementLocated(by).apply(d);
                        return shown == null ? null : shown.getText().strip();
                    } catch (WebDriverException e) {
                        // Chrome's form of the same race while the next page replaces the document: look again
                        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                            return null;
                        }
                        throw e;
                    }
                });
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /**
     * Follows a link of the nav bar by its id, as a user does: a link inside a closed menu group is reached by opening
     * the group first (its summary), then the browser waits for the next page.
     */
    public void nav(String linkId) {
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(linkId)));
        if (!link.isDisplayed()) {
            List<WebElement> groups = link.findElements(By.xpath("ancestor::details[1]/summary"));
            if (!groups.isEmpty()) {
                groups.get(0).click();
            }
        }
        submit(By.id(linkId));
    }

    /** Clicks a button that posts the page, and waits until the browser has left that page. */
    public void submit(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(by);
        wait.until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                // stale, or (Chromium, mid-navigation) "Node with given id does not belong to the document"
                return true;
            }
        });
    }

    /** Types into a text field or area, replacing what it held. */
    public void type(By by, String text) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        field.clear();
        field.sendKeys(text);
    }

    /** Chooses the option with this value of a select. */
    public void select(By by, String value) {
        new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(by))).selectByValue(value);
    }

    /** Waits until the condition answers something other than null or false; elements replaced meanwhile retry. */
    public <T> T until(Function<WebDriver, T> condition) {
        return wait.ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Waits until the current URL starts with the prefix. */
    public void waitForUrl(String prefix) {
        wait.until(d -> d.getCurrentUrl().startsWith(prefix));
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String source() {
        return driver.getPageSource();
    }

    /**
     * Runs asynchronous JavaScript in the page, as a user could from the browser's console: the script ends by
     * calling {@code arguments[arguments.length - 1]} with its result.
     */
    public Object runAsync(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    /** Keeps a picture of the page under target/screenshots, for people reading a failed run. */
    public void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("sigti.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("screenshot " + name + " failed: " + e);
        }
    }

    /**
     * Fetches an address of the page's origin with this browser's session, as the page itself would: the answer's
     * {@code status} (a number), {@code type} (Content-Type), {@code nosniff} (X-Content-Type-Options) and
     * {@code body}.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> fetch(String url) {
        return (Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text().then(body => done({"
                        + "status: r.status, type: r.headers.get('content-type'),"
                        + "nosniff: r.headers.get('x-content-type-options'), body: body})))"
                        + ".catch(e => done({status: -1, body: String(e)}));", url);
    }

    /**
     * The bytes of an address of SIGTI ({@code /files/...}) fetched with this browser's session, e.g. a PDF, read as a
     * data URL so that nothing is lost to a text decoding.
     */
    public byte[] download(String path) {
        String dataUrl = (String) runAsync("const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.blob()).then(blob => {"
                + " const reader = new FileReader(); reader.onload = () => done(reader.result);"
                + " reader.readAsDataURL(blob); });", Sigti.BASE_URL + path);
        return java.util.Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1));
    }

    /** A browser of {@link #loggedIn} goes back to the test class's sessions; any other quits. */
    @Override
    public void close() {
        try {
            assertNoCspViolation();
        } finally {
            if (pooledFor != null) {
                Sessions.giveBack(this);
            } else {
                quit();
            }
        }
    }

    /** Ends the browser (its Chromium and chromedriver). */
    void quit() {
        driver.quit();
    }
}
