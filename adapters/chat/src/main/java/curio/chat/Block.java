package curio.chat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The few building blocks every adapter renders. An adapter that cannot render a block must
 * throw {@link UnsupportedBlockException}, never drop it silently.
 */
public sealed interface Block {

    /**
     * Markdown text: *bold*, _italic_, `code`, [label](url), bullet lines starting with "- ", mentions;
     * people's words in it go through {@link Markdown#literal}.
     */
    record Text(String markdown) implements Block {
        public Text {
            Objects.requireNonNull(markdown, "markdown");
        }
    }

    /** A small, muted line (hints, footers). */
    record Context(String markdown) implements Block {
        public Context {
            Objects.requireNonNull(markdown, "markdown");
        }
    }

    /** A row of buttons. */
    record Buttons(List<Button> buttons) implements Block {
        public Buttons {
            if (buttons == null || buttons.isEmpty()) {
                throw new IllegalArgumentException("a button row needs at least one button");
            }
            buttons = List.copyOf(buttons);
        }
    }

    /** A single-choice question: each option is clicked as an action with its value. */
    record Choice(String actionId, String question, List<Option> options) implements Block {
        public Choice {
            if (options == null || options.size() < 2) {
                throw new IllegalArgumentException("a choice needs at least two options");
            }
            options = List.copyOf(options);
        }
    }

    record Divider() implements Block {
    }

    /** A progress bar labelled in markdown, e.g. a learner's name ({@link Markdown#literal}): 7 of 10 days. */
    record Progress(String label, int done, int goal) implements Block {
    }

    /**
     * Learning days of the last {@code weeks} weeks ending on {@code lastDay}; bit i of
     * {@code days} is set when {@code lastDay.minusDays(weeks*7-1-i)} was a learning day. The
     * engine gives the {@code title} in the learner's language; adapters name the weekdays in
     * {@code locale}.
     */
    record Heatmap(LocalDate lastDay, int weeks, BitSet days, String title, Locale locale) implements Block {
        public Heatmap {
            days = (BitSet) days.clone();
        }

        /** A heatmap titled in English, "Last 12 weeks". */
        public Heatmap(LocalDate lastDay, int weeks, BitSet days) {
            this(lastDay, weeks, days, "Last " + weeks + " weeks", Locale.ENGLISH);
        }

        /** A weekday's name as a heatmap row is labelled in its language: "Mon", "Mo.". */
        public String weekday(DayOfWeek day, TextStyle style) {
            return day.getDisplayName(style, locale);
        }

        public LocalDate firstDay() {
            return lastDay.minusDays(weeks * 7L - 1);
        }

        public boolean learnedOn(LocalDate day) {
            long index = day.toEpochDay() - firstDay().toEpochDay();
            return index >= 0 && index < weeks * 7L && days.get((int) index);
        }
    }

    record Button(String actionId, String label, String value, Style style) {
        public Button(String actionId, String label, String value) {
            this(actionId, label, value, Style.DEFAULT);
        }
    }

    record Option(String label, String value) {
    }

    enum Style {
        DEFAULT, PRIMARY, DANGER
    }
}
