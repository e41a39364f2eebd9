package curio.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import curio.chat.ConversationRef;
import curio.chat.DeliveryException;
import curio.chat.UserRef;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** An export in the personal chat: the files as data: URI attachments, or the message without them when Teams refuses. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamsFilesTest extends DevModeTeamsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UserRef ADA = TeamsMessagesTest.ADA;

    @Test
    void anExportReplyCarriesBothFilesAsAttachmentsOfThePersonalChat() throws Exception {
        assertEquals(200, post(Activities.personalMessage(connector.url(), "export")));
        JsonNode activity = JSON.readTree(connector.postedTo("a:personal-1").get(0));
        assertEquals("Here is everything I hold about you.", activity.path("text").asText());
        JsonNode attachments = activity.path("attachments");
        assertEquals(2, attachments.size(), activity.toString());
        assertEquals("curio-export.md", attachments.get(0).path("name").asText());
        assertEquals("text/markdown", attachments.get(0).path("contentType").asText());
        assertEquals("# Everything Curio holds about Ada\n", dataUri(attachments.get(0), "text/markdown"));
        assertEquals("curio-export.json", attachments.get(1).path("name").asText());
        assertEquals("{\"settings\" : {\"timeZone\" : \"Europe/Berlin\"}}", dataUri(attachments.get(1), "application/json"));
    }

    @Test
    void aMessageTheConnectorKeepsRefusingAsTooLargeGoesAgainWithoutTheFiles() throws Exception {
        ConversationRef personal = personalChat();
        int tries = DeliveryRetry.defaults().attempts();
        for (int i = 0; i < tries; i++) {
            connector.answerNext(413, null);
        }
        adapter.send(personal, TestEngine.export("{}"));
        List<String> posted = connector.postedTo("a:personal-1");
        assertEquals(tries + 1, posted.size(), "the message refused at every try, then the one without files");
        assertTrue(posted.get(0).contains("data:application/json"), posted.get(0));
        JsonNode second = JSON.readTree(posted.get(tries));
        assertTrue(second.path("text").asText().startsWith("I couldn't attach your export as files here"), posted.get(1));
        assertTrue(second.path("attachments").isMissingNode() || second.path("attachments").isEmpty(), posted.get(1));
    }

    @Test
    void filesTooLargeForATeamsMessageAreNotTriedAtAll() throws Exception {
        ConversationRef personal = personalChat();
        adapter.send(personal, TestEngine.export("{\"answers\" : \"" + "x".repeat(TeamsFiles.MAX_BYTES) + "\"}"));
        List<String> posted = connector.postedTo("a:personal-1");
        assertEquals(1, posted.size());
        assertTrue(posted.get(0).contains("I couldn't attach your export"), posted.get(0));
        assertFalse(posted.get(0).contains("data:application/json"));
    }

    private ConversationRef personalChat() throws DeliveryException {
        post(Activities.personalMessage(connector.url(), "hello"));
        ConversationRef saved = engine.references.get(ADA);
        connector.reset();
        return saved;
    }

    private static String dataUri(JsonNode attachment, String mediaType) {
        String url = attachment.path("contentUrl").asText();
        String prefix = "data:" + mediaType + ";base64,";
        assertTrue(url.startsWith(prefix), url);
        return new String(Base64.getDecoder().decode(url.substring(prefix.length())), StandardCharsets.UTF_8);
    }
}
