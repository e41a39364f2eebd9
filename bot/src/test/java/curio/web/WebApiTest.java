package curio.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import curio.schedule.CohortScheduler;
import curio.support.EngineTest;
import curio.support.MutableClock;
import curio.support.TestClockFactory;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.UnifiedJedis;

/** The web adapter over real HTTP on loopback, as a browser or curl would use it. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebApiTest implements EngineTest {

    @Inject
    EmbeddedServer server;
    @Inject
    UnifiedJedis redis;
    @Inject
    MutableClock clock;
    final HttpClient http = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void fresh() {
        redis.flushAll();
        clock.set(TestClockFactory.START);
    }

    /** A JSON POST as curl sends it; {@code headers} (name, value, ...) add to or replace its headers. */
    private HttpResponse<String> post(String path, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void startThroughTheWebApiUsesTheRequestTimeZoneAndReturnsNeutralReplies() throws Exception {
        HttpResponse<String> response = post("/web/api/messages",
                "{\"user\":\"alice\",\"text\":\"start\",\"timeZone\":\"Asia/Tokyo\"}");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("{\"replies\":[{\"id\":"), response.body());
        assertTrue(response.body().contains("Asia/Tokyo"));
        assertTrue(response.body().contains("\"actionId\":\"prompt."), "today's prompt carries its action ids");
    }

    @Test
    void aButtonClickAnswersWithAnUpdateOfTheClickedMessage() throws Exception {
        post("/web/api/messages", "{\"user\":\"bo\",\"text\":\"start\"}");
        HttpResponse<String> click = post("/web/api/actions",
                "{\"user\":\"bo\",\"actionId\":\"checkin.open\",\"value\":\"\",\"messageId\":\"w1\"}");
        assertEquals(200, click.statusCode());
        assertTrue(click.body().contains("\"form\":{\"callbackId\":\"checkin\""), click.body());
        HttpResponse<String> form = post("/web/api/forms",
                "{\"user\":\"bo\",\"callbackId\":\"checkin\",\"values\":{\"text\":\"asked a newcomer for fresh eyes\"}}");
        assertTrue(form.body().contains("Checked in"), form.body());
    }

    @Test
    void aScheduledPromptArrivesInTheWebInbox(CohortScheduler scheduler) throws Exception {
        String inbox = tuesdaysPrompt(scheduler, "cy");
        assertTrue(inbox.contains("Good morning, cy!"), inbox);
        String last = inbox.replaceAll("(?s).*\"id\":\"(w[0-9]+)\".*", "$1");
        assertEquals("{\"messages\":[]}", get("/web/api/inbox?user=cy&after=" + last).body(), "nothing after the last seen");
    }

    @Test
    void twoTabsReadingOneInboxEachSeeEveryMessageFromTheirOwnCursor(CohortScheduler scheduler) throws Exception {
        String first = tuesdaysPrompt(scheduler, "di");
        String second = get("/web/api/inbox?user=di").body();
        assertTrue(first.contains("Good morning, di!"), first);
        assertEquals(first, second, "the first tab's read took nothing from the second");
        String seen = first.replaceAll("(?s).*\"id\":\"(w[0-9]+)\".*", "$1");
        assertEquals("{\"messages\":[]}", get("/web/api/inbox?user=di&after=" + seen).body());
        assertEquals(first, get("/web/api/inbox?user=di&after=w999999999").body(),
                "a cursor from before a restart (ids start over) reads everything kept");
        assertEquals(400, get("/web/api/inbox?user=di&after=12").statusCode());
    }

    @Test
    void aTeamCanBeTriedInAWebRoomWithAnAdminFlag() throws Exception {
        post("/web/api/messages", "{\"user\":\"ann\",\"text\":\"start\"}");
        post("/web/api/messages", "{\"user\":\"ann\",\"text\":\"hi\",\"channel\":\"general\"}");
        HttpResponse<String> refused = post("/web/api/messages",
                "{\"user\":\"ann\",\"text\":\"team setup #general\"}");
        assertTrue(refused.body().contains("Only workspace admins"), refused.body());
        HttpResponse<String> setup = post("/web/api/messages",
                "{\"user\":\"boss\",\"text\":\"team setup #general\",\"admin\":true,\"channel\":\"general\"}");
        assertTrue(setup.body().contains("is now a Curio team: 2 people in the channel"), setup.body());
        HttpResponse<String> form = post("/web/api/messages", "{\"user\":\"boss\",\"text\":\"challenge new\"}");
        assertTrue(form.body().contains("\"callbackId\":\"challenge.new\""), form.body());
        assertTrue(get("/web/api/inbox?channel=general").body().contains("made this channel a Curio team"));
        assertMessage(post("/web/api/messages", "{\"user\":\"ann\",\"text\":\"hi\",\"admin\":\"yes\"}"),
                "field 'admin' must be true or false");
    }

    @Test
    void theGetRoutesCheckNamesToo() throws Exception {
        assertMessage(get("/web/api/home?user=%20"), "field 'user' must be");
        assertMessage(get("/web/api/inbox?user=a*b"), "field 'user' must be");
        assertMessage(get("/web/api/inbox?user=a&channel=b"), "either 'user' or 'channel'");
    }

    @Test
    void malformedJsonAndMissingFieldsGet400NamingTheProblem() throws Exception {
        HttpResponse<String> broken = post("/web/api/messages", "{\"user\":\"alice\",");
        assertEquals(400, broken.statusCode());
        assertTrue(broken.body().contains("malformed JSON"), broken.body());
        assertMessage(post("/web/api/messages", "{\"text\":\"start\"}"), "field 'user' is required");
        assertMessage(post("/web/api/messages", "{\"user\":\"alice\"}"), "field 'text' is required");
        assertMessage(post("/web/api/messages", "{\"user\":\"alice\",\"text\":42}"), "field 'text' must be a string");
        assertMessage(post("/web/api/messages", "{\"user\":\"a b\",\"text\":\"hi\"}"), "field 'user' must be");
        assertMessage(post("/web/api/messages", "{\"user\":\"al\",\"text\":\"hi\",\"timeZone\":\"Nowhere/City\"}"),
                "field 'timeZone'");
        assertMessage(post("/web/api/messages", "[1,2]"), "JSON object");
        assertMessage(post("/web/api/messages", "{\"user\":\"al\",\"text\":\"hi\",\"timeZone\":\"+05:30\"}"),
                "is a fixed offset");
        assertMessage(post("/web/api/messages", "{\"user\":\"al\",\"text\":\"hi\",\"timeZone\":\"CET\"}"),
                "is an abbreviation, which doesn't say when daylight saving applies");
        assertMessage(post("/web/api/messages", "{\"user\":\"al\",\"text\":\"hi\",\"timeZone\":\"EST\"}"),
                "America/New_York");
        assertMessage(post("/web/api/messages", "{\"user\":\"al\",\"text\":\"hi\",\"timeZone\":\"Europe/Berln\"}"),
                "Did you mean Europe/Berlin?");
        assertMessage(post("/web/api/actions", "{\"user\":\"alice\"}"), "field 'actionId' is required");
        assertMessage(post("/web/api/forms", "{\"user\":\"alice\",\"callbackId\":\"checkin\"}"), "field 'values'");
        HttpResponse<String> empty = post("/web/api/messages", "");
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().startsWith("{\"error\":"), "the server's own errors have the API's shape: " + empty.body());
    }

    @Test
    void otherPagesAndNonJsonBodiesAreRefusedWithTheApisErrorShape() throws Exception {
        HttpResponse<String> plain = post("/web/api/messages", "{\"user\":\"alice\",\"text\":\"start\"}",
                "Content-Type", "text/plain");
        assertEquals(415, plain.statusCode(), "an HTML form on any page could post text/plain: " + plain.body());
        assertTrue(plain.body().startsWith("{\"error\":"), plain.body());
        HttpResponse<String> foreign = post("/web/api/messages", "{\"user\":\"alice\",\"text\":\"delete my data\"}",
                "Origin", "http://evil.example");
        assertEquals(403, foreign.statusCode(), foreign.body());
        assertTrue(foreign.body().contains("other web pages"), foreign.body());
    }

    @Test
    void oversizedBodiesAreRefusedWith413() throws Exception {
        String huge = "{\"user\":\"alice\",\"text\":\"" + "a".repeat(1_100_000) + "\"}";
        HttpResponse<String> refused = post("/web/api/messages", huge);
        assertEquals(413, refused.statusCode());
        assertTrue(refused.body().startsWith("{\"error\":"), refused.body());
    }

    @Test
    void theInboxHoldsWhatCurioSentOnItsOwnUntilRead() throws Exception {
        HttpResponse<String> empty = get("/web/api/inbox?user=nobody");
        assertEquals("{\"messages\":[]}", empty.body());
        assertEquals(400, get("/web/api/inbox").statusCode());
    }

    @Test
    void healthReportsRedisAndThePlaygroundPageIsServed() throws Exception {
        HttpResponse<String> health = get("/health");
        assertEquals(200, health.statusCode());
        assertEquals("{\"status\":\"UP\",\"redis\":\"UP\"}", health.body());
        HttpResponse<String> page = get("/");
        assertTrue(page.body().contains("Curio playground"));
        assertTrue(page.body().contains("<meta name=\"curio-demo\" content=\"false\">"), "no next-day button");
        assertEquals(404, post("/web/api/demo/next-day", "{\"user\":\"alice\"}").statusCode(), "demo is off by default");
    }

    @Test
    void typingCheckinOnTheWebShowsTheCheckInFormAtOnce() throws Exception {
        post("/web/api/messages", "{\"user\":\"cy\",\"text\":\"start\"}");
        HttpResponse<String> typed = post("/web/api/messages", "{\"user\":\"cy\",\"text\":\"checkin\"}");
        assertEquals(200, typed.statusCode());
        assertTrue(typed.body().contains("\"form\":{\"callbackId\":\"checkin\""), typed.body());
        assertTrue(!typed.body().contains("opens from a button"), "no launcher where a form can open: " + typed.body());
    }

    /** How the page shows these words (as text, never HTML or a link) is {@link PlaygroundBrowserTest}'s. */
    @Test
    void aCheckInComesBackAsEscapedDataInTheJson() throws Exception {
        post("/web/api/messages", "{\"user\":\"dee\",\"text\":\"start\"}");
        HttpResponse<String> form = post("/web/api/forms", "{\"user\":\"dee\",\"callbackId\":\"checkin\","
                + "\"values\":{\"text\":\"<img src=x onerror=alert(1)> [x](https://evil.example)\"}}");
        String markdown = new ObjectMapper().readTree(form.body()).at("/replies/0/blocks/0/markdown").asText();
        assertTrue(markdown.startsWith("Checked in: _\\<img src=x onerror=alert(1)\\> \\[x\\](https://evil.example)_"),
                markdown);
    }

    @Test
    void theExportReplyListsBothFilesAndEachDownloadsAsAnAttachment() throws Exception {
        post("/web/api/messages", "{\"user\":\"alice\",\"text\":\"start\"}");
        post("/web/api/messages", "{\"user\":\"alice\",\"text\":\"tried a *bold* question\"}");
        JsonNode files = JSON.readTree(post("/web/api/messages", "{\"user\":\"alice\",\"text\":\"export\"}").body())
                .path("replies").path(0).path("files");
        assertEquals(2, files.size(), files.toString());
        assertEquals("curio-export-2026-03-02.md", files.get(0).path("name").asText());
        HttpResponse<String> summary = get(files.get(0).path("url").asText());
        assertEquals(200, summary.statusCode(), summary.body());
        assertEquals("attachment; filename=\"curio-export-2026-03-02.md\"",
                summary.headers().firstValue("Content-Disposition").orElse(""));
        assertTrue(summary.headers().firstValue("Content-Type").orElse("").startsWith("text/markdown"));
        assertTrue(summary.body().contains("- Mon 2 Mar 2026: a \\*bold\\* question"), summary.body());
        HttpResponse<String> data = get(files.get(1).path("url").asText());
        assertEquals("a *bold* question", JSON.readTree(data.body()).path("checkIns").path(0).path("text").asText());
        String otherUser = files.get(0).path("url").asText().replace("user=alice", "user=mallory");
        assertEquals(404, get(otherUser).statusCode(), "a file is only for the person it was sent to");

        clock.advance(Duration.ofMinutes(59));
        assertEquals(200, get(files.get(0).path("url").asText()).statusCode(), "kept for an hour of the engine's clock");
        clock.advance(Duration.ofMinutes(2));
        assertEquals(404, get(files.get(0).path("url").asText()).statusCode(), "and gone after it");
    }

    @Test
    void theExportEndpointAnswersTheFileInOneStep() throws Exception {
        post("/web/api/messages", "{\"user\":\"bo\",\"text\":\"start\"}");
        HttpResponse<String> json = get("/web/api/export?user=bo&format=json");
        assertEquals(200, json.statusCode(), json.body());
        assertEquals("attachment; filename=\"curio-export-2026-03-02.json\"",
                json.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("bo", JSON.readTree(json.body()).path("person").path("userId").asText());
        assertTrue(get("/web/api/export?user=bo").body().startsWith("# Everything Curio holds about bo"));
        assertEquals(400, get("/web/api/export?user=bo&format=pdf").statusCode());
        HttpResponse<String> none = get("/web/api/export?user=nobody");
        assertEquals(404, none.statusCode());
        assertTrue(none.body().contains("I hold no data about you"), none.body());
    }

    /** {@code user} starts in Berlin and reads their inbox until Tuesday's scheduled prompt is in it. */
    private String tuesdaysPrompt(CohortScheduler scheduler, String user) throws Exception {
        post("/web/api/messages", "{\"user\":\"" + user + "\",\"text\":\"start\",\"timeZone\":\"Europe/Berlin\"}");
        clock.set(Instant.parse("2026-03-03T08:30:00Z"));
        scheduler.fireNow("Europe/Berlin|09:30|MON-FRI|PROMPT");
        String inbox = "";
        for (int i = 0; i < 50 && !inbox.contains("Good morning"); i++) {
            Thread.sleep(100);
            inbox = get("/web/api/inbox?user=" + user).body();
        }
        return inbox;
    }

    private static void assertMessage(HttpResponse<String> response, String expected) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains(expected), response.body());
    }
}
