package curio.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The web playground (no platform settings): the README's curl session, as JSON over HTTP. */
class WebPlaygroundJourneysIT {

    @RegisterExtension
    static final CurioJar CURIO = CurioJar.named("web", Map::of);

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aVisitorStartsChecksInThroughTheFormAndSeesAOneDayStreak() throws Exception {
        assertTrue(get("/").contains("<"), "the playground page is served");
        String welcome = post("/web/api/messages", Payload.of("web/message.json").set("user", "alice").set("text", "start").text());
        assertTrue(welcome.contains("Welcome aboard") && welcome.contains("Asia/Tokyo"), welcome);

        JsonNode form = SlackWorkspace.read(post("/web/api/actions", Payload.of("web/action.json").set("user", "alice")
                .set("action_id", "checkin.open").set("value", "").set("message_id", "").text()));
        assertTrue(form.toString().contains("checkin"), "the check-in form opens: " + form);

        String checkedIn = post("/web/api/forms", Payload.of("web/form.json").set("user", "alice").set("callback_id", "checkin")
                .set("text", "asked a colleague for feedback").text());
        assertTrue(checkedIn.contains("Checked in"), checkedIn);
        String streak = post("/web/api/messages", Payload.of("web/message.json").set("user", "alice").set("text", "streak").text());
        assertTrue(streak.replace("*", "").contains("Current streak: 1"), streak);
        assertTrue(SlackWorkspace.read(get("/web/api/inbox?user=alice")).path("messages").isArray(), "the inbox lists what Curio sent on its own");
    }

    /** What ships serves the dashboard: the link Curio answers, the session it opens, Chart.js from the jar. */
    @Test
    void anAdminOpensTheDashboardThroughTheLinkCurioSends() throws Exception {
        String json = "{\"user\":\"ada\",\"text\":\"admin dashboard\",\"admin\":true}";
        Matcher link = Pattern.compile("\\((http://localhost:\\d+/admin/signin\\?token=[0-9a-f.]+)\\)")
                .matcher(post("/web/api/messages", json));
        assertTrue(link.find(), "a sign-in link");
        String token = link.group(1).substring(link.group(1).indexOf("token=") + 6);
        assertTrue(get("/admin/signin?token=" + token).contains("Open the dashboard"));
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(CURIO.uri("/admin/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + token)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, signedIn.statusCode(), signedIn.body());
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        for (String path : new String[] {"/admin", "/admin/assets/chart.umd.min.js", "/admin/assets/dashboard.js",
            "/admin/api/figures", "/admin/api/figures.csv"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(CURIO.uri(path)).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), path + ": " + response.body());
        }
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(CURIO.uri("/admin/signin?token=" + token)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, again.statusCode(), "a link works once");
    }

    @Test
    void anOperatorScrapesMetricsInPrometheusTextFromTheJar() throws Exception {
        post("/web/api/messages", Payload.of("web/message.json").set("user", "bob").set("text", "start").text());
        double before = series(get("/metrics"), "curio_checkins_total{platform=\"web\"}");

        post("/web/api/messages", Payload.of("web/message.json").set("user", "bob").set("text", "tried a new note format").text());

        String metrics = get("/metrics");
        assertEquals(before + 1, series(metrics, "curio_checkins_total{platform=\"web\"}"), metrics);
        for (String name : new String[] {"curio_prompts_sent_total{platform=\"web\"}", "curio_answers_total{platform=\"web\"}",
                "curio_streak_updates_total{platform=\"web\"}", "curio_rate_limited_total{platform=\"slack\"}",
                "curio_outbox_length", "curio_outbox_oldest_age_seconds", "process_uptime_seconds"}) {
            assertTrue(series(metrics, name) >= 0, name);
        }
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("http_server_requests_seconds_count{")
                && l.contains("uri=\"/web/api/messages\"")), "request latency by route");
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("jvm_memory_used_bytes{")), "the JVM");
        assertTrue(get("/health").contains("\"status\":\"UP\""), "/health is as it was");
    }

    /** The value of one series (name and labels exactly) in Prometheus's text format. */
    private static double series(String metrics, String series) {
        return metrics.lines().filter(l -> l.startsWith(series + " ")).mapToDouble(l -> Double.parseDouble(l.substring(series.length() + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + series + " in:\n" + metrics));
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(CURIO.uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    private String post(String path, String json) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(CURIO.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }
}
