package curio.slack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.ChatFile;
import curio.chat.ConversationRef;
import curio.chat.Message;
import curio.chat.Platform;
import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A message with files (an export): uploaded the way files.uploadV2 does, or said without them when Slack refuses. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackFilesTest {

    static final byte[] SUMMARY = "# Everything Curio holds about Ada\n\n- Time zone: Europe/Berlin\n".getBytes(StandardCharsets.UTF_8);
    static final byte[] DATA = "{\n  \"settings\" : { \"timeZone\" : \"Europe/Berlin\" }\n}".getBytes(StandardCharsets.UTF_8);
    static final Message EXPORT = Message.text("Here is everything I hold about you & more").withFiles(List.of(
            new ChatFile("curio-export-2026-03-02.md", "text/markdown", SUMMARY),
            new ChatFile("curio-export-2026-03-02.json", "application/json", DATA)),
            Message.text("I couldn't attach your export as files here, so here is the summary as a message."));

    FakeSlackApi slack;
    ApplicationContext context;
    SlackAdapter adapter;

    @BeforeAll
    void start() throws Exception {
        slack = new FakeSlackApi();
        context = ApplicationContext.builder().properties(Map.of("slack.bot.token", "xoxb-1-test-token-000000",
                "slack.signing.secret", "s", "slack.api.url", slack.url(), "micronaut.server.port", "-1")).start();
        adapter = context.getBean(SlackAdapter.class);
    }

    @BeforeEach
    void fresh() {
        slack.reset();
    }

    @AfterAll
    void stop() {
        context.close();
        slack.close();
    }

    @Test
    void bothFilesArriveInTheDmWithTheMessageAsTheirComment() throws Exception {
        adapter.send(new ConversationRef(Platform.SLACK, "T1/U5"), EXPORT);
        assertEquals("U5", slack.calls("conversations.open").get(0).param("users"), "a DM by user id is opened for its id");
        List<FakeSlackApi.Call> asked = slack.calls("files.getUploadURLExternal");
        assertEquals(List.of("curio-export-2026-03-02.md", "curio-export-2026-03-02.json"),
                asked.stream().map(c -> c.param("filename")).toList());
        assertEquals(List.of(String.valueOf(SUMMARY.length), String.valueOf(DATA.length)),
                asked.stream().map(c -> c.param("length")).toList());
        List<FakeSlackApi.Upload> uploads = slack.uploads();
        assertEquals(2, uploads.size());
        assertArrayEquals(SUMMARY, uploads.get(0).bytes(), "the summary's bytes arrived unchanged");
        assertArrayEquals(DATA, uploads.get(1).bytes(), "the JSON's bytes arrived unchanged");
        FakeSlackApi.Call complete = slack.calls("files.completeUploadExternal").get(0);
        assertEquals("D5", complete.param("channel_id"));
        assertEquals("Here is everything I hold about you &amp; more", complete.param("initial_comment"));
        for (FakeSlackApi.Upload upload : uploads) {
            assertTrue(complete.param("files").contains("\"id\":\"" + upload.fileId() + "\""), complete.param("files"));
        }
        assertEquals(List.of(), slack.calls("chat.postMessage"), "the comment is the message: nothing else is posted");
    }

    @Test
    void withoutTheFilesWriteScopeTheMessageGoesWithoutTheFilesAndSaysSo() throws Exception {
        slack.script("files.getUploadURLExternal", 200, Map.of(),
                "{\"ok\":false,\"error\":\"missing_scope\",\"needed\":\"files:write\",\"provided\":\"chat:write,im:history\"}");
        adapter.send(new ConversationRef(Platform.SLACK, "T1/D6"), EXPORT);
        assertEquals(List.of(), slack.uploads());
        assertEquals(List.of(), slack.calls("files.completeUploadExternal"));
        FakeSlackApi.Call post = slack.calls("chat.postMessage").get(0);
        assertEquals("D6", post.param("channel"));
        assertTrue(post.param("text").startsWith("I couldn't attach your export as files here"), post.param("text"));
    }

    @Test
    void anUploadStepRefusedWithA4xxAlsoFallsBackToTheMessage() throws Exception {
        slack.script("files.completeUploadExternal", 403, Map.of(), "{\"ok\":false,\"error\":\"access_denied\"}");
        adapter.send(new ConversationRef(Platform.SLACK, "T1/D7"), EXPORT);
        assertEquals(2, slack.uploads().size(), "the bytes went up, but Slack refused to share them");
        assertTrue(slack.calls("chat.postMessage").get(0).param("text").startsWith("I couldn't attach"));
    }
}
