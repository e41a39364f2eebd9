package curio.challenges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.Markdown;
import curio.growth.GrowthNotesSweep;
import curio.support.Chat;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Growth talk notes: sent once in a quarter's last week (25–31 March, 24–30 June, 25–31 December)
 * on the person's working days and local time, and on demand with {@code growth notes}.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GrowthNotesTest extends TeamLeadTestBase {

    static final String OWN = "Your growth talk notes";
    static final String TEAM = "Growth talk notes of your team";

    @Inject
    GrowthNotesSweep notes;

    private void tickAt(String instant) {
        clock.set(Instant.parse(instant));
        notes.tick();
    }

    /** The growth notes that reached the person's direct chat, own or their team's. */
    private List<String> notesTo(String user, String kind) {
        return adapter.sent().stream().filter(s -> s.to().equals(Chat.dm(user)))
                .map(s -> Chat.text(s.message())).filter(text -> text.contains(kind)).toList();
    }

    @Test
    void eachLearnerGetsTheirNotesOnceFromTheirPromptTimeOnTheFirstDayOfTheQuartersLastWeek() {
        chat.say("mia", "goal give clearer feedback");
        chat.say("mia", "tried a pre-mortem <!channel>");
        clock.set(Instant.parse("2026-03-03T10:00:00Z"));
        chat.say("mia", "tried asking for *feedback* first");

        tickAt("2026-03-24T23:59:00Z");
        assertEquals(List.of(), notesTo("mia", OWN), "24 March is not the last week yet");
        tickAt("2026-03-25T09:29:00Z");
        assertEquals(List.of(), notesTo("mia", OWN), "before mia's prompt time");
        tickAt("2026-03-25T09:30:00Z");
        notes.tick();
        tickAt("2026-03-26T10:00:00Z");
        List<String> sent = notesTo("mia", OWN);
        assertEquals(1, sent.size(), "once a quarter, however many ticks (or replicas)");
        String text = sent.get(0);
        assertTrue(text.contains("2026-Q1") && text.contains("*Goal:* _give clearer feedback_"), text);
        assertTrue(text.contains("*Learning days this quarter:* 2"), text);
        assertTrue(text.contains("- 2026-03-03: " + Markdown.literal("asking for *feedback* first") + "\n- 2026-03-02: "
                + Markdown.literal("a pre-mortem <!channel>")), "newest first, escaped: " + text);
        assertEquals(1, notesTo("noah", OWN).size(), "every learner gets theirs");
    }

    @Test
    void theLastWeekFollowsWorkingDaysWeekendsAndTheQuarter() {
        chat.say("omar", "days mon,tue");
        tickAt("2026-06-24T10:00:00Z");
        assertEquals(1, notesTo("noah", OWN).size(), "Wednesday 24 June opens Q2's last week");
        assertEquals(List.of(), notesTo("omar", OWN), "not one of omar's working days");
        tickAt("2026-06-27T10:00:00Z");
        assertEquals(List.of(), notesTo("omar", OWN), "Saturday");
        tickAt("2026-06-29T10:00:00Z");
        assertEquals(1, notesTo("omar", OWN).size(), "Monday, omar's first working day of the week");
        assertTrue(notesTo("omar", OWN).get(0).contains("2026-Q2"));

        tickAt("2026-12-24T10:00:00Z");
        assertEquals(1, notesTo("noah", OWN).size(), "24 December is not yet Q4's last week");
        tickAt("2026-12-25T10:00:00Z");
        assertEquals(2, notesTo("noah", OWN).size(), "25 December is, and Q4 gets its own notes");
        assertTrue(notesTo("noah", OWN).get(1).contains("2026-Q4"));
        tickAt("2027-01-01T10:00:00Z");
        assertEquals(2, notesTo("noah", OWN).size(), "a new quarter's first day is no last week");
    }

    @Test
    void theLearnersTimeZoneDecidesTheDayAndTheHour() {
        chat.say("mia", "timezone Pacific/Auckland");
        chat.say("noah", "timezone America/Los_Angeles");
        tickAt("2026-03-24T21:00:00Z");
        assertEquals(1, notesTo("mia", OWN).size(), "10:00 on 25 March in Auckland");
        assertEquals(List.of(), notesTo("omar", OWN), "still 24 March in UTC");
        tickAt("2026-03-25T10:00:00Z");
        assertEquals(List.of(), notesTo("noah", OWN), "03:00 in Los Angeles");
        tickAt("2026-03-25T16:30:00Z");
        assertEquals(1, notesTo("noah", OWN).size(), "09:30 in Los Angeles");
    }

    @Test
    void notesCapTheCheckInsAndListFinishedChallenges() {
        setUpLearningTeamWithLeo();
        createChallenge();
        chat.say("mia", "challenge join c1");
        chat.say("noah", "challenge join c1");
        chat.say("noah", "tried c1: one day only");
        for (int day = 0; day < 10; day++) {
            clock.set(Instant.parse("2026-03-02T10:00:00Z").plusSeconds(86_400L * day));
            chat.say("mia", day < 3 ? "tried c1: step " + day : "tried step " + day);
        }
        String mia = chat.say("mia", "growth notes").text();
        assertTrue(mia.contains("*Challenges finished:* AI week (c1)"), mia);
        assertTrue(mia.contains("*Learning days this quarter:* 10"), mia);
        assertTrue(mia.contains("- 2026-03-11: step 9") && mia.contains("- 2026-03-04: step 2")
                && !mia.contains("step 1\n") && mia.contains("…and 2 more"), mia);
        assertTrue(chat.say("noah", "growth notes").text().contains("*Challenges finished:* none"));
    }

    @Test
    void leadsGetTheNotesOfMembersWhoShareAndTheCommandGivesThemOnDemand() {
        setUpLearningTeamWithLeo();
        chat.say("ada", "team setup <#design>");
        chat.say("ada", "admin leads add <@ada> <#design>");
        chat.say("mia", "share on");
        chat.say("pia", "share on");
        chat.say("mia", "tried a shared experiment");
        chat.say("noah", "tried a private experiment");

        String leo = chat.say("leo", "growth notes").text();
        assertTrue(leo.contains(OWN) && leo.contains(TEAM) && leo.contains("*mia*") && leo.contains("a shared experiment"), leo);
        assertFalse(leo.contains("noah") || leo.contains("private experiment"), "noah does not share: " + leo);
        String ada = chat.say("ada", "growth notes").text();
        assertTrue(ada.contains(TEAM) && ada.contains("*pia*") && !ada.contains(OWN), "a lead who is no learner: " + ada);
        assertTrue(chat.say("zed", "growth notes").text().contains("Say `start`"), "neither learner nor lead");
        assertEquals("I've answered you in our direct messages.", chat.sayIn("learning", "mia", "growth notes").text());
        assertTrue(chat.say("mia", "growth").text().contains(OWN));
        assertTrue(chat.say("mia", "growth chart").text().contains("Did you mean `growth notes`?"));

        tickAt("2026-03-25T09:30:00Z");
        notes.tick();
        assertEquals(1, notesTo("leo", TEAM).size(), "leo's team notes, once");
        assertEquals(1, notesTo("ada", TEAM).size(), "ada's, in the team's zone, once");
        assertTrue(notesTo("ada", TEAM).get(0).contains("*pia*"));
        assertEquals(List.of(), notesTo("mia", TEAM), "mia leads no team");
    }

    @Test
    void aLeadWhoseSecondMessageFailsIsNotSentTheFirstAgain() {
        String[] people = {"b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10", "b11"};
        String[] channel = new String[people.length + 1];
        channel[0] = "ada";
        System.arraycopy(people, 0, channel, 1, people.length);
        adapter.addChannel("big", channel);
        chat.say("ada", "team setup <#big>");
        chat.say("ada", "admin leads add <@ada> <#big>");
        for (String person : people) {
            chat.say(person, "start");
            chat.say(person, "share on");
        }
        adapter.failOneSendTo(Chat.dm("ada").value(), 1);

        tickAt("2026-03-25T09:30:00Z");
        assertEquals(1, notesTo("ada", TEAM).size(), "the first of two messages went out");
        tickAt("2026-03-26T09:30:00Z");
        assertEquals(1, notesTo("ada", TEAM).size(), "and is not sent again");
    }
}
