package curio.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.Block;
import curio.chat.BotEvent;
import curio.chat.Message;
import curio.chat.Profile;
import curio.support.Chat;
import curio.support.TestClockFactory;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Curio speaks the learner's language: the profile's at {@code start}, then whatever {@code language} says. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearnerLanguageTest extends LearnerDayTestBase {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @BeforeEach
    void monday() {
        clock.set(TestClockFactory.START);
    }

    @Test
    void aLearnerWhoseProfileIsGermanIsWelcomedPausedAndShownSettingsInGerman() {
        adapter.setProfile(Chat.user("jonas"), new Profile("Jonas", BERLIN, Locale.forLanguageTag("de-DE"), false));
        Chat.Turn start = chat.say("jonas", "start");
        assertTrue(start.text().contains("Willkommen an Bord, Jonas! 🎓 An jedem Arbeitstag (Mo.–Fr.)"), start.text());
        assertTrue(start.text().contains("Guten Morgen, Jonas!"), "the prompt is greeted in German: " + start.text());
        String paused = chat.say("jonas", "pause until 2026-12-31").text();
        assertEquals("Pausiert bis einschließlich Do., 31. Dez. 2026. Am Arbeitstag danach bin ich wieder da. "
                + "Deine Serie ist sicher: Pausentage zählen nicht gegen sie.", paused);
        String settings = chat.say("jonas", "settings").text();
        assertTrue(settings.contains("*Deine Einstellungen*") && settings.contains("Status: pausiert bis Do., 31. Dez. 2026")
                && settings.contains("Tage: Mo.–Fr.") && settings.contains("Sprache: Deutsch"), settings);
        assertTrue(chat.say("jonas", "streak").text().contains("Aktuelle Serie: *0*"));
        String notes = chat.say("jonas", "growth notes").text();
        assertTrue(notes.contains("📝 *Deine Notizen fürs Entwicklungsgespräch, 2026-Q1*")
                && notes.contains("*Ziel:* keins gesetzt (sag `goal <text>`)"), notes);
    }

    @Test
    void helpIsInGermanWithTheCommandsStillInEnglish() {
        adapter.setProfile(Chat.user("jonas"), new Profile("Jonas", BERLIN, Locale.GERMANY, false));
        chat.say("jonas", "start");
        String help = chat.say("jonas", "help").text();
        assertTrue(help.contains("*Loslegen*\n- `start`: an jedem Arbeitstag ein Impuls") && help.contains("*Deine Daten*"),
                help);
        String pause = chat.say("jonas", "help pause").text();
        assertTrue(pause.contains("*Hilfe: `pause`*") && pause.contains("`pause until 2026-12-31`"), pause);
        assertTrue(chat.say("jonas", "help einstellungen").text().contains("`timezone`: deine Zeitzone"),
                "a section by its German title");
        assertTrue(chat.say("jonas", "help settings").text().contains("`days mon-fri`"), "or its English one");
        assertTrue(chat.say("jonas", "help frobnicate").text().contains("Einen Befehl „frobnicate“ habe ich nicht"));
        assertTrue(chat.say("jonas", "frobnicate").text().startsWith("„frobnicate“ kenne ich noch nicht. Sag `help`"),
                "the pointer for words Curio does not know");
        assertTrue(chat.say("jonas", "pause until morgen").text().contains("JAHR-MONAT-TAG"));
        assertEquals("„berlin“ kenne ich nicht als Zeitzone. Meintest du `Europe/Berlin`? "
                + "Sag `timezone Europe/Berlin`, um sie zu verwenden.", chat.say("jonas", "timezone berlin").text());
        String cet = chat.say("jonas", "timezone CET").text();
        assertTrue(cet.startsWith("„CET“ ist eine Abkürzung") && cet.contains("` oder `"), cet);
    }

    @Test
    void aCommandSaidInAChannelIsPointedToTheDirectChatInTheLearnersLanguage() {
        adapter.setProfile(Chat.user("jonas"), new Profile("Jonas", BERLIN, Locale.GERMANY, false));
        chat.say("jonas", "start");
        assertEquals("Ich habe dir in unseren Direktnachrichten geantwortet.", chat.sayIn("learning", "jonas", "streak").text());
    }

    @Test
    void theStreakHeatmapAndTheHomeAreInGerman() {
        adapter.setProfile(Chat.user("jonas"), new Profile("Jonas", BERLIN, Locale.GERMANY, false));
        chat.say("jonas", "start");
        Message streak = chat.say("jonas", "streak").last();
        Block.Heatmap heatmap = (Block.Heatmap) streak.blocks().stream().filter(b -> b instanceof Block.Heatmap)
                .findFirst().orElseThrow();
        assertEquals("Die letzten 12 Wochen", heatmap.title());
        assertEquals("Mo.", heatmap.weekday(DayOfWeek.MONDAY, TextStyle.SHORT));
        engine.handle(new BotEvent.HomeOpened(Chat.user("jonas")), new Chat.Turn());
        String home = adapter.home(Chat.user("jonas")).orElseThrow().blocks().toString();
        assertTrue(home.contains("*Hallo Jonas* · 🔥 0-Tage-Serie") && home.contains("Impuls 09:30 · Check-in 16:30 · Mo.–Fr."),
                home);
    }

    @Test
    void languageEnSwitchesToEnglishAndLanguageAloneSaysWhichAndTheChoices() {
        adapter.setProfile(Chat.user("lea"), new Profile("Lea", BERLIN, Locale.forLanguageTag("de-AT"), false));
        chat.say("lea", "start");
        assertTrue(chat.say("lea", "language").text().contains("Ich spreche Deutsch mit dir"));
        assertEquals("From now on I'll speak English with you.", chat.say("lea", "language en").text());
        String settings = chat.say("lea", "settings").text();
        assertTrue(settings.contains("*Your settings*") && settings.contains("Language: English"), settings);
        assertTrue(chat.say("lea", "pause for 2 weeks").text().contains("through Sun 15 Mar 2026"));
        assertEquals("Ab jetzt spreche ich Deutsch mit dir.", chat.say("lea", "sprache de").text());
        assertTrue(chat.say("lea", "stop").text().startsWith("Gestoppt"));
        assertTrue(chat.say("lea", "export").file(".json").contains("\"language\" : \"de\""), "the export holds it");
    }

    @Test
    void aGermanLearnersExportSummaryIsInGerman() {
        adapter.setProfile(Chat.user("jonas"), new Profile("Jonas", BERLIN, Locale.GERMANY, false));
        chat.say("jonas", "start");
        chat.say("jonas", "tried asking for feedback");
        Chat.Turn export = chat.say("jonas", "export");
        String summary = export.file(".md");
        assertTrue(summary.startsWith("# Alles, was Curio über Jonas gespeichert hat\n")
                && summary.contains("Exportiert am Montag, 2. März 2026 um 11:00 (Europe/Berlin)")
                && summary.contains("## Deine Einstellungen\n- Status: dabei") && summary.contains("- Arbeitstage: Mo.–Fr.")
                && summary.contains("- Aktuelle Serie: 1 Tag") && summary.contains("## Check-ins (1)\n- Mo., 2. März 2026: asking")
                && summary.contains("## Quiz-Antworten (0)\nKeine."), summary);
        assertTrue(export.file(".json").contains("\"language\" : \"de\""), "the JSON keys stay English");
    }

    @Test
    void aLanguageCurioDoesNotSpeakIsRefusedNamingTheOnesItDoes() {
        chat.say("zoe", "start");
        String refused = chat.say("zoe", "language fr").text();
        assertEquals("I don't speak \"fr\" yet. Pick one of: en, de, e.g. `language de`.", refused);
        assertTrue(chat.say("zoe", "settings").text().contains("Language: English"), "nothing was changed");
        assertTrue(chat.say("zoe", "help").text().contains("`language de` · `language en`"), "help lists it");
    }

    @Test
    void aLearnerWhoseProfileIsEnglishOrAnUnsupportedLanguageStaysInEnglish() {
        adapter.setProfile(Chat.user("sam"), new Profile("Sam", BERLIN, Locale.US, false));
        adapter.setProfile(Chat.user("aiko"), new Profile("Aiko", ZoneId.of("Asia/Tokyo"), Locale.JAPAN, false));
        assertTrue(chat.say("sam", "start").text().contains("Welcome aboard, Sam!"));
        assertTrue(chat.say("aiko", "start").text().contains("Welcome aboard, Aiko!"));
        assertFalse(chat.say("sam", "settings").text().contains("Deutsch"));
    }

    @Test
    void comingBackKeepsTheLanguageChosenEvenWhenTheProfileSaysOtherwise() {
        adapter.setProfile(Chat.user("mia"), new Profile("Mia", BERLIN, Locale.GERMANY, false));
        chat.say("mia", "start");
        chat.say("mia", "language en");
        chat.say("mia", "stop");
        assertTrue(chat.say("mia", "start").text().contains("Welcome back, Mia!"));
    }
}
