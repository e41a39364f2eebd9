package curio.slack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/** Sends requests to /slack/events signed the way Slack signs them. */
final class SignedRequests {

    static final String SECRET = "test-signing-secret";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI events;
    private final SlackSignature signature = new SlackSignature(SECRET, Clock.systemUTC());

    SignedRequests(URI server) {
        this.events = server.resolve("/slack/events");
    }

    HttpResponse<String> json(String body) throws IOException, InterruptedException {
        return send(body, "application/json", now(), null, null);
    }

    HttpResponse<String> form(String payloadJson) throws IOException, InterruptedException {
        return send("payload=" + URLEncoder.encode(payloadJson, StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", now(), null, null);
    }

    HttpResponse<String> command(String formBody) throws IOException, InterruptedException {
        return send(formBody, "application/x-www-form-urlencoded", now(), null, null);
    }

    /** {@code signatureOverride} "" leaves the header out; {@code retryNum} adds X-Slack-Retry-Num. */
    HttpResponse<String> send(String body, String type, String timestamp, String signatureOverride, String retryNum)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(events).timeout(Duration.ofSeconds(10))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
        if (timestamp != null) {
            b.header("X-Slack-Request-Timestamp", timestamp);
        }
        String sig = signatureOverride == null ? signature.sign(timestamp, body) : signatureOverride;
        if (!sig.isEmpty()) {
            b.header("X-Slack-Signature", sig);
        }
        if (retryNum != null) {
            b.header("X-Slack-Retry-Num", retryNum).header("X-Slack-Retry-Reason", "http_timeout");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String now() {
        return Long.toString(System.currentTimeMillis() / 1000);
    }

    static String event(String eventId, String eventJson) {
        return "{\"token\":\"x\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\",\"event_id\":\""
                + eventId + "\",\"event_time\":1700000000,\"authorizations\":[{\"team_id\":\"T1\",\"user_id\":\"UBOT\","
                + "\"is_bot\":true,\"is_enterprise_install\":false}],\"event\":" + eventJson + "}";
    }

    static String dm(String user, String text) {
        return "{\"type\":\"message\",\"channel\":\"D1\",\"channel_type\":\"im\",\"user\":\"" + user + "\",\"text\":\""
                + text + "\",\"ts\":\"1700000001.000100\",\"event_ts\":\"1700000001.000100\"}";
    }
}
