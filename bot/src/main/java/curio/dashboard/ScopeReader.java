package curio.dashboard;

import curio.chat.UserRef;
import curio.habits.AnswerLog;
import curio.habits.LearningHistory;
import curio.habits.StreakRules;
import curio.learners.Learner;
import curio.learners.LearnerStore;
import curio.learners.LocalCalendar;
import curio.store.Keys;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;

/**
 * Reads the enrolled learners of a {@link Access.Scope}, only from that workspace's keys: the learner set
 * (and the scope's team member sets), then per batch of {@value #BATCH} learners one pipeline for their
 * hashes, day bitmaps and answer logs, and one streak look-up each ({@link StreakRules#peek}).
 */
@Singleton
class ScopeReader {

    static final int BATCH = 500;
    private final UnifiedJedis redis;
    private final LearnerStore learners;
    private final AnswerLog answers;
    private final StreakRules streaks;
    private final LocalCalendar calendar;

    ScopeReader(UnifiedJedis redis, LearnerStore learners, AnswerLog answers, StreakRules streaks,
                LocalCalendar calendar) {
        this.redis = redis;
        this.learners = learners;
        this.answers = answers;
        this.streaks = streaks;
        this.calendar = calendar;
    }

    /** The enrolled (not stopped) learners in the scope, by user id. */
    List<LearnerSnapshot> read(Access.Scope scope) {
        List<String> ids = new ArrayList<>(ids(scope));
        List<LearnerSnapshot> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += BATCH) {
            out.addAll(batch(scope, ids.subList(i, Math.min(ids.size(), i + BATCH))));
        }
        return out;
    }

    private Set<String> ids(Access.Scope scope) {
        Set<String> enrolled = learners.learnerIds(scope.tenant());
        if (scope.wholeWorkspace()) {
            return new TreeSet<>(enrolled);
        }
        List<Response<Set<String>>> members = new ArrayList<>();
        try (AbstractPipeline pipeline = redis.pipelined()) {
            for (String team : scope.teams().orElseThrow()) {
                members.add(pipeline.smembers(Keys.teamMembers(scope.tenant(), team)));
            }
            pipeline.sync();
        }
        Set<String> ids = new TreeSet<>();
        members.forEach(team -> team.get().stream().filter(enrolled::contains).forEach(ids::add));
        return ids;
    }

    private List<LearnerSnapshot> batch(Access.Scope scope, List<String> ids) {
        List<Response<Map<String, String>>> hashes = new ArrayList<>();
        List<Response<byte[]>> bitmaps = new ArrayList<>();
        List<Response<List<String>>> logs = new ArrayList<>();
        try (AbstractPipeline pipeline = redis.pipelined()) {
            for (String id : ids) {
                UserRef user = new UserRef(scope.tenant(), id);
                hashes.add(pipeline.hgetAll(Keys.learner(user)));
                bitmaps.add(pipeline.get(Keys.days(user).getBytes(StandardCharsets.UTF_8)));
                logs.add(pipeline.lrange(Keys.answers(user), 0, -1));
            }
            pipeline.sync();
        }
        List<LearnerSnapshot> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            UserRef user = new UserRef(scope.tenant(), ids.get(i));
            Map<String, String> hash = hashes.get(i).get();
            Optional<Learner> learner = learners.read(user, hash).filter(l -> l.status() != Learner.Status.STOPPED);
            if (learner.isEmpty()) {
                continue;
            }
            LocalDate today = calendar.learningDay(learner.get().zone());
            String origin = hash.get(LearningHistory.ORIGIN_FIELD);
            LocalDate enrolled = origin == null ? today : LocalDate.ofEpochDay(Long.parseLong(origin));
            out.add(new LearnerSnapshot(learner.get(), enrolled,
                    LearningHistory.learningDays(hash.get(LearningHistory.ORIGIN_FIELD), bitmaps.get(i).get()),
                    answers.entries(logs.get(i).get()), streaks.peek(user, today).current(), today));
        }
        return out;
    }
}
