package curio.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import curio.chat.Platform;
import curio.chat.Profile;
import curio.chat.TenantId;
import curio.chat.UserRef;
import curio.content.Prompt;
import curio.support.Chat;
import curio.support.TestClockFactory;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two workspaces on one Curio: the seeded one ({@link DashboardWorkspace}) and another whose admin Zed set up
 * #ops (Yan, Xia) and whose learners check in and answer quizzes. Nothing of the other one reaches the first
 * one's figures or downloads, and no session of the first one reads the other one's.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardIsolationTest extends DashboardTestBase {

    static final TenantId OTHER = new TenantId(Platform.SLACK, "T-OTHER");

    @Inject
    ObjectMapper json;

    @Test
    void anotherWorkspacesLearnersCheckInsAndTeamChangeNoFigureOrDownloadOfThisOne() throws Exception {
        String ada = http.session(workspace.link("ada"));
        assertEquals(200, http.postJson("/admin/api/settings", ada, "{\"exportAllCheckIns\":true}").statusCode());
        String figures = ok("/admin/api/figures", ada);
        String figuresCsv = ok("/admin/api/figures.csv", ada);
        String checkIns = ok("/admin/api/checkins.csv", ada);

        DashboardWorkspace other = seedOther();

        JsonNode theirs = json.readTree(ok("/admin/api/figures", http.session(other.link("zed"))));
        assertEquals(json.readTree("{\"enrolled\":3,\"active7\":2,\"active30\":3}"), theirs.get("learners"),
                "the other workspace has figures of its own: " + theirs);
        assertEquals(json.readTree(figures), json.readTree(ok("/admin/api/figures", ada)));
        assertEquals(figuresCsv, ok("/admin/api/figures.csv", ada));
        assertEquals(checkIns, ok("/admin/api/checkins.csv", ada));
        JsonNode ours = json.readTree(figures);
        assertEquals(json.readTree("{\"enrolled\":5,\"active7\":3,\"active30\":4}"), ours.get("learners"));
        assertEquals(2, ours.get("quizAccuracy").get(0).get("answered").asInt(), "Mia's and Noah's answers only");
        assertEquals(Set.of("learning", "design"), Set.copyOf(ours.get("teams").findValuesAsText("id")));
        assertEquals("slack:T-TEST", ours.get("workspace").asText());
        assertEquals(15, checkIns.lines().count(), "this workspace's 14 check-ins: " + checkIns);
        assertFalse(checkIns.contains("yan") || checkIns.contains("xia") || checkIns.contains("#ops"), checkIns);
        assertEquals(3 + 90 + 7 + 4 + 3 + 11 + 2 + 1, figuresCsv.lines().count(), "one row per figure and the header");
    }

    @Test
    void aSessionOfThisWorkspaceGets403ForTheOtherWorkspacesTeamAndCannotReadIt() throws Exception {
        DashboardWorkspace other = seedOther();
        String ada = http.session(workspace.link("ada"));
        String leo = http.session(workspace.link("leo"));
        for (String session : List.of(ada, leo)) {
            for (String path : List.of("/admin/api/figures?team=ops", "/admin/api/figures.csv?team=ops",
                    "/admin/api/checkins.csv?team=ops")) {
                assertForbidden(http.get(path, session));
            }
        }
        String zed = http.session(other.link("zed"));
        assertEquals(1, json.readTree(ok("/admin/api/figures?team=ops", zed)).get("teams").size(),
                "#ops is a team, of the other workspace");

        String otherWorkspace = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(OTHER.key().getBytes(StandardCharsets.UTF_8));
        String forged = otherWorkspace + ada.substring(ada.indexOf('.'));
        for (String path : List.of("/admin", "/admin/api/session", "/admin/api/figures", "/admin/api/figures.csv",
                "/admin/api/checkins.csv", "/admin/api/figures?team=ops")) {
            assertForbidden(http.get(path, forged));
        }
        assertForbidden(http.postJson("/admin/api/erase", forged, "{\"confirm\":\"slack:T-OTHER\"}"));
        assertEquals(3, redis.scard("curio:{slack:T-OTHER}:learners"), "the other workspace keeps its learners");
        assertEquals("slack:T-TEST", json.readTree(ok("/admin/api/session", ada)).get("workspace").asText());
    }

    private String ok(String path, String session) throws Exception {
        HttpResponse<String> response = http.get(path, session);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    /**
     * The other workspace: Zed (admin) sets up #ops with Yan and Xia; Wu learns alone. Yan (shares) checks in
     * the last three days and answers a quiz today, Xia checks in today, Wu ten days ago.
     */
    private DashboardWorkspace seedOther() {
        Chat chat = new Chat(engine, OTHER);
        adapter.setProfile(new UserRef(OTHER, "zed"), new Profile("Zed", ZoneId.of("UTC"), Locale.ENGLISH, true));
        adapter.addChannel("ops", "zed", "yan", "xia");
        day(-20);
        List.of("yan", "xia", "wu").forEach(learner -> chat.say(learner, "start"));
        chat.say("yan", "share on");
        chat.say("zed", "team setup <#ops>");
        day(-10);
        chat.say("wu", "tried writing it down");
        for (int day = -2; day <= 0; day++) {
            day(day);
            chat.say("yan", "tried yan's experiment on day " + day);
        }
        chat.say("xia", "tried xia's idea");
        Prompt quiz = library.tracks().stream().flatMap(t -> t.prompts().stream())
                .filter(p -> p.kind() == Prompt.Kind.QUIZ).findFirst().orElseThrow();
        chat.click("yan", "prompt.quiz", quiz.id() + ":" + quiz.answer());
        clock.set(TestClockFactory.START);
        return new DashboardWorkspace(chat, adapter, clock);
    }

    private void day(int offset) {
        clock.set(TestClockFactory.START.plus(Duration.ofDays(offset)));
    }
}
