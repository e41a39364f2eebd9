package curio.challenges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.Block;
import curio.chat.Markdown;
import curio.chat.Message;
import curio.content.PromptSelector;
import curio.dashboard.Access;
import curio.dashboard.Figures;
import curio.dashboard.WorkspaceFigures;
import curio.leads.Team;
import curio.leads.TeamStore;
import curio.leads.WeeklyDigest;
import curio.store.Keys;
import curio.support.Chat;
import curio.support.FakeChatAdapter;
import curio.support.ScheduledSends;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** "Try this too" under a shared check-in: a teammate's next prompt, credited, and counted in the digest. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TryThisTooTest extends TeamLeadTestBase {

    static final String TRY_TOO = "feed.try";
    static final ZoneId UTC = ZoneId.of("UTC");
    static final String WORDS = "asked <!channel> for a *pre-mortem* before the launch";

    @Inject
    ScheduledSends schedule;
    @Inject
    WeeklyDigest digest;
    @Inject
    TeamStore teams;
    @Inject
    WorkspaceFigures dashboard;

    /** mia shares a check-in on Monday 2 March; the value of the button under it in the team thread. */
    private String miaSharesACheckIn() {
        setUpLearningTeamWithLeo();
        chat.say("mia", "share on");
        chat.say("mia", "tried " + WORDS);
        return tryButton(adapter.threadReplies().get(adapter.threadReplies().size() - 1).message()).value();
    }

    private static Block.Button tryButton(Message posted) {
        return button(posted, TRY_TOO);
    }

    private static Block.Button button(Message message, String actionId) {
        return message.blocks().stream().filter(b -> b instanceof Block.Buttons)
                .flatMap(b -> ((Block.Buttons) b).buttons().stream())
                .filter(b -> b.actionId().equals(actionId)).findFirst().orElseThrow();
    }

    private String lastSentTo(String user) {
        List<FakeChatAdapter.Sent> sent = adapter.sent().stream().filter(s -> s.to().equals(Chat.dm(user))).toList();
        return Chat.text(sent.get(sent.size() - 1).message());
    }

    @Test
    void aTeammatesClickMakesTheCheckInTheirNextPromptCreditedToItsAuthor() {
        String value = miaSharesACheckIn();
        assertFalse(value.contains("pre-mortem"), "the button names the check-in, not its words: " + value);
        assertTrue(value.length() <= 2000, value);

        Chat.Turn click = chat.clickIn("learning", "noah", TRY_TOO, value);
        assertEquals("", click.text(), "nothing is said in the team channel");
        String confirmation = lastSentTo("noah");
        assertTrue(confirmation.contains("mia tried this:* " + Markdown.literal(WORDS))
                && confirmation.contains("your prompt tomorrow"), confirmation);

        Message tuesday = schedule.promptAt("noah", UTC, LocalDateTime.parse("2026-03-03T09:30")).get(0);
        String prompt = Chat.text(tuesday);
        assertTrue(prompt.contains("*mia tried this*\n" + Markdown.literal(WORDS)), prompt);
        assertTrue(prompt.contains("Today's thing to try · from a teammate"), prompt);
        String done = chat.click("noah", "prompt.done", button(tuesday, "prompt.done").value()).text();
        assertTrue(done.contains("You tried it") && done.contains("mia tried this"), done);
        String export = chat.say("noah", "export").file(".md");
        assertTrue(export.contains("A teammate") && !export.contains(PromptSelector.SHARED_PREFIX),
                "noah's export names what he did, not mia's id: " + export);
        Figures figures = dashboard.figures(new Access(Chat.TENANT, "ada", Access.Role.ADMIN, List.of()),
                new Access.Scope(Chat.TENANT, Optional.empty()));
        assertTrue(figures.topTracks().stream().anyMatch(t -> t.track().equals("from a teammate") && t.learners() == 1),
                "the dashboard's tracks name it: " + figures.topTracks());

        String wednesday = Chat.text(schedule.promptAt("noah", UTC, LocalDateTime.parse("2026-03-04T09:30")).get(0));
        assertFalse(wednesday.contains("tried this"), "the next day brings the library's prompt again: " + wednesday);
        assertFalse(chat.say("noah", "export").text().contains("pre-mortem"), "and mia's words are no longer kept with noah");
    }

    @Test
    void aClickBeforeTheDaysPromptMakesItTodaysInsteadOfTheLibrarys() {
        String value = miaSharesACheckIn();
        clock.set(java.time.Instant.parse("2026-03-03T07:00:00Z"));
        chat.clickIn("learning", "omar", TRY_TOO, value);
        assertTrue(lastSentTo("omar").contains("your prompt today"), lastSentTo("omar"));
        String today = chat.say("omar", "today").text();
        assertTrue(today.contains("*mia tried this*"), today);
    }

    @Test
    void anAuthorWhoStopsSharingBeforeTheNextLearningDayIsNotQuotedThatDay() {
        assertNotQuotedAfterTheAuthorSays("share off");
    }

    @Test
    void anAuthorWhoDeletesTheirDataBeforeTheNextLearningDayIsNotQuotedThatDay() {
        assertNotQuotedAfterTheAuthorSays("delete my data confirm");
    }

    /** noah takes up mia's check-in on Monday, mia withdraws it: Tuesday brings the library's prompt. */
    private void assertNotQuotedAfterTheAuthorSays(String withdrawal) {
        String value = miaSharesACheckIn();
        chat.clickIn("learning", "noah", TRY_TOO, value);
        assertFalse(redis.hgetAll(Keys.learner(Chat.user("noah"))).toString().contains("pre-mortem"),
                "only the reference waits with noah");
        chat.say("mia", withdrawal);

        String tuesday = Chat.text(schedule.promptAt("noah", UTC, LocalDateTime.parse("2026-03-03T09:30")).get(0));
        assertFalse(tuesday.contains("tried this") || tuesday.contains("pre-mortem"), tuesday);
        assertFalse(redis.hexists(Keys.learner(Chat.user("noah")), "ypr"), "the withdrawn reference is dropped");
    }

    @Test
    void clickingTwiceYourOwnUnsharedOrWithoutSigningUpGetsAClearAnswer() {
        String value = miaSharesACheckIn();
        chat.clickIn("learning", "noah", TRY_TOO, value);
        chat.clickIn("learning", "noah", TRY_TOO, value);
        assertTrue(lastSentTo("noah").contains("already taken this one up from mia"), lastSentTo("noah"));

        chat.clickIn("learning", "mia", TRY_TOO, value);
        assertTrue(lastSentTo("mia").contains("your own check-in"), lastSentTo("mia"));

        chat.clickIn("learning", "ada", TRY_TOO, value);
        assertTrue(lastSentTo("ada").contains("Say `start`"), "ada is no learner: " + lastSentTo("ada"));

        chat.say("mia", "share off");
        chat.clickIn("learning", "omar", TRY_TOO, value);
        assertTrue(lastSentTo("omar").contains("isn't shared any more"), lastSentTo("omar"));
    }

    @Test
    void theWeeklyDigestCountsPeopleWhoTriedWhatEachSharerSharedThatWeek() {
        String mias = miaSharesACheckIn();
        chat.say("leo", "share on");
        chat.say("leo", "tried a walking one-to-one");
        String leos = tryButton(adapter.threadReplies().get(adapter.threadReplies().size() - 1).message()).value();
        chat.say("omar", "share on");
        chat.say("omar", "tried a silent brainstorm");
        String omars = tryButton(adapter.threadReplies().get(adapter.threadReplies().size() - 1).message()).value();
        for (String teammate : new String[] {"noah", "omar", "leo"}) {
            chat.clickIn("learning", teammate, TRY_TOO, mias);
        }
        chat.clickIn("learning", "noah", TRY_TOO, mias);
        chat.clickIn("learning", "mia", TRY_TOO, leos);
        chat.clickIn("learning", "noah", TRY_TOO, leos);
        assertTrue(lastSentTo("noah").contains("instead of what mia shared, which you took up before"), lastSentTo("noah"));
        chat.clickIn("learning", "leo", TRY_TOO, omars);

        Team team = teams.find(Chat.TENANT, "learning").orElseThrow();
        String friday = Chat.text(digest.digest(team, LocalDate.of(2026, 3, 6)));
        assertTrue(friday.contains("- 3 people tried what mia shared\n- 2 people tried what leo shared\n"
                + "- 1 person tried what omar shared"), friday);
        String nextWeek = Chat.text(digest.digest(team, LocalDate.of(2026, 3, 13)));
        assertFalse(nextWeek.contains("tried what"), nextWeek);
    }
}
