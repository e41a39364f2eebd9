package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code export} on Slack with the real engine: two files uploaded into the DM, or the summary in chat when Slack refuses. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackExportEndToEndTest extends SlackEngineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String text(FakeSlackApi.Upload upload) {
        return new String(upload.bytes(), StandardCharsets.UTF_8);
    }

    private List<FakeSlackApi.Upload> uploadsOf(int mark) throws InterruptedException {
        await("files.completeUploadExternal", c -> c.seq() > mark);
        return slack.uploads().stream().filter(u -> Integer.parseInt(u.fileId().substring(1)) > mark).toList();
    }

    /** {@code user} starts in their DM and checks in with {@code tried}, each answer waited for. */
    private void startAndCheckIn(String user, String tried) throws Exception {
        dm("Ev-" + user + "-start", user, "start");
        await("chat.postMessage", in("D" + user, "Welcome"));
        dm("Ev-" + user + "-tried", user, tried);
        await("chat.postMessage", in("D" + user, "Checked in"));
    }

    @Test
    void exportInADmUploadsTheSummaryAndTheJsonIntoIt() throws Exception {
        startAndCheckIn("UZOE", "tried <!channel> a *pre-mortem*");
        int mark = mark();
        dm("Ev-UZOE-export", "UZOE", "export");
        FakeSlackApi.Call complete = await("files.completeUploadExternal", after(mark, c -> true));
        assertEquals("DUZOE", complete.param("channel_id"));
        assertTrue(complete.param("initial_comment").startsWith("Here is everything I hold about you"), complete.param("initial_comment"));
        List<FakeSlackApi.Upload> uploads = uploadsOf(mark);
        assertEquals(2, uploads.size(), slack.calls().toString());
        assertTrue(uploads.get(0).filename().endsWith(".md") && text(uploads.get(0)).startsWith("# Everything Curio holds about Ada"),
                text(uploads.get(0)));
        assertTrue(text(uploads.get(0)).contains(": \\<\\!channel\\> a \\*pre\\-mortem\\*"), text(uploads.get(0)));
        assertEquals("<!channel> a *pre-mortem*", JSON.readTree(uploads.get(1).bytes()).path("checkIns").path(0).path("text").asText());
    }

    @Test
    void exportAsASlashCommandInAChannelUploadsIntoThePersonsDm() throws Exception {
        dm("Ev-y-1", "UKIM", "start");
        await("chat.postMessage", in("DUKIM", "Welcome"));
        int mark = mark();
        command("UKIM", "export");
        FakeSlackApi.Call complete = await("files.completeUploadExternal", after(mark, c -> true));
        assertEquals("DKIM", complete.param("channel_id"), "the DM opened for the person, never #general");
        assertEquals("UKIM", await("conversations.open", after(mark, c -> true)).param("users"));
    }

    @Test
    void withoutFilesWriteTheLearnerGetsTheSummaryInChatAndALineSayingSo() throws Exception {
        startAndCheckIn("UMAX", "tried a walking one-on-one");
        slack.script("files.getUploadURLExternal", 200, Map.of(),
                "{\"ok\":false,\"error\":\"missing_scope\",\"needed\":\"files:write\",\"provided\":\"chat:write\"}");
        int mark = mark();
        dm("Ev-UMAX-export", "UMAX", "export");
        FakeSlackApi.Call said = await("chat.postMessage", after(mark, in("DUMAX", "couldn't attach your export as files")));
        assertTrue(said.param("blocks").contains("Check-ins (1)") && said.param("blocks").contains("a walking one-on-one"),
                said.param("blocks"));
        assertTrue(said.param("text").startsWith("I couldn't attach your export as files here"), said.param("text"));
    }
}
