package curio.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import curio.chat.Block;
import curio.chat.Form;
import curio.chat.Message;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a learner sees in Teams for each block, and the activity timestamps Teams really sends. */
class TeamsRendererTest {

    final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    @Test
    void buttonsBecomeSubmitActionsCarryingActionIdAndValue() {
        JsonNode card = card(render(Message.builder("Prompt").text("Try *one* thing")
                .context("2 min").add(new Block.Divider())
                .buttons(new Block.Button("got-it", "Got it", "p1", Block.Style.PRIMARY)).build()));

        assertEquals("1.5", card.get("version").asText());
        assertEquals("Try **one** thing", card.at("/body/0/text").asText());
        assertTrue(card.at("/body/1/isSubtle").asBoolean());
        assertTrue(card.at("/body/2/separator").asBoolean());
        JsonNode button = card.at("/body/3/actions/0");
        assertEquals("Action.Submit", button.get("type").asText());
        assertEquals("positive", button.get("style").asText());
        assertEquals("got-it", button.at("/data/actionId").asText());
        assertEquals("p1", button.at("/data/value").asText());
    }

    @Test
    void aQuizOffersOneSubmitPerOptionAnsweredOnce() {
        JsonNode card = card(render(TestEngine.quiz()));

        JsonNode actions = card.at("/body/1/actions");
        assertEquals(2, actions.size());
        assertEquals("b", actions.get(1).at("/data/value").asText());
        assertTrue(actions.get(1).at("/data/once").asBoolean());
    }

    @Test
    void progressIsABarOfTenCells() {
        JsonNode card = card(render(Message.builder("p")
                .add(new Block.Progress("Challenge", 7, 10)).build()));
        assertTrue(card.at("/body/0/text").asText().contains("▓▓▓▓▓▓▓░░░` 7/10"));
    }

    @Test
    void plainTextStaysAMarkdownMessageWithoutACard() {
        Activity activity = render(Message.text("Hello *there*"));
        assertEquals("Hello **there**", activity.getText());
        assertTrue(activity.getAttachments() == null || activity.getAttachments().isEmpty());
    }

    @Test
    void aFormIsACardWithInputsAndASubmitCarryingTheCallbackId() {
        Form form = new Form("goal-form", "Your goal", "Save", "ctx-1", List.of(
                Form.Field.text("goal", "Goal", true, true),
                new Form.Field("when", "By", Form.Kind.DATE, false, null, null),
                new Form.Field("track", "Track", Form.Kind.SELECT, false, "focus",
                        List.of(new Block.Option("Focus", "focus"), new Block.Option("AI", "ai")))));
        JsonNode card = card(new TeamsFormCard().render(form));

        assertEquals("Input.Text", card.at("/body/1/type").asText());
        assertTrue(card.at("/body/1/isMultiline").asBoolean());
        assertEquals("Input.Date", card.at("/body/2/type").asText());
        assertEquals("ai", card.at("/body/3/choices/1/value").asText());
        assertEquals("goal-form", card.at("/actions/0/data/callbackId").asText());
        assertEquals("ctx-1", card.at("/actions/0/data/context").asText());
    }

    @Test
    void timestampsWithoutOrWithSevenFractionDigitsAreReadExactly() throws Exception {
        ActivityReader reader = new ActivityReader(json);
        Activity plain = reader.read("{\"type\":\"message\",\"timestamp\":\"2025-03-03T08:15:02Z\"}".getBytes());
        Activity precise = reader.read("{\"type\":\"message\",\"timestamp\":\"2025-03-03T08:15:02.1234567Z\"}".getBytes());

        assertEquals(OffsetDateTime.parse("2025-03-03T08:15:02Z").toInstant(), plain.getTimestamp().toInstant());
        assertEquals(123_456_700, precise.getTimestamp().getNano());
        assertFalse(plain.getTimestamp().toString().isEmpty());
    }

    /** A renderer for a tenant where Curio has seen nobody and no channel yet. */
    static TeamsRenderer nobodyKnown() {
        return new TeamsRenderer(new TeamsNames(user -> new TeamsDirectory.Person(null, null), (t, c) -> Optional.empty()));
    }

    private static Activity render(Message message) {
        return nobodyKnown().render(message, Activities.TENANT);
    }

    private JsonNode card(Activity activity) {
        assertEquals(TeamsRenderer.CARD_TYPE, activity.getAttachments().get(0).getContentType());
        return json.valueToTree(activity.getAttachments().get(0).getContent());
    }
}
