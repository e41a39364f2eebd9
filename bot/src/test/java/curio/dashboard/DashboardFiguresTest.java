package curio.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import curio.support.Chat;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What the dashboard shows an admin and a lead of a seeded workspace, its CSV downloads and "delete all data". */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardFiguresTest extends DashboardTestBase {

    @Inject
    ObjectMapper json;

    @Test
    void anAdminSeesTheWorkspacesLearnersStreaksCheckInsQuizzesChallengesAndTracks() throws Exception {
        JsonNode f = figures(http.session(workspace.link("ada")), "");
        assertEquals("2026-03-02", f.get("asOf").asText());
        assertEquals(json.readTree("{\"enrolled\":5,\"active7\":3,\"active30\":4}"), f.get("learners"));
        assertEquals(90, f.get("learningDays").size());
        assertEquals("2025-12-03", f.get("learningDays").get(0).get("day").asText());
        for (JsonNode day : f.get("learningDays")) {
            assertEquals(DashboardWorkspace.LEARNING_DAYS.getOrDefault(LocalDate.parse(day.get("day").asText()), 0),
                    day.get("learners").asInt(), day.toString());
        }
        assertEquals(json.readTree("""
                [{"streak":"0","learners":2},{"streak":"1","learners":1},{"streak":"2","learners":1},
                 {"streak":"3-6","learners":0},{"streak":"7-13","learners":1},{"streak":"14-29","learners":0},
                 {"streak":"30+","learners":0}]"""), f.get("streaks"));
        assertEquals(json.readTree("{\"days\":30,\"checkInDays\":8,\"workingDays\":75,\"rate\":0.107}"), f.get("checkInRate"));
        assertEquals(json.readTree("[{\"track\":\"" + workspace.quizTrack + "\",\"answered\":2,\"right\":1,\"accuracy\":0.5}]"),
                f.get("quizAccuracy"));
        assertEquals(json.readTree("""
                [{"id":"c1","title":"Two experiments","team":"learning","start":"2026-02-25","end":"2026-03-06",
                  "target":2,"unit":"checkins","status":"running","joined":2,"completed":1,"completion":0.5,"progress":0.5}]"""),
                f.get("challenges"));
        assertEquals(json.readTree("[{\"track\":\"" + workspace.quizTrack + "\",\"prompts\":2,\"learners\":2}]"),
                f.get("topTracks"));
        assertEquals(2, f.get("teams").size());
    }

    @Test
    void aLeadSeesTheSameFiguresForTheirTeamOnly() throws Exception {
        JsonNode f = figures(http.session(workspace.link("leo")), "");
        assertEquals(json.readTree("{\"enrolled\":3,\"active7\":2,\"active30\":3}"), f.get("learners"));
        assertEquals(1, f.get("challenges").size());
        assertEquals("learning", f.get("teams").get(0).get("id").asText());
        JsonNode design = figures(http.session(workspace.link("ada")), "?team=design");
        assertEquals(1, design.get("learners").get("enrolled").asInt(), "an admin may pick any team: Pia");
        assertEquals(0, design.get("challenges").size());
    }

    @Test
    void theFiguresCsvHoldsEveryFigureOfTheJsonApi() throws Exception {
        String session = http.session(workspace.link("ada"));
        JsonNode f = figures(session, "");
        HttpResponse<String> csv = http.get("/admin/api/figures.csv", session);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"curio-figures-"));
        List<String> lines = csv.body().lines().toList();
        assertEquals("figure,item,measure,value", lines.get(0));
        assertTrue(lines.contains("learners,,enrolled,5"));
        assertTrue(lines.contains("learningDays,2026-03-02,learners,2"));
        assertTrue(lines.contains("streaks,7-13,learners,1"));
        assertTrue(lines.contains("checkInRate,,rate,0.107"));
        assertTrue(lines.contains("challenges,c1,completion,0.5"));
        assertEquals(3 + 90 + 7 + 4 + 3 + 11 + 2 + 1, lines.size(), "one row per figure of " + f);
    }

    @Test
    void checkInsCsvHoldsSharersOnlyUnlessTheWorkspaceLetsAdminsExportAll() throws Exception {
        String admin = http.session(workspace.link("ada"));
        List<String> sharers = http.get("/admin/api/checkins.csv", admin).body().lines().toList();
        assertEquals("day,learner,name,teams,text", sharers.get(0));
        assertEquals(11, sharers.size(), "Mia's 10 check-ins; Pia shares but never checked in: " + sharers);
        assertTrue(sharers.stream().skip(1).allMatch(line -> line.contains(",mia,")), sharers.toString());
        assertTrue(sharers.contains("2026-02-28,mia,mia,#learning,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""),
                "a formula is shown as text: " + sharers);

        assertEquals(11, http.get("/admin/api/checkins.csv", http.session(workspace.link("leo"))).body().lines().count(),
                "a lead: sharers of their team");

        HttpResponse<String> changed = http.postJson("/admin/api/settings", admin, "{\"exportAllCheckIns\":true}");
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(15, http.get("/admin/api/checkins.csv", admin).body().lines().count(), "all 14 check-ins");
        assertEquals(11, http.get("/admin/api/checkins.csv", http.session(workspace.link("leo"))).body().lines().count(),
                "the setting is for admins: a lead still gets sharers only");
    }

    @Test
    void deletingAllDataTakesTheWorkspacesNameTypedExactly() throws Exception {
        String admin = http.session(workspace.link("ada"));
        for (String wrong : List.of("{}", "{\"confirm\":\"T-TEST\"}", "{\"confirm\":\"slack:t-test\"}")) {
            HttpResponse<String> refused = http.postJson("/admin/api/erase", admin, wrong);
            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("type slack:T-TEST to confirm"), refused.body());
        }
        assertEquals(5, redis.scard("curio:{slack:T-TEST}:learners"));

        HttpResponse<String> erased = http.postJson("/admin/api/erase", admin, "{\"confirm\":\"slack:T-TEST\"}");
        assertEquals(200, erased.statusCode(), erased.body());
        List<String> left = new java.util.ArrayList<>();
        redis.scan("0", new redis.clients.jedis.params.ScanParams().match("curio:{slack:T-TEST}:*").count(1000))
                .getResult().forEach(left::add);
        assertEquals(List.of(), left, "every key of the workspace is gone");
        assertFalse(redis.sismember("curio:tenants", "slack:T-TEST"));
        assertTrue(redis.smembers("curio:challenges-open").isEmpty());
        assertEquals(403, http.get("/admin/api/figures", admin).statusCode(), "the session went with the data");
        assertTrue(Chat.text(new Chat(engine).say("mia", "streak").last()).contains("start"),
                "Mia is a stranger now: " + Chat.text(new Chat(engine).say("mia", "streak").last()));
    }

    private JsonNode figures(String session, String query) throws Exception {
        HttpResponse<String> response = http.get("/admin/api/figures" + query, session);
        assertEquals(200, response.statusCode(), response.body());
        return json.readTree(response.body());
    }
}
