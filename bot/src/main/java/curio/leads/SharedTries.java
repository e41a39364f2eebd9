package curio.leads;

import curio.chat.TenantId;
import curio.chat.UserRef;
import curio.content.SharedCheckIns;
import curio.habits.AnswerLog;
import curio.learners.Learner;
import curio.learners.LearnerStore;
import curio.store.Keys;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import redis.clients.jedis.UnifiedJedis;

/**
 * "Try this too": a check-in shared in a team thread, found again from the reference its button
 * carries (the author's id and a digest of the words, never the words), and who took it up, counted
 * per author and ISO week for the weekly digest. A check-in is found only while its author still
 * shares and it is still in their answer log (retention, {@code delete my data}).
 */
@Singleton
public class SharedTries implements SharedCheckIns {

    /** How long a week's count is kept: the digest of that week and a margin. */
    static final Duration KEEP = Duration.ofDays(15);
    private static final int DIGEST_CHARS = 16;

    /** A shared check-in: who wrote it, their name and their words (raw: escape before posting). */
    public record Shared(UserRef author, String name, String text) {
    }

    private final UnifiedJedis redis;
    private final LearnerStore learners;
    private final AnswerLog answers;

    public SharedTries(UnifiedJedis redis, LearnerStore learners, AnswerLog answers) {
        this.redis = redis;
        this.learners = learners;
        this.answers = answers;
    }

    /** The button value naming a check-in: {@code <author id>:<digest of the words>} (Teams ids hold colons too). */
    public static String reference(UserRef author, String text) {
        return author.userId() + ":" + digest(text);
    }

    /** The check-in a reference names, if its author still shares it. */
    public Optional<Shared> find(TenantId tenant, String reference) {
        int colon = reference == null ? -1 : reference.lastIndexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        UserRef author = new UserRef(tenant, reference.substring(0, colon));
        String digest = reference.substring(colon + 1);
        Optional<Learner> learner = learners.find(author).filter(Learner::sharing);
        if (learner.isEmpty()) {
            return Optional.empty();
        }
        return answers.recent(author, Integer.MAX_VALUE).stream()
                .filter(e -> e.kind().equals(AnswerLog.CHECK_IN) && digest(e.text()).equals(digest))
                .findFirst()
                .map(e -> new Shared(author, learner.get().name(), e.text()));
    }

    @Override
    public Optional<CheckIn> shared(TenantId tenant, String reference) {
        return find(tenant, reference).map(found -> new CheckIn(found.name(), found.text()));
    }

    /** Counts {@code taker} for the author's week of {@code day}; false when they were counted that week already. */
    public boolean takenUp(Shared shared, UserRef taker, LocalDate day) {
        String key = Keys.triedToo(taker.tenant(), shared.author().userId(), WeeklyDigest.week(day));
        boolean first = redis.sadd(key, taker.userId()) == 1;
        redis.expire(key, KEEP.toSeconds());
        return first;
    }

    /** How many people took up a check-in of {@code author} in the week of {@code day}. */
    public long takenUpIn(UserRef author, LocalDate day) {
        return redis.scard(Keys.triedToo(author.tenant(), author.userId(), WeeklyDigest.week(day)));
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, DIGEST_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
