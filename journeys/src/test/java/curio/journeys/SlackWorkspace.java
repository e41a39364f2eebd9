package curio.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * People of one Slack workspace acting on the jar: the recorded requests of {@code slack/requests/},
 * filled in and signed, and what came back at the {@link FakeSlackWebApi}. Clicks and form
 * submissions are built from what Curio really sent (the message's button, the opened modal), as Slack would.
 */
public record SlackWorkspace(FakeSlackWebApi api, SlackRequests requests, String teamId) {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The Events API callback of {@code user} writing {@code text} in their DM with Curio. */
    public String dmEvent(String user, String text) {
        return Payload.of("slack/requests/event_callback.message.im.json").set("team_id", teamId).set("user", user)
                .set("channel", dm(user)).set("text", text).text();
    }

    /** {@code user} writes {@code text} to Curio in a DM; Slack expects 200 at once. */
    public void dm(String user, String text) {
        ok(requests.event(dmEvent(user, text)));
    }

    /** {@code user} writes {@code text} in a DM and reads Curio's answer there, which contains {@code expected}. */
    public FakeSlackWebApi.Call say(String user, String text, String expected) {
        int from = api.count();
        dm(user, text);
        return posted(from, dm(user), expected);
    }

    /** {@code user} types {@code /curio text} in #general. */
    public void command(String user, String text, String triggerId) {
        ok(requests.command(Payload.of("slack/requests/slash_command.txt").set("team_id", teamId).set("channel", "C0GENERAL")
                .set("user", user).set("user_name", user.toLowerCase()).set("text", text).set("trigger_id", triggerId).text()));
    }

    public void homeOpened(String user) {
        ok(requests.event(Payload.of("slack/requests/event_callback.app_home_opened.json").set("team_id", teamId)
                .set("user", user).set("channel", dm(user)).text()));
    }

    public HttpResponse<String> uninstalled() {
        return requests.event(Payload.of("slack/requests/event_callback.app_uninstalled.json").set("team_id", teamId).text());
    }

    /**
     * {@code user} clicks the button whose action id starts with {@code actionId} on the message
     * Curio posted or last updated in {@code message} (a chat.postMessage or chat.update call).
     */
    public void click(String user, FakeSlackWebApi.Call message, String actionId, String triggerId) {
        JsonNode sent = read(message.answer());
        click(user, sent.path("channel").asText(), sent.path("ts").asText(), message.has("text"), message.param("blocks"),
                actionId, triggerId);
    }

    /** A click on a message in {@code channel} whose blocks are {@code blocksJson}, as Slack shows it to the person. */
    public void click(String user, String channel, String ts, String text, String blocksJson, String actionId, String triggerId) {
        ok(requests.interaction(clicked("slack/requests/block_actions.json", user, blocksJson, actionId, triggerId)
                .set("channel", channel).set("channel_name", channel.startsWith("D") ? "directmessage" : "learning")
                .set("message_ts", ts).set("message_text", text).raw("message_blocks", blocksJson).text()));
    }

    /** A click on the App Home Curio published last for {@code user} ({@code viewsPublish}, a views.publish call). */
    public void clickOnHome(String user, FakeSlackWebApi.Call viewsPublish, String actionId, String triggerId) {
        String blocks = read(viewsPublish.param("view")).path("blocks").toString();
        ok(requests.interaction(clicked("slack/requests/block_actions.home.json", user, blocks, actionId, triggerId)
                .raw("view_blocks", blocks).text()));
    }

    private Payload clicked(String resource, String user, String blocksJson, String actionId, String triggerId) {
        JsonNode blocks = read(blocksJson);
        JsonNode button = buttons(blocks).filter(b -> b.path("action_id").asText().startsWith(actionId)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + actionId + " in " + blocks));
        return Payload.of(resource).set("team_id", teamId).set("user", user).set("user_name", user.toLowerCase())
                .set("trigger_id", triggerId).set("action_id", button.path("action_id").asText())
                .set("block_id", blockOf(blocks, button)).set("action_text", button.path("text").path("text").asText())
                .set("value", button.path("value").asText());
    }

    /**
     * {@code user} fills in the modal Curio opened ({@code viewsOpen}, a views.open call) and submits it:
     * {@code values} by block id, every other input as Curio prefilled it. Returns Slack's ack, which
     * may carry {@code response_action: errors}.
     */
    public HttpResponse<String> submit(String user, FakeSlackWebApi.Call viewsOpen, Map<String, String> values) {
        JsonNode view = read(viewsOpen.param("view"));
        ObjectNode state = JSON.createObjectNode();
        for (JsonNode block : view.path("blocks")) {
            if (block.path("type").asText().equals("input")) {
                JsonNode element = block.path("element");
                String blockId = block.path("block_id").asText();
                state.putObject(blockId).set(element.path("action_id").asText(),
                        inputValue(element, Optional.ofNullable(values.get(blockId))));
            }
        }
        return requests.interaction(Payload.of("slack/requests/view_submission.json").set("team_id", teamId).set("user", user)
                .set("user_name", user.toLowerCase()).set("trigger_id", "trigger-" + user)
                .raw("blocks", view.path("blocks").toString()).set("private_metadata", view.path("private_metadata").asText())
                .set("callback_id", view.path("callback_id").asText()).raw("state_values", state.toString())
                .raw("title", view.path("title").toString()).raw("submit", view.path("submit").toString()).text());
    }

    private static JsonNode inputValue(JsonNode element, Optional<String> given) {
        ObjectNode value = JSON.createObjectNode().put("type", element.path("type").asText());
        switch (element.path("type").asText()) {
            case "datepicker" -> value.put("selected_date", given.orElse(element.path("initial_date").asText(null)));
            case "static_select" -> {
                JsonNode option = given.flatMap(v -> stream(element.path("options")).filter(o -> o.path("value").asText().equals(v))
                        .findFirst()).orElse(element.path("initial_option"));
                value.set("selected_option", option);
            }
            default -> value.put("value", given.orElse(element.path("initial_value").asText(null)));
        }
        return value;
    }

    /** The first call since {@code from} posting to {@code channel} whose blocks or text contain {@code text}. */
    public FakeSlackWebApi.Call posted(int from, String channel, String text) {
        return api.await(from, "chat.postMessage", in(channel, text));
    }

    public static Predicate<FakeSlackWebApi.Call> in(String channel, String text) {
        return c -> (channel.equals(c.param("channel")) || channel.equals(dm(c.has("channel"))))
                && (c.has("text").contains(text) || !c.has("blocks").isEmpty() && words(c.param("blocks")).contains(text));
    }

    /** A user's DM with Curio, as this workspace numbers them. */
    public static String dm(String user) {
        return user.startsWith("U") ? "D" + user.substring(1) : user;
    }

    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    /** The plain words of Slack blocks (mrkdwn kept), for assertions on what a person reads. */
    public static String words(String blocksJson) {
        StringBuilder out = new StringBuilder();
        read(blocksJson).findValues("text").forEach(t -> out.append(t.isTextual() ? t.asText() : t.path("text").asText("")).append('\n'));
        return out.toString();
    }

    private static java.util.stream.Stream<JsonNode> buttons(JsonNode blocks) {
        return stream(blocks).flatMap(b -> stream(b.path("elements"))).filter(e -> e.path("type").asText().equals("button"));
    }

    private static String blockOf(JsonNode blocks, JsonNode button) {
        return stream(blocks).filter(b -> stream(b.path("elements")).anyMatch(e -> e == button))
                .map(b -> b.path("block_id").asText("actions")).findFirst().orElse("actions");
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return array instanceof ArrayNode a ? java.util.stream.StreamSupport.stream(a.spliterator(), false)
                : java.util.stream.Stream.empty();
    }

    private static void ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), "Slack expects a 200 ack, got: " + response.body());
    }
}
