package curio.learners;

import curio.chat.ConversationRef;
import curio.chat.UserRef;
import curio.learners.Learner.Status;
import curio.words.Texts;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Field names of the learner hash, kept short because every learner carries them. Two scripts use
 * some of them by name: {@code curio/arrival.lua} reads {@code st}, {@code tz} and {@code autop} and
 * writes {@code ign}, {@code seen} and {@code cv}; {@code curio/streak.lua} reads {@code days},
 * {@code pauses} and {@code org}.
 */
final class LearnerFields {

    static final String STATUS = "st";
    static final String NAME = "nm";
    static final String ZONE = "tz";
    static final String PROMPT_AT = "pt";
    static final String CHECKIN_AT = "ct";
    /** Working-day mask, read by the streak script too. */
    static final String DAYS = "days";
    /** Tracks the learner left out, comma-separated; absent = every track. */
    static final String EXCLUDED_TOPICS = "tx";
    static final String SHARING = "sh";
    static final String GOAL = "goal";
    static final String GOAL_QUARTER = "gq";
    /** The quarter Curio last asked for a goal. */
    static final String GOAL_ASKED = "gask";
    static final String PAUSED_UNTIL = "pu";
    /** Pause ranges "from-to;..." in epoch days, read by the streak script too. */
    static final String PAUSES = "pauses";
    static final String CONVERSATION = "cv";
    static final String IGNORED = "ign";
    /** The last day counted as ignored. */
    static final String IGNORED_DAY = "ignd";
    /** The day Curio paused the learner itself. */
    static final String AUTO_PAUSED = "autop";
    static final String SEEN = "seen";
    /** The learner's language code ({@code en}, {@code de}); absent = English. */
    static final String LANGUAGE = "lang";
    /** The enrolment day: bit 0 of the learning-day bitmap. */
    static final String ORIGIN = curio.habits.LearningHistory.ORIGIN_FIELD;
    static final long OPEN_END = 9_999_999L;

    private LearnerFields() {
    }

    static Learner read(UserRef user, Map<String, String> hash, List<String> allTracks) {
        String conversation = hash.get(CONVERSATION);
        String pausedUntil = hash.get(PAUSED_UNTIL);
        List<String> excluded = Arrays.asList(hash.getOrDefault(EXCLUDED_TOPICS, "").split(","));
        List<String> topics = allTracks.stream().filter(track -> !excluded.contains(track)).toList();
        return new Learner(user,
                Status.valueOf(hash.get(STATUS)),
                hash.getOrDefault(NAME, "there"),
                ZoneId.of(hash.getOrDefault(ZONE, "UTC")),
                LocalTime.parse(hash.getOrDefault(PROMPT_AT, Learner.DEFAULT_PROMPT.toString())),
                LocalTime.parse(hash.getOrDefault(CHECKIN_AT, Learner.DEFAULT_CHECKIN.toString())),
                WorkingDays.of(Integer.parseInt(hash.getOrDefault(DAYS, "31"))),
                topics,
                "1".equals(hash.get(SHARING)),
                hash.getOrDefault(GOAL, ""),
                hash.getOrDefault(GOAL_QUARTER, ""),
                pausedUntil == null ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(Long.parseLong(pausedUntil))),
                conversation == null ? Optional.empty()
                        : Optional.of(new ConversationRef(user.tenant().platform(), conversation)),
                Integer.parseInt(hash.getOrDefault(IGNORED, "0")),
                Texts.language(Locale.forLanguageTag(hash.getOrDefault(LANGUAGE, "en"))));
    }
}
