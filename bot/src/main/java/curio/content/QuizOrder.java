package curio.content;

import curio.chat.UserRef;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The order in which one learner sees a quiz's choices on one day, lettered A, B, C...: shuffled, so
 * the right answer's place gives nothing away, and the same every time it is shown that day (the
 * scheduled prompt, a resend, {@code answer B}), since it follows from the learner, the day and the
 * quiz alone. {@link Random} and {@link Collections#shuffle} are specified algorithms, so every
 * replica and every Java version makes the same order.
 *
 * @param choices position (0 is shown first, as A) to index into the quiz's choices
 */
public record QuizOrder(List<Integer> choices) {

    /** What a label adds before its choice: {@code "A. "}. */
    static final int LETTER_WIDTH = 3;
    private static final Pattern NAMED = Pattern.compile("(?i)\\(?([a-f]|[1-6])[.):]?");

    public QuizOrder {
        choices = List.copyOf(choices);
    }

    public static QuizOrder of(Prompt quiz, UserRef learner, LocalDate day) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, quiz.choices().size()).boxed().toList());
        Collections.shuffle(order, new Random(seed(learner.key() + "|" + day + "|" + quiz.id())));
        return new QuizOrder(order);
    }

    /** The index into the quiz's choices of the choice shown at {@code position}. */
    public int choiceAt(int position) {
        return choices.get(position);
    }

    /** A choice's button text: its letter, then the choice ({@code "B. Schedule time for it"}). */
    public static String label(int position, String choice) {
        return letter(position) + ". " + choice;
    }

    public static char letter(int position) {
        return (char) ('A' + position);
    }

    /** The choice (index into the quiz's choices) a learner named by its letter or number: "b", "B)", "2". */
    public Optional<Integer> named(String typed) {
        Matcher matcher = NAMED.matcher(typed.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String name = matcher.group(1).toLowerCase(Locale.ROOT);
        int position = Character.isDigit(name.charAt(0)) ? name.charAt(0) - '1' : name.charAt(0) - 'a';
        return position < choices.size() ? Optional.of(choiceAt(position)) : Optional.empty();
    }

    private static long seed(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(hash).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
