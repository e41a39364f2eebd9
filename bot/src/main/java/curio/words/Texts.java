package curio.words;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What Curio says, in one language: the texts of {@code curio/messages.properties} (English) and of
 * a {@code messages_<language>.properties} beside it. A second language is that file plus its code
 * in {@link #LANGUAGES}; a text missing from it is said in English.
 *
 * <p>Every text is a {@link MessageFormat} pattern, formatted even without arguments, so a literal
 * apostrophe is always written {@code ''} in the files ({@code TextsBundleTest} holds them to it).
 * The files are read as UTF-8, whatever the JVM's default.
 */
public final class Texts {

    /** The languages Curio speaks, English first (the default and the fallback). */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);
    /** The bundle's base name on the class path. */
    public static final String BUNDLE = "curio/messages";
    /** The key of each file's date pattern ({@link DateTimeFormatter}, not a MessageFormat). */
    public static final String DATE_PATTERN = "date.pattern";

    private static final Map<Locale, Texts> LOADED = new ConcurrentHashMap<>();

    private final Locale language;
    private final Properties own;
    private final Properties english;
    private final DateTimeFormatter day;
    /** Each pattern parsed once; a copy formats (a {@link MessageFormat} and its number formats are not thread-safe). */
    private final Map<String, MessageFormat> parsed = new ConcurrentHashMap<>();

    private Texts(Locale language, Properties own, Properties english) {
        this.language = language;
        this.own = own;
        this.english = english;
        this.day = DateTimeFormatter.ofPattern(text(DATE_PATTERN), language);
    }

    /** The texts in {@code locale}'s language, English when Curio does not speak it (de-AT and de-CH are German). */
    public static Texts in(Locale locale) {
        Locale language = language(locale);
        return LOADED.computeIfAbsent(language, l -> new Texts(l, l.equals(Locale.ENGLISH) ? english() : read(file(l)),
                english()));
    }

    /** The language Curio speaks to someone of {@code locale}: its language if supported, else English. */
    public static Locale language(Locale locale) {
        return locale == null ? Locale.ENGLISH : supported(locale.getLanguage()).orElse(Locale.ENGLISH);
    }

    /** A language by its code ({@code de}, {@code EN}), if Curio speaks it. */
    public static Optional<Locale> supported(String code) {
        return LANGUAGES.stream().filter(l -> l.getLanguage().equalsIgnoreCase(code.strip())).findFirst();
    }

    /** The codes of {@link #LANGUAGES}, as a learner types them: {@code en, de}. */
    public static String codes() {
        return String.join(", ", LANGUAGES.stream().map(Locale::getLanguage).toList());
    }

    /** The class-path file of a language's texts. */
    public static String file(Locale language) {
        return BUNDLE + (language.equals(Locale.ENGLISH) ? "" : "_" + language.getLanguage()) + ".properties";
    }

    public Locale language() {
        return language;
    }

    /** The text under {@code key}, its {@code {0}}, {@code {1}}… filled with {@code args} as this language writes them. */
    public String get(String key, Object... args) {
        String text = text(key);
        if (text.indexOf('{') < 0 && text.indexOf('\'') < 0) {
            return text;
        }
        return ((MessageFormat) parsed.computeIfAbsent(key, k -> new MessageFormat(text, language)).clone()).format(args);
    }

    /** A day as this language writes it: "Mon 7 Dec 2026", "Mo., 7. Dez. 2026". */
    public String date(LocalDate date) {
        return day.format(date);
    }

    /** Working days: "Mon–Fri", "Mon, Tue, Thu", "every day" (German "Mo.–Fr.", "jeden Tag"). */
    public String days(Set<DayOfWeek> days) {
        if (days.size() == 7) {
            return get("days.every");
        }
        List<DayOfWeek> sorted = List.copyOf(EnumSet.copyOf(days));
        boolean contiguous = sorted.get(sorted.size() - 1).getValue() - sorted.get(0).getValue() == sorted.size() - 1;
        if (contiguous && sorted.size() > 2) {
            return dayName(sorted.get(0)) + "–" + dayName(sorted.get(sorted.size() - 1));
        }
        return String.join(", ", sorted.stream().map(this::dayName).toList());
    }

    private String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, language);
    }

    private String text(String key) {
        String text = own.getProperty(key, english.getProperty(key));
        if (text == null) {
            throw new IllegalArgumentException("No text " + key + " in " + BUNDLE);
        }
        return text;
    }

    private static Properties english() {
        return LOADED.containsKey(Locale.ENGLISH) ? LOADED.get(Locale.ENGLISH).own : read(file(Locale.ENGLISH));
    }

    /** A texts file, as UTF-8. */
    public static Properties read(String file) {
        try (InputStream in = Texts.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("No " + file + " on the class path");
            }
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
