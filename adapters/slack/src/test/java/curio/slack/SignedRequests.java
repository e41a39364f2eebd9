package curio.slack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Sends requests to Curio's {@code /slack/events}, signed the way Slack signs them (v0 HMAC with
 * {@link #SECRET}; set {@code slack.signing.secret} to it). Public and in this module's test-jar for
 * the bot module's end-to-end tests; see {@link FakeSlackApi} for the set-up. Bodies:
 * {@link #event} wraps an event such as {@link #dm} (for {@link #json}); {@link #slashCommand}
 * is a {@code /curio} form body (for {@link #command}); {@link #form} takes an interactive payload;
 * {@link #recorded} is a body as Slack really sent it, kept in {@code payloads/slack/} beside the tests.
 */
public final class SignedRequests {

    public static final String SECRET = "test-signing-secret";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI events;
    private final SlackSignature signature = new SlackSignature(SECRET, Clock.systemUTC());

    /** {@code server} is Curio's base URL, e.g. {@code EmbeddedServer.getURI()}. */
    public SignedRequests(URI server) {
        this.events = server.resolve("/slack/events");
    }

    public HttpResponse<String> json(String body) throws IOException, InterruptedException {
        return send(body, "application/json", now(), null, null);
    }

    public HttpResponse<String> form(String payloadJson) throws IOException, InterruptedException {
        return send("payload=" + URLEncoder.encode(payloadJson, StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", now(), null, null);
    }

    public HttpResponse<String> command(String formBody) throws IOException, InterruptedException {
        return send(formBody, "application/x-www-form-urlencoded", now(), null, null);
    }

    /** {@code signatureOverride} "" leaves the header out; {@code retryNum} adds X-Slack-Retry-Num. */
    public HttpResponse<String> send(String body, String type, String timestamp, String signatureOverride, String retryNum)
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

    /** The body of {@code payloads/slack/<name>.json}, recorded from Slack in workspace T1, app A1. */
    public static String recorded(String name) {
        String path = "payloads/slack/" + name + ".json";
        try (InputStream in = SignedRequests.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded payload " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String now() {
        return Long.toString(System.currentTimeMillis() / 1000);
    }

    public static String event(String eventId, String eventJson) {
        return "{\"token\":\"x\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\",\"event_id\":\""
                + eventId + "\",\"event_time\":1700000000,\"authorizations\":[{\"team_id\":\"T1\",\"user_id\":\"UBOT\","
                + "\"is_bot\":true,\"is_enterprise_install\":false}],\"event\":" + eventJson + "}";
    }

    /**
     * A {@code /curio} slash command from {@code user} in workspace T1, typed in #general, with
     * "Escape channels, users, and links" on: channels and people in {@code text} as {@code <#C1|name>}, {@code <@U1>}.
     */
    public static String slashCommand(String user, String text) {
        return slashCommand(user, text, "1.1.t");
    }

    /** The same, with the {@code trigger_id} Slack gives the command (it opens a modal within 3 s). */
    public static String slashCommand(String user, String text, String triggerId) {
        return "token=x&team_id=T1&team_domain=acme&channel_id=C0GENERAL&channel_name=general&user_id=" + encode(user)
                + "&user_name=" + encode(user.toLowerCase()) + "&command=%2Fcurio&text=" + encode(text)
                + "&api_app_id=A1&response_url=" + encode("http://127.0.0.1:1/commands/T1/1/x")
                + "&trigger_id=" + encode(triggerId);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A direct message event (channel D1) from {@code user}; {@code text} is put in a JSON string as is. */
    public static String dm(String user, String text) {
        return dm(user, "D1", text);
    }

    /** A DM in the conversation {@code channel}. */
    public static String dm(String user, String channel, String text) {
        return "{\"type\":\"message\",\"channel\":\"" + channel + "\",\"channel_type\":\"im\",\"user\":\"" + user
                + "\",\"text\":\"" + text + "\",\"ts\":\"1700000001.000100\",\"event_ts\":\"1700000001.000100\"}";
    }
}
