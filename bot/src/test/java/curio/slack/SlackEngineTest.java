package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
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

    /** Where the calls stand now: {@link #after} matches only calls made since. */
    int mark() {
        return slack.calls().stream().mapToInt(FakeSlackApi.Call::seq).max().orElse(0);
    }

    static Predicate<FakeSlackApi.Call> after(int mark, Predicate<FakeSlackApi.Call> match) {
        return c -> c.seq() > mark && match.test(c);
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
     * The modal Curio opened with {@code triggerId} ({@code views.open}, waited for), as Slack got it.
     */
    JsonObject opened(String triggerId) throws InterruptedException {
        return JsonParser.parseString(await("views.open", c -> triggerId.equals(c.param("trigger_id"))).param("view"))
                .getAsJsonObject();
    }

    /**
     * {@code user} fills in the modal Curio opened and submits it, as Slack sends it: the opened view
     * with its state, each value under its input block and element in the element's shape (a date
     * picker's {@code selected_date}, a select's {@code selected_option}). Values must name input blocks.
     */
    HttpResponse<String> submit(String user, JsonObject openedView, Map<String, String> values) throws Exception {
        JsonObject state = new JsonObject();
        for (JsonElement b : openedView.getAsJsonArray("blocks")) {
            JsonObject block = b.getAsJsonObject();
            String id = block.get("block_id").getAsString();
            if (!"input".equals(block.get("type").getAsString()) || !values.containsKey(id)) {
                continue;
            }
            JsonObject element = block.getAsJsonObject("element");
            String type = element.get("type").getAsString();
            JsonObject value = new JsonObject();
            value.addProperty("type", type);
            if (type.equals("datepicker")) {
                value.addProperty("selected_date", values.get(id));
            } else if (type.equals("static_select")) {
                JsonObject option = new JsonObject();
                option.addProperty("value", values.get(id));
                value.add("selected_option", option);
            } else {
                value.addProperty("value", values.get(id));
            }
            JsonObject actions = new JsonObject();
            actions.add(element.get("action_id").getAsString(), value);
            state.add(id, actions);
        }
        assertEquals(values.keySet(), state.keySet(), "every value fills an input of the modal: " + openedView);
        JsonObject view = openedView.deepCopy();
        view.addProperty("id", "V1");
        JsonObject stateValues = new JsonObject();
        stateValues.add("values", state);
        view.add("state", stateValues);
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "view_submission");
        payload.add("team", JsonParser.parseString("{\"id\":\"T1\"}"));
        payload.add("user", JsonParser.parseString("{\"id\":" + json(user) + "}"));
        payload.add("view", view);
        return form(payload.toString());
    }

    /** The first button whose action id (as Slack got it, with its {@code #n}) starts with {@code actionId}. */
    static JsonObject button(String blocks, String actionId) {
        for (JsonElement block : JsonParser.parseString(blocks).getAsJsonArray()) {
            JsonObject b = block.getAsJsonObject();
            if (b.get("type").getAsString().equals("actions")) {
                for (JsonElement e : b.getAsJsonArray("elements")) {
                    if (e.getAsJsonObject().get("action_id").getAsString().startsWith(actionId + "#")) {
                        return e.getAsJsonObject();
                    }
                }
            }
        }
        throw new AssertionError("no " + actionId + " button in " + blocks);
    }

    static String json(String s) {
        return new com.google.gson.Gson().toJson(s);
    }

    /** A {@code /curio} command from {@code user}, typed in #general. */
    HttpResponse<String> command(String user, String text) throws Exception {
        return post(SignedRequests.slashCommand(user, text), FORM);
    }

    /** The same with the command's {@code trigger_id}, which Curio may use to open a modal. */
    HttpResponse<String> command(String user, String text, String triggerId) throws Exception {
        return post(SignedRequests.slashCommand(user, text, triggerId), FORM);
    }
}
