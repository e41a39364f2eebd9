package curio.slack;

import io.micronaut.test.support.TestPropertyProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import curio.support.MutableClock;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The whole engine on the real Slack adapter: signed requests to {@code /slack/events}, Web API
 * calls to a {@link FakeSlackApi} on 127.0.0.1, an embedded real Redis, a clock the test moves.
 * Workspace T1, bot user UBOT; {@code users.info} says everyone is an admin in Berlin.
 */
public abstract class SlackEngineTest implements TestPropertyProvider {

    static final String TOKEN = "xoxb-1-e2e-token-000000";
    static final String FORM = "application/x-www-form-urlencoded";
    static final Duration WAIT = Duration.ofSeconds(10);
    final FakeSlackApi slack = fake();

    @Inject EmbeddedServer server;
    @Inject MutableClock clock;
    private SignedRequests requests;

    @AfterAll
    void stopFakeSlack() {
        slack.close();
    }

    /** The first call of {@code method} that {@code match}es, waiting up to {@link #WAIT} for it. */
    FakeSlackApi.Call await(String method, Predicate<FakeSlackApi.Call> match) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        Optional<FakeSlackApi.Call> found;
        while ((found = slack.calls(method).stream().filter(match).findFirst()).isEmpty() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        return found.orElseThrow(() -> new AssertionError("no matching " + method + " in " + slack.calls(method)));
    }

    /** A message posted to {@code channel} whose blocks contain {@code text}. */
    static Predicate<FakeSlackApi.Call> in(String channel, String text) {
        return c -> channel.equals(c.param("channel")) && String.valueOf(c.param("blocks")).contains(text);
    }

    /** Signed at the engine's time: the controller checks the 5-minute window against the injected clock. */
    HttpResponse<String> post(String body, String type) throws Exception {
        if (requests == null) {
            requests = new SignedRequests(server.getURI());
        }
        return requests.send(body, type, Long.toString(clock.instant().getEpochSecond()), null, null);
    }

    HttpResponse<String> form(String payloadJson) throws Exception {
        return post("payload=" + URLEncoder.encode(payloadJson, StandardCharsets.UTF_8), FORM);
    }

    private static FakeSlackApi fake() {
        try {
            return new FakeSlackApi();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> getProperties() {
        try {
            return Map.of("curio.data-dir", Files.createTempDirectory("curio-slack-e2e").toString(),
                    "curio.redis-url", "", "curio.web", "false", SlackTestClock.PROPERTY, "true",
                    "slack.bot.token", TOKEN, "slack.signing.secret", SignedRequests.SECRET,
                    "slack.api.url", slack.url(), "micronaut.server.port", "-1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DM from {@code user} to Curio in their DM channel {@code D<user>}. */
    HttpResponse<String> dm(String eventId, String user, String text) throws Exception {
        String event = "{\"type\":\"message\",\"channel\":\"D" + user + "\",\"channel_type\":\"im\",\"user\":\"" + user
                + "\",\"text\":" + json(text) + ",\"ts\":\"1700000001.000100\",\"event_ts\":\"1700000001.000100\"}";
        return post(SignedRequests.event(eventId, event), "application/json");
    }

    /** A click on a button of the message {@code ts} in {@code channel}; {@code actionId} as Slack sends it. */
    HttpResponse<String> click(String user, String channel, String ts, String actionId, String value) throws Exception {
        return form("{\"type\":\"block_actions\",\"team\":{\"id\":\"T1\"},\"user\":{\"id\":\"" + user + "\"},"
                + "\"api_app_id\":\"A1\",\"trigger_id\":\"trig-" + user + "\",\"container\":{\"type\":\"message\","
                + "\"message_ts\":\"" + ts + "\",\"channel_id\":\"" + channel + "\"},\"channel\":{\"id\":\"" + channel + "\"},"
                + "\"message\":{\"ts\":\"" + ts + "\",\"text\":\"x\"},\"actions\":[{\"type\":\"button\",\"action_id\":\""
                + actionId + "\",\"block_id\":\"b1\",\"value\":" + json(value) + ",\"action_ts\":\"1.1\"}]}");
    }

    /**
     * A modal submission; each value sits under its field's block id and action id, as Slack sends
     * it: {@code dates} as a date picker's {@code selected_date}, {@code selects} as {@code selected_option}.
     */
    HttpResponse<String> submit(String user, String callbackId, Map<String, String> values, Set<String> dates,
                                Set<String> selects) throws Exception {
        String state = values.entrySet().stream().map(e -> json(e.getKey()) + ":{" + json(e.getKey()) + ":"
                + (dates.contains(e.getKey()) ? "{\"type\":\"datepicker\",\"selected_date\":" + json(e.getValue()) + "}"
                : selects.contains(e.getKey()) ? "{\"type\":\"static_select\",\"selected_option\":{\"value\":"
                + json(e.getValue()) + ",\"text\":{\"type\":\"plain_text\",\"text\":\"x\"}}}"
                : "{\"type\":\"plain_text_input\",\"value\":" + json(e.getValue()) + "}") + "}")
                .collect(Collectors.joining(","));
        return form("{\"type\":\"view_submission\",\"team\":{\"id\":\"T1\"},\"user\":{\"id\":\"" + user + "\"},"
                + "\"view\":{\"id\":\"V1\",\"type\":\"modal\",\"callback_id\":\"" + callbackId + "\",\"private_metadata\":\"\","
                + "\"state\":{\"values\":{" + state + "}}}}");
    }

    static String json(String s) {
        return new com.google.gson.Gson().toJson(s);
    }

    /** A {@code /curio} command from {@code user}, typed in #general. */
    HttpResponse<String> command(String user, String text) throws Exception {
        return post(SignedRequests.slashCommand(user, text), FORM);
    }
}
