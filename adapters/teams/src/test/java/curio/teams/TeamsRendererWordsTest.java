package curio.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import curio.chat.Markdown;
import curio.chat.Message;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * People's words in Teams: a learner's {@code <@…>}, {@code <at>} or {@code [label](url)} is shown as typed in a
 * text message and in a card, while the engine's own mention of the same person is a real mention.
 */
class TeamsRendererWordsTest {

    static final String TYPED = "<@aad-grace> <at>Grace</at> & [pizza](https://evil.example)";
    final ObjectMapper json = new ObjectMapper();
    final TeamsRenderer renderer = new TeamsRenderer(new TeamsNames(
            user -> new TeamsDirectory.Person("Grace Hopper", "29:grace"), (t, c) -> Optional.empty()));

    @Test
    void inATextMessageTheWordsAreEntitiesAndEscapesAndOnlyTheEnginesMentionIsAMention() {
        Activity activity = renderer.render(Message.text("*Ada*: " + Markdown.literal(TYPED) + " · thanks <@aad-grace>"),
                Activities.TENANT);

        assertEquals("**Ada**: &lt;@aad-grace&gt; &lt;at&gt;Grace&lt;/at&gt; &amp; \\[pizza\\](https://evil.example)"
                + " · thanks <at>Grace Hopper</at>", activity.getText());
        assertEquals(1, activity.getEntities().size(), "one mention: the engine's");
    }

    @Test
    void inACardTheWordsAreBackslashEscapedAndOnlyTheEnginesMentionIsAMention() {
        Activity activity = renderer.render(Message.builder("Ada: " + Markdown.literal(TYPED))
                .text("*Ada*: " + Markdown.literal(TYPED)).context("thanks <@aad-grace>").build(), Activities.TENANT);
        JsonNode card = json.valueToTree(activity.getAttachments().get(0).getContent());

        assertEquals("**Ada**: \\<@aad-grace\\> \\<at\\>Grace\\</at\\> \\& \\[pizza\\](https://evil.example)",
                card.at("/body/0/text").asText());
        assertEquals(1, card.at("/msteams/entities").size(), card.toString());
        assertEquals("Ada: " + TYPED, activity.getSummary(), "the notification preview is plain text");
    }
}
