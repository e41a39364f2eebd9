package curio.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every language file holds the English file's keys, with the same placeholders, and nothing MessageFormat would garble. */
class TextsBundleTest {

    /** An apostrophe that is not one of a pair: MessageFormat would drop it and quote what follows. */
    private static final Pattern SINGLE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @Test
    void everyLanguageHasExactlyTheEnglishKeys() {
        Set<String> english = keys(Locale.ENGLISH);
        for (Locale language : Texts.LANGUAGES) {
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(keys(language));
            Set<String> extra = new TreeSet<>(keys(language));
            extra.removeAll(english);
            assertTrue(missing.isEmpty(), Texts.file(language) + " misses " + missing);
            assertTrue(extra.isEmpty(), Texts.file(language) + " has keys English lacks: " + extra);
        }
    }

    @Test
    void everyTextIsFilledInAndUsesTheSamePlaceholdersAsEnglish() {
        Properties english = Texts.read(Texts.file(Locale.ENGLISH));
        for (Locale language : Texts.LANGUAGES) {
            Properties texts = Texts.read(Texts.file(language));
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertFalse(text.isBlank(), Texts.file(language) + ": " + key + " is empty");
                assertEquals(placeholders(english.getProperty(key)), placeholders(text),
                        Texts.file(language) + ": " + key + " fills other placeholders than English");
            }
        }
    }

    @Test
    void everyTextIsAMessageFormatWithItsApostrophesDoubled() {
        for (Locale language : Texts.LANGUAGES) {
            Properties texts = Texts.read(Texts.file(language));
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                new MessageFormat(text, language);
                assertFalse(SINGLE_APOSTROPHE.matcher(text).find(),
                        Texts.file(language) + ": " + key + " has a single ' (write it '') in: " + text);
            }
        }
    }

    @Test
    void aMissingTextIsRefusedLoudly() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Texts.in(Locale.GERMAN).get("no.such.text")).getMessage().contains("no.such.text"));
    }

    private static Set<String> keys(Locale language) {
        return new TreeSet<>(Texts.read(Texts.file(language)).stringPropertyNames());
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            found.add(placeholder.group(1));
        }
        return found;
    }
}
