package curio.teamsbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.Message;
import curio.chat.Platform;
import curio.chat.TenantId;
import curio.chat.UserRef;
import curio.content.Prompt;
import curio.content.PromptLibrary;
import curio.delivery.ChatAdapters;
import curio.habits.StreakRules;
import curio.learners.Learner;
import curio.learners.LearnerStore;
import curio.schedule.CohortScheduler;
import curio.teams.Activities;
import curio.teams.FakeBotConnector;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A learner in Teams, end to end: the real engine, the real adapter, a fake Bot Connector. */
class TeamsLearnerEndToEndTest {

    static final UserRef ADA = new UserRef(new TenantId(Platform.TEAMS, Activities.TENANT), Activities.USER_AAD);
    static final String PERSONAL = "a:personal-1";

    TeamsEngine teams;

    @BeforeEach
    void start() throws Exception {
        teams = new TeamsEngine();
    }

    @AfterEach
    void stop() {
        teams.close();
    }

    @Test
    void aLearnerWhoWritesStartInPersonalChatIsWelcomedThere() {
        assertEquals(200, teams.post(Activities.personalMessage(teams.connector.url(), "start")));

        List<String> answers = teams.connector.postedTo(PERSONAL);
        assertFalse(answers.isEmpty());
        assertTrue(String.join("\n", answers).contains("Curio"), answers.toString());
        Learner ada = teams.bean(LearnerStore.class).find(ADA).orElseThrow();
        assertEquals("Europe/Berlin", ada.zone().getId(), "the zone comes from the activity's localTimezone");
    }

    @Test
    void theNextDaysPromptArrivesProactivelyInTheSavedConversation() throws Exception {
        teams.post(Activities.personalMessage(teams.connector.url(), "start"));
        int before = teams.connector.postedTo(PERSONAL).size();
        CohortScheduler scheduler = teams.bean(CohortScheduler.class);
        String cohort = scheduler.cohortsOf(ADA).stream().filter(c -> c.endsWith("|PROMPT")).findFirst().orElseThrow();

        // 08:00 in Berlin: the welcome brought Monday's prompt, so the next one is Tuesday's
        teams.clock.set(scheduler.nextFireTimes(cohort, teams.clock.instant(), 2).get(1));
        scheduler.fireNow(cohort);

        TeamsEngine.waitFor(() -> teams.connector.postedTo(PERSONAL).size() > before, "the proactive prompt");
        String prompt = teams.connector.postedTo(PERSONAL).get(before);
        assertTrue(prompt.contains("application/vnd.microsoft.card.adaptive"), prompt);
    }

    @Test
    void aQuizCardSubmitCountsForTheStreakAndReplacesTheCard() {
        teams.post(Activities.personalMessage(teams.connector.url(), "start"));
        Prompt quiz = teams.bean(PromptLibrary.class).tracks().stream().flatMap(t -> t.prompts().stream())
                .filter(p -> p.kind() == Prompt.Kind.QUIZ).findFirst().orElseThrow();
        String value = quiz.id() + ":" + quiz.answer();

        assertEquals(200, teams.post(Activities.cardSubmit(teams.connector.url(), Activities.ADA, "personal", PERSONAL,
                "quiz-card-1", "{\"actionId\":\"prompt.quiz\",\"value\":\"" + value + "\",\"once\":true}")));

        LocalDate today = LocalDate.of(2026, 3, 2);
        assertEquals(1, teams.bean(StreakRules.class).peek(ADA, today).current());
        List<FakeBotConnector.Call> updates = teams.calls(c -> c.method().equals("PUT"));
        assertEquals(1, updates.size());
        assertEquals("/v3/conversations/" + PERSONAL + "/activities/quiz-card-1", updates.get(0).path());
        assertTrue(updates.get(0).body().contains("Right"), updates.get(0).body());
    }

    @Test
    void installSavesTheConversationForLaterSendsAndUninstallForgetsIt() throws Exception {
        teams.post(Activities.personalMessage(teams.connector.url(), "start"));
        LearnerStore learners = teams.bean(LearnerStore.class);

        assertEquals(200, teams.post(Activities.installation(teams.connector.url(), "add", "personal", "a:personal-9")));
        var saved = learners.find(ADA).orElseThrow().conversation().orElseThrow();
        teams.bean(ChatAdapters.class).forPlatform(Platform.TEAMS).orElseThrow()
                .send(saved, Message.text("Today's prompt: ask one why question."));
        assertEquals(1, teams.connector.postedTo("a:personal-9").stream()
                .filter(body -> body.contains("ask one why question")).count());

        assertEquals(200, teams.post(Activities.installation(teams.connector.url(), "remove", "personal", "a:personal-9")));
        assertTrue(learners.find(ADA).orElseThrow().conversation().isEmpty(), "the reference is deleted");
    }
}
