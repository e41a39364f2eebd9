package curio.words;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @Test
    void datesKeepTheirEnglishLookAndReadAsGermansWriteThem() {
        assertEquals("Mon 7 Dec 2026", Texts.in(Locale.ENGLISH).date(MONDAY));
        assertEquals("Mo., 7. Dez. 2026", Texts.in(Locale.GERMAN).date(MONDAY));
    }

    @Test
    void germanFromGermanyAustriaAndSwitzerlandAndEnglishForLanguagesCurioDoesNotSpeak() {
        for (String tag : new String[] {"de-DE", "de-AT", "de-CH", "de"}) {
            assertEquals(Locale.GERMAN, Texts.in(Locale.forLanguageTag(tag)).language(), tag);
        }
        for (String tag : new String[] {"fr-FR", "ja-JP", "en-US", "en-GB", "und"}) {
            assertEquals(Locale.ENGLISH, Texts.in(Locale.forLanguageTag(tag)).language(), tag);
        }
        assertEquals(Locale.ENGLISH, Texts.language(null));
    }

    @Test
    void workingDaysReadInTheLanguage() {
        EnumSet<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        assertEquals("Mon–Fri", Texts.in(Locale.ENGLISH).days(weekdays));
        assertEquals("Mo.–Fr.", Texts.in(Locale.GERMAN).days(weekdays));
        assertEquals("Mon, Tue, Thu", Texts.in(Locale.ENGLISH).days(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.THURSDAY)));
        assertEquals("jeden Tag", Texts.in(Locale.GERMAN).days(EnumSet.allOf(DayOfWeek.class)));
    }

    @Test
    void textsFillTheirPlaceholdersAndKeepApostrophes() {
        assertEquals("I don't speak \"fr\" yet. Pick one of: en, de, e.g. `language de`.",
                Texts.in(Locale.ENGLISH).get("language.unknown", "fr", Texts.codes()));
        assertEquals("Streak: 1 day", Texts.in(Locale.ENGLISH).get("streak.title", 1));
        assertEquals("Serie: 3 Tage", Texts.in(Locale.GERMAN).get("streak.title", 3));
        assertEquals("Gern geschehen! 🙌 Viel Spaß beim Lernen.", Texts.in(Locale.GERMAN).get("thanks.learner"),
                "the files are read as UTF-8");
    }
}
