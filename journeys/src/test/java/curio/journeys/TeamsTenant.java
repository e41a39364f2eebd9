package curio.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * People of one Teams tenant acting on the jar through {@code POST /api/messages}: the recorded
 * activities of {@code teams/}, filled in, with the {@link FakeBotConnector} as their {@code serviceUrl}.
 * Card clicks carry the clicked Action.Submit's data (and the card's inputs), as Teams sends them.
 */
public record TeamsTenant(URI messages, FakeBotConnector connector, String tenantId, String teamId) {

    /** Someone in the tenant and their personal chat with Curio. */
    public record Person(String id, String name, String aad, String personalChat) {
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public void installedPersonally(Person who) {
        post(as("teams/installationUpdate.personal.add.json", who).text());
    }

    public void installedInTeam(Person who) {
        post(as("teams/installationUpdate.team.add.json", who).text());
    }

    public void says(Person who, String text) {
        post(as("teams/message.personal.json", who).set("text", text).text());
    }

    /** {@code who} clicks the Action.Submit whose actionId starts with {@code actionId} on a card Curio sent to their personal chat. */
    public void clicks(Person who, FakeBotConnector.Call card, String actionId) {
        post(as("teams/message.personal.submit.json", who).set("reply_to_id", idOf(card))
                .raw("value", submitData(card, actionId).toString()).text());
    }

    /** The same click on a card in the team's channel. */
    public void clicksInChannel(Person who, FakeBotConnector.Call card, String actionId) {
        post(as("teams/message.channel.submit.json", who).set("reply_to_id", idOf(card))
                .raw("value", submitData(card, actionId).toString()).text());
    }

    /** {@code who} fills in the form card Curio sent ({@code values} by input id, the rest as prefilled) and submits it. */
    public void submits(Person who, FakeBotConnector.Call formCard, Map<String, String> values) {
        JsonNode card = card(formCard);
        ObjectNode value = (ObjectNode) card.findValues("data").stream().filter(d -> d.has("callbackId")).findFirst()
                .orElseThrow(() -> new AssertionError("no form submit on " + card)).deepCopy();
        card.findParents("type").stream().filter(n -> n.path("type").asText().startsWith("Input.") && n.has("id"))
                .forEach(input -> value.put(input.path("id").asText(),
                        values.getOrDefault(input.path("id").asText(), input.path("value").asText(""))));
        post(as("teams/message.personal.submit.json", who).set("reply_to_id", idOf(formCard)).raw("value", value.toString()).text());
    }

    private Payload as(String resource, Person who) {
        return Payload.of(resource).set("service_url", connector.url()).set("tenant_id", tenantId).set("team_id", teamId)
                .set("from_id", who.id()).set("from_name", who.name()).set("from_aad", who.aad())
                .set("conversation_id", who.personalChat());
    }

    private static JsonNode card(FakeBotConnector.Call call) {
        return call.json().path("attachments").path(0).path("content");
    }

    private static JsonNode submitData(FakeBotConnector.Call call, String actionId) {
        return card(call).findValues("data").stream().filter(d -> d.path("actionId").asText().startsWith(actionId)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + actionId + " action on " + call.body()));
    }

    private static String idOf(FakeBotConnector.Call call) {
        return SlackWorkspace.read(call.answer()).path("id").asText();
    }

    private void post(String activity) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(messages).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(activity)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), "the Bot Connector expects 200: " + response.body());
        } catch (IOException e) {
            throw new AssertionError("Curio did not answer " + messages, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
