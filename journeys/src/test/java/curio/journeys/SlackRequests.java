package curio.journeys;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts recorded Slack requests to the jar's {@code /slack/events}, signed as Slack signs them: v0 HMAC-SHA256
 * of {@code v0:<timestamp>:<body>} in {@code X-Slack-Signature}, the timestamp in {@code X-Slack-Request-Timestamp}.
 */
public final class SlackRequests {

    public static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI events;

    public SlackRequests(URI events) {
        this.events = events;
    }

    /** An Events API callback (JSON). */
    public HttpResponse<String> event(String json) {
        return post(json, "application/json");
    }

    /** The same callback sent again as Slack retries one it got no 200 for: {@code X-Slack-Retry-Num} {@code number}. */
    public HttpResponse<String> retry(String json, int number) {
        return post(json, "application/json", "X-Slack-Retry-Num", Integer.toString(number), "X-Slack-Retry-Reason", "http_error");
    }

    /** A slash command (a form body). */
    public HttpResponse<String> command(String formBody) {
        return post(formBody, "application/x-www-form-urlencoded");
    }

    /** An interaction (block_actions, view_submission): {@code payload=<json>}. */
    public HttpResponse<String> interaction(String payloadJson) {
        return post("payload=" + URLEncoder.encode(payloadJson, StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
    }

    private HttpResponse<String> post(String body, String contentType, String... headers) {
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        HttpRequest.Builder builder = HttpRequest.newBuilder(events).timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", sign(timestamp, body));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        HttpRequest request = builder.POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("Curio did not answer " + events + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static String sign(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SIGNING_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
