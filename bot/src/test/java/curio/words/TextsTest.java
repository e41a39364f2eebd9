package curio.words;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

    @Test
    void manyThreadsFormattingTheSameTextEachGetTheirOwnNumber() throws Exception {
        Texts german = Texts.in(Locale.GERMAN);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> wrong = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                wrong.add(threads.submit(() -> {
                    for (int days = 0; days < 1_000; days++) { // 1000 would read "1.000"
                        String expected = "Serie: " + days + (days == 1 ? " Tag" : " Tage");
                        String said = german.get("streak.title", days);
                        if (!said.equals(expected)) {
                            return said + " instead of " + expected;
                        }
                    }
                    return "";
                }));
            }
            for (Future<String> result : wrong) {
                assertEquals("", result.get(60, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aTextWithoutPlaceholdersOrApostrophesReadsAsWrittenAndOneWithThemAsFormatted() {
        Texts english = Texts.in(Locale.ENGLISH);
        assertEquals("How many to finish (a number)", english.get("challengeForm.target"));
        assertEquals("\"How many to finish\" must be a whole number, like 10.", english.get("challengeForm.targetNumber"));
        assertEquals("From now on I'll speak English with you.", english.get("language.set"));
    }
}
