package curio.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import curio.support.HeadlessChromium;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** With {@code CURIO_DEMO=true} the playground's "next day" starts the visitor's next learning day at once. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoNextDayTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @Override
    public Map<String, String> getProperties() {
        try {
            return Map.of("curio.data-dir", Files.createTempDirectory("curio-demo").toString(), "curio.web", "true",
                    "curio.demo", "true", "micronaut.server.port", "-1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path));
        if (body != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Instant nextDay(String user) throws Exception {
        HttpResponse<String> next = send("/web/api/demo/next-day", "{\"user\":\"" + user + "\"}");
        assertEquals(200, next.statusCode(), next.body());
        return Instant.parse(json.readTree(next.body()).get("now").asText());
    }

    @Test
    void aVisitorSeesTheStreakGrowWithTheNextDayButton() throws Exception {
        java.util.Optional<String> missing = HeadlessChromium.unavailable();
        missing.ifPresent(reason -> System.out.println("DemoNextDayTest browser part skipped: " + reason));
        Assumptions.assumeTrue(missing.isEmpty(), missing.orElse(""));
        Path artifacts = Files.createDirectories(Path.of("target", "playground-browser").toAbsolutePath());
        try (HeadlessChromium browser = new HeadlessChromium(artifacts, artifacts.resolve("chromedriver-demo.log"))) {
            browser.open("http://localhost:" + server.getPort() + "/");
            browser.run("document.getElementById('user').value = 'eve'; document.getElementById('zone').value = 'UTC'");
            say(browser, "start");
            say(browser, "tried asking what instead of why");
            browser.await(LOG, text -> text.asText().contains("Streak: 1 day"));
            browser.click("#next-day");
            JsonNode prompts = browser.await(LOG.replace("innerText", "innerText.split('Good morning, eve!').length - 1"),
                    count -> count.asInt() >= 2);
            assertEquals(2, prompts.asInt(), "the next day's prompt arrived in the chat after the first day's");
            say(browser, "tried batching my replies");
            JsonNode log = browser.await(LOG, text -> text.asText().contains("Streak: 2 days"));
            browser.screenshot(artifacts.resolve("6-demo-next-day-streak.png"));
            assertTrue(log.asText().contains("Streak: 2 days"), "a day later, the streak grew: " + log.asText());
        }
    }

    private static final String LOG = "return document.getElementById('log').innerText";

    private static void say(HeadlessChromium browser, String text) throws Exception {
        browser.run("const f = document.getElementById('say'); f.elements.text.value = arguments[0]; f.requestSubmit()", text);
        browser.await(LOG, log -> log.asText().contains(text));
        Thread.sleep(300);
    }

    @Test
    void nextDayBringsTheNextLearningDaysPromptAtOnce() throws Exception {
        assertTrue(send("/", null).body().contains("<meta name=\"curio-demo\" content=\"true\">"), "the page shows the button");
        assertEquals(400, send("/web/api/demo/next-day", "{\"user\":\"dana\"}").statusCode(), "not started yet");
        send("/web/api/messages", "{\"user\":\"dana\",\"text\":\"start\",\"timeZone\":\"UTC\"}");
        Instant now = nextDay("dana");
        assertTrue(now.isAfter(Instant.now().plus(Duration.ofHours(2))), "the demo clock moved to the next day: " + now);
        String inbox = "";
        for (int i = 0; i < 50 && !inbox.contains("Good morning"); i++) {
            Thread.sleep(100);
            inbox = send("/web/api/inbox?user=dana", null).body();
        }
        assertTrue(inbox.contains("Good morning, dana!"), inbox);
        Instant later = nextDay("dana");
        assertTrue(later.isAfter(now.plus(Duration.ofHours(20))), "and on to the day after: " + later);
    }
}
