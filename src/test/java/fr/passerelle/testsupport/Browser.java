package fr.passerelle.testsupport;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Headless Chromium (the Debian package, /usr/bin/chromium) driven by Playwright for Java: real logins through the
 * Keycloak form, screenshots under target/screenshots, and an axe-core accessibility check of the current page.
 */
public final class Browser implements AutoCloseable {
    public static final Path CHROMIUM = Path.of(System.getProperty("passerelle.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser() {
        // The driver comes with the Maven artifact; the browser is the system's: never download one.
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run")));
    }

    public static Browser start() {
        return new Browser();
    }

    /** A fresh browser session (its own cookies), with what the page logs to the console collected. */
    public Session session() {
        BrowserContext context = browser.newContext(new NewContextOptions().setLocale("fr-FR").setViewportSize(1280, 900));
        return new Session(context);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }

    public static final class Session implements AutoCloseable {
        private final BrowserContext context;
        public final Page page;
        public final List<String> consoleErrors = new ArrayList<>();

        Session(BrowserContext context) {
            this.context = context;
            this.page = context.newPage();
            // CSP violations and script errors; an error status of the page itself (a tested 400 or 404) is not one
            page.onConsoleMessage(m -> {
                if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource: the server responded with a status of 4")) {
                    consoleErrors.add(m.text() + " (" + m.location() + ")");
                }
            });
            page.onPageError(consoleErrors::add);
        }

        public Session open(String path) {
            page.navigate(LocalComponentsResource.appUrl() + path);
            return this;
        }

        /** Logs in through the real Keycloak form, as a person would. */
        public Session logIn(String username) {
            open("/connexion");
            page.fill("#username", username);
            page.fill("#password", LocalKeycloak.DEMO_PASSWORD);
            page.click("#kc-login");
            page.waitForURL(url -> url.startsWith(LocalComponentsResource.appUrl()));
            return this;
        }

        public Path screenshot(String name) {
            try {
                Files.createDirectories(SCREENSHOTS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path file = SCREENSHOTS.resolve(name + ".png");
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
            return file;
        }

        /** The serious and critical axe-core violations of the current page, as "rule: target" lines. */
        @SuppressWarnings("unchecked")
        public List<String> seriousAccessibilityViolations() {
            // evaluate() runs through the DevTools protocol: the page's CSP (no inline script) does not apply to it
            page.evaluate(axeSource());
            List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
                    async () => (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] })).violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => ({ id: v.id, targets: v.nodes.map(n => n.target.join(' ')).slice(0, 5) }))""");
            List<String> out = new ArrayList<>();
            for (Map<String, Object> v : violations) {
                out.add(v.get("id") + ": " + v.get("targets"));
            }
            return out;
        }

        @Override
        public void close() {
            context.close();
        }

        private static String axeSource() {
            try (var in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
