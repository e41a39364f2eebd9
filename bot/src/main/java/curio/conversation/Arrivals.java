package curio.conversation;

import curio.chat.ConversationRef;
import curio.chat.UserRef;
import curio.habits.AnswerLog;
import curio.habits.Streak;
import curio.habits.StreakRules;
import curio.learners.Learner;
import curio.learners.LearnerStore;
import curio.learners.LocalCalendar;
import curio.metrics.CurioMetrics;
import curio.store.Keys;
import curio.store.LuaScript;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import redis.clients.jedis.UnifiedJedis;

/**
 * The first step of every learner message, in one Redis round trip ({@code curio/arrival.lua}):
 * the learner read, marked seen, their direct chat kept, and for a check-in the answer logged and
 * the day counted by the streak rules. The learning day needs the learner's time zone before the
 * read, so the zone last seen for them is assumed ({@link LearnerStore#zoneGuess}); the script
 * refuses to write when it is not the stored one, and the arrival is made again with the right zone
 * (a second round trip: a learner's first message to this replica, unless they are on UTC).
 */
@Singleton
class Arrivals {

    private static final LuaScript SCRIPT = LuaScript.of(
            List.of(AnswerLog.LIBRARY, StreakRules.LIBRARY, "arrival.lua"), "");

    private final UnifiedJedis redis;
    private final LearnerStore learners;
    private final LocalCalendar calendar;
    private final AnswerLog answers;
    private final CurioMetrics metrics;

    Arrivals(UnifiedJedis redis, LearnerStore learners, LocalCalendar calendar, AnswerLog answers,
             CurioMetrics metrics) {
        this.redis = redis;
        this.learners = learners;
        this.calendar = calendar;
        this.answers = answers;
        this.metrics = metrics;
    }

    /**
     * What the arrival found: the learner as read (empty: not enrolled); {@code asleep} when Curio
     * paused them and the command wakes them, so nothing was written; the streak of a check-in.
     */
    record Arrival(Optional<Learner> learner, boolean asleep, Optional<Streak> checkedIn) {
    }

    /**
     * @param direct  the learner's direct chat when they wrote there, else null
     * @param wakes   whether the command wakes a learner Curio paused: then nothing is written
     * @param checkIn the words a check-in logs, or null when the command is not a check-in
     */
    @SuppressWarnings("unchecked")
    Arrival arrive(UserRef user, ConversationRef direct, boolean wakes, String checkIn) {
        ZoneId zone = learners.zoneGuess(user);
        List<String> keys = List.of(Keys.learner(user), Keys.days(user), Keys.answers(user));
        for (int attempt = 0; attempt < 3; attempt++) {
            List<Object> reply = (List<Object>) SCRIPT.run(redis, keys, args(zone, direct, wakes, checkIn));
            if (reply.isEmpty()) {
                return new Arrival(Optional.empty(), false, Optional.empty());
            }
            Optional<Learner> learner = learners.read(user, hash((List<String>) reply.get(1)));
            switch ((String) reply.get(0)) {
                case "zone" -> zone = learner.get().zone();
                case "wake" -> {
                    return new Arrival(learner, true, Optional.empty());
                }
                default -> {
                    List<Long> counted = (List<Long>) reply.get(2);
                    Optional<Streak> streak = counted.isEmpty() ? Optional.empty() : Optional.of(Streak.of(counted));
                    streak.ifPresent(s -> metrics.checkedIn(user.tenant().platform(), !s.alreadyToday()));
                    return new Arrival(learner, false, streak);
                }
            }
        }
        throw new IllegalStateException("The time zone of " + user + " changed during each of 3 arrivals");
    }

    private List<String> args(ZoneId zone, ConversationRef direct, boolean wakes, String checkIn) {
        LocalDate day = calendar.learningDay(zone);
        List<String> args = new ArrayList<>(List.of(zone.getId(), Long.toString(day.toEpochDay()),
                direct == null ? "" : direct.value(), wakes ? "1" : "0"));
        args.addAll(checkIn == null ? List.of("", "0", "0") : answers.scriptArgs(day, AnswerLog.CHECK_IN, "", checkIn));
        return args;
    }

    private static Map<String, String> hash(List<String> flat) {
        Map<String, String> hash = new HashMap<>();
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            hash.put(flat.get(i), flat.get(i + 1));
        }
        return hash;
    }
}
