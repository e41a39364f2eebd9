package curio.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Debian's headless Chromium driven by its chromedriver over the W3C WebDriver protocol (plain HTTP on
 * loopback, no Selenium). {@link #unavailable()} says why a browser test must skip; {@code .ci/run}
 * installs the two packages when they are missing, and nothing is downloaded at test time.
 */
public final class HeadlessChromium implements AutoCloseable {

    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final List<Path> BROWSERS = List.of(Path.of("/usr/lib/chromium/chromium"), Path.of("/usr/bin/chromium"));
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Process driver;
    private final String base;
    private final String session;

    /**
     * Why there is no browser to test with, if there is none. Where a browser is required
     * ({@code CURIO_BROWSER_REQUIRED=true}, as {@code .ci/run} sets it) a missing one fails the test
     * instead, so that CI cannot pass with every browser test skipped.
     */
    public static Optional<String> unavailable() {
        Optional<String> missing = missing();
        if (missing.isPresent() && Boolean.parseBoolean(System.getenv("CURIO_BROWSER_REQUIRED"))) {
            throw new IllegalStateException("CURIO_BROWSER_REQUIRED is set but " + missing.get());
        }
        return missing;
    }

    private static Optional<String> missing() {
        if (!Files.isExecutable(DRIVER)) {
            return Optional.of("no " + DRIVER + ": apt-get install chromium chromium-driver (.ci/run does)");
        }
        if (BROWSERS.stream().noneMatch(Files::isExecutable)) {
            return Optional.of("no Chromium at " + BROWSERS + ": apt-get install chromium (.ci/run does)");
        }
        return Optional.empty();
    }

    public HeadlessChromium(Path downloads, Path log) throws IOException, InterruptedException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        driver = new ProcessBuilder(DRIVER.toString(), "--port=" + port, "--log-path=" + log)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        base = "http://127.0.0.1:" + port;
        waitForDriver();
        Path profile = Files.createTempDirectory("curio-chromium");
        Map<String, Object> options = Map.of(
                "binary", BROWSERS.stream().filter(Files::isExecutable).findFirst().orElseThrow().toString(),
                "args", List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                        "--window-size=1280,1800", "--user-data-dir=" + profile),
                "prefs", Map.of("download.default_directory", downloads.toString(),
                        "download.prompt_for_download", false));
        JsonNode created = send("POST", "/session", Map.of("capabilities",
                Map.of("alwaysMatch", Map.of("browserName", "chrome", "goog:chromeOptions", options))));
        session = created.get("value").get("sessionId").asText();
        send("POST", "/session/" + session + "/goog/cdp/execute", Map.of("cmd", "Browser.setDownloadBehavior",
                "params", Map.of("behavior", "allow", "downloadPath", downloads.toString())));
        send("POST", "/session/" + session + "/timeouts", Map.of("script", 30_000, "pageLoad", 30_000));
    }

    public void open(String url) throws IOException, InterruptedException {
        send("POST", "/session/" + session + "/url", Map.of("url", url));
    }

    /** Runs {@code script} (a function body; {@code arguments} as usual) in the page; its return value. */
    public JsonNode run(String script, Object... args) throws IOException, InterruptedException {
        return send("POST", "/session/" + session + "/execute/sync", Map.of("script", script, "args", List.of(args)))
                .get("value");
    }

    /** Runs a script that ends by calling {@code arguments[arguments.length - 1](result)}. */
    public JsonNode runAsync(String script) throws IOException, InterruptedException {
        return send("POST", "/session/" + session + "/execute/async", Map.of("script", script, "args", List.of()))
                .get("value");
    }

    public void click(String css) throws IOException, InterruptedException {
        String element = send("POST", "/session/" + session + "/element", Map.of("using", "css selector", "value", css))
                .get("value").get(ELEMENT).asText();
        send("POST", "/session/" + session + "/element/" + element + "/click", Map.of());
    }

    public void screenshot(Path file) throws IOException, InterruptedException {
        String png = send("GET", "/session/" + session + "/screenshot", null).get("value").asText();
        Files.write(file, Base64.getDecoder().decode(png));
    }

    /** Waits up to 20 s until {@code script}'s value passes {@code test}; the last value. */
    public JsonNode await(String script, Predicate<JsonNode> test) throws IOException, InterruptedException {
        return await(script, test, 20);
    }

    /** Waits up to {@code seconds} until {@code script}'s value passes {@code test}; the last value. */
    public JsonNode await(String script, Predicate<JsonNode> test, int seconds) throws IOException, InterruptedException {
        Instant until = Instant.now().plusSeconds(seconds);
        JsonNode value = run(script);
        while (!test.test(value) && Instant.now().isBefore(until)) {
            Thread.sleep(100);
            value = run(script);
        }
        return value;
    }

    @Override
    public void close() {
        try {
            send("DELETE", "/session/" + session, null);
        } catch (IOException | InterruptedException | RuntimeException e) {
            // the driver goes next, and the browser with it
        }
        driver.destroy();
    }

    private void waitForDriver() throws InterruptedException {
        Instant until = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(until)) {
            try {
                if (send("GET", "/status", null).get("value").get("ready").asBoolean()) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("chromedriver did not start");
    }

    private JsonNode send(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode answer = json.readTree(response.body());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("WebDriver " + method + " " + path + ": " + response.body());
        }
        return answer;
    }
}
