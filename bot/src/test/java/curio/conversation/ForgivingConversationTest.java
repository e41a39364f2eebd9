package curio.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.Block;
import curio.chat.Profile;
import curio.content.Prompt;
import curio.content.PromptLibrary;
import curio.content.Track;
import curio.support.Chat;
import curio.support.TestClockFactory;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The conversation forgives: words people use for what Curio does, and near misses, get somewhere useful. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForgivingConversationTest extends LearnerDayTestBase {

    @Inject
    PromptLibrary library;

    @BeforeEach
    void monday() {
        clock.set(TestClockFactory.START);
    }

    @Test
    void checkinAloneOpensTheCheckInFormOrWhereFormsNeedAClickPostsTheCheckInButton() {
        chat.say("kim", "start");
        for (String typed : new String[] {"checkin", "check-in", "Check in"}) {
            Chat.Turn turn = chat.say("kim", typed);
            assertEquals(List.of(ActionIds.CHECKIN_FORM), turn.forms.stream().map(f -> f.callbackId()).toList(), typed);
            Block.Button button = turn.launchers.get(0).blocks().stream().filter(b -> b instanceof Block.Buttons)
                    .map(b -> ((Block.Buttons) b).buttons().get(0)).findFirst().orElseThrow();
            assertTrue(Chat.text(turn.launchers.get(0)).contains("opens from a button"), Chat.text(turn.launchers.get(0)));
            assertEquals(ActionIds.CHECKIN_FORM, chat.click("kim", button.actionId(), button.value()).forms.get(0).callbackId(),
                    "the launcher's button opens the form");
        }
        assertTrue(chat.say("kim", "check in paired on a tricky bug").text().contains("Checked in"));
        assertTrue(chat.say("stranger", "checkin").text().contains("not signed up"));
    }

    @Test
    void helpForOneCommandShowsItsLinesWithExamples() {
        String pause = chat.say("kim", "help pause").text();
        assertTrue(pause.contains("`pause for 2 weeks` · `pause until 2026-12-31`"), pause);
        assertFalse(pause.contains("time prompt"), "only the command asked about: " + pause);
        String time = chat.say("kim", "help time").text();
        assertTrue(time.contains("`time prompt 9:15` · `time checkin 4:30pm`") && !time.contains("pause"), time);
        String join = chat.say("kim", "help join").text();
        assertTrue(join.contains("`start`: a prompt every working day") && join.contains("`challenge join c3`"), join);
        assertTrue(chat.say("kim", "help delete my data").text().contains("`delete my data`: erase it all"));
        String settings = chat.say("kim", "help settings").text();
        assertTrue(settings.contains("`timezone Europe/Berlin`") && settings.contains("`days mon-fri`"),
                "a section by its title: " + settings);
    }

    @Test
    void helpForACommandThatDoesNotExistSaysSoAndListsTheSections() {
        String unknown = chat.say("kim", "help frobnicate").text();
        assertTrue(unknown.contains("I have no command called \"frobnicate\""), unknown);
        assertTrue(unknown.contains("*Getting going*: start, stop, pause, resume, help"), unknown);
        assertTrue(unknown.contains("*Settings*: time, days, timezone") && unknown.contains("*Your data*: export, delete"),
                unknown);
        assertTrue(chat.say("kim", "help <!channel>").text().contains("\"\\<!channel\\>\""), "their words are escaped");
        assertTrue(chat.say("kim", "help").text().contains("*Learning*"), "help alone still lists everything");
    }

    @Test
    void thanksGetsAShortWarmAnswerAndChangesNothing() {
        chat.say("kim", "start");
        for (String typed : new String[] {"thanks", "Thank you!", "thanks Curio", "thx", "ty", "ok, thanks", "Great thanks!"}) {
            String answer = chat.say("kim", typed).text();
            assertTrue(answer.contains("You're welcome") && !answer.contains("don't know"), typed + " -> " + answer);
        }
        assertTrue(chat.say("kim", "type faster").text().contains("don't know"), "ty only as a word of its own");
        assertTrue(chat.say("kim", "streak").text().contains("Current streak: *0*"), "thanks is not a check-in");
        assertTrue(chat.say("stranger", "thank you").text().contains("Say `start` whenever"));
    }

    @Test
    void aTimeZoneNearlyRightGetsDidYouMean() {
        chat.say("kim", "start");
        String city = chat.say("kim", "timezone berlin").text();
        assertTrue(city.contains("Did you mean `Europe/Berlin`? Say `timezone Europe/Berlin` to use it."), city);
        assertTrue(chat.say("kim", "timezone Europe/Berln").text().contains("Did you mean `Europe/Berlin`?"));
        assertTrue(chat.say("kim", "tz new york").text().contains("Did you mean `America/New_York`?"));
        assertTrue(chat.say("kim", "timezone munich").text().contains("Did you mean `Europe/Berlin`?"),
                "a big city without a zone of its own");
        assertTrue(chat.say("kim", "timezone NYC").text().contains("Did you mean `America/New_York`?"));
        String several = chat.say("kim", "timezone Sydny").text();
        assertTrue(several.contains("`Australia/Sydney`"), several);
        assertTrue(several.split("`[A-Z][A-Za-z_]+/").length - 1 <= 3, "at most three: " + several);
        assertEquals(several, chat.say("kim", "timezone Sydny").text(), "the same words, the same answer");
        assertTrue(chat.say("kim", "timezone Mars/Olympus").text().contains("not a time zone I know. Use a name like"));
        assertTrue(chat.say("kim", "settings").text().contains("Time zone: UTC"), "nothing was changed");
        assertTrue(chat.say("kim", "timezone America/New York").text().contains("Time zone set to America/New_York"));
    }

    @Test
    void abbreviationsAreAllRefusedWithThePlacesTheyUsuallyMean() {
        chat.say("kim", "start");
        String cet = chat.say("kim", "timezone CET").text();
        assertTrue(cet.contains("abbreviation") && cet.contains("`Europe/Berlin`"), cet);
        String est = chat.say("kim", "timezone EST").text();
        assertTrue(est.contains("abbreviation") && est.contains("`America/New_York`"), est);
        assertTrue(chat.say("kim", "timezone pst").text().contains("`America/Los_Angeles`"));
        assertTrue(chat.say("kim", "timezone EST5EDT").text().contains("abbreviation"));
        assertTrue(chat.say("kim", "timezone Etc/UTC").text().contains("Time zone set to UTC"), "a zero offset is UTC");
        assertTrue(chat.say("kim", "settings").text().contains("Time zone: UTC"), chat.say("kim", "settings").text());
    }

    @Test
    void teamSetupReadsTheTeamsZoneByTheSameRules() {
        adapter.setProfile(Chat.user("ada"), new Profile("Ada", ZoneId.of("UTC"), Locale.ENGLISH, true));
        adapter.addChannel("learning", "ada");
        String cet = chat.say("ada", "team setup <#learning> CET").text();
        assertTrue(cet.contains("abbreviation") && cet.contains("`Europe/Berlin`"), cet);
        assertTrue(chat.say("ada", "team setup <#learning> EST").text().contains("`America/New_York`"));
        assertTrue(chat.say("ada", "team setup <#learning> Europe/Berln").text().contains("Did you mean `Europe/Berlin`?"));
        assertTrue(chat.say("ada", "team setup <#learning> Europe/Berlin").text().contains("is now a Curio team"));
    }

    @Test
    void answerOnATipDaySaysWhatAnswerIsFor() {
        chat.say("kim", "start");
        Prompt tip = library.tracks().stream().map(Track::prompts).flatMap(List::stream)
                .filter(p -> p.kind() == Prompt.Kind.TIP).findFirst().orElseThrow();
        redis.hset("curio:{" + Chat.TENANT.key() + "}:L:kim", Map.of("td", Long.toString(LocalDate.of(2026, 3, 2)
                .toEpochDay()), "tid", tip.id(), "tdone", "0"));
        String answer = chat.say("kim", "answer sounds useful").text();
        assertTrue(answer.contains("Today's prompt is a tip") && answer.contains("`tried <what you did>`"), answer);
        assertTrue(chat.say("kim", "streak").text().contains("Current streak: *0*"), "nothing was logged");
    }
}
