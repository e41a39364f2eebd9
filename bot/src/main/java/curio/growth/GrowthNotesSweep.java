package curio.growth;

import curio.chat.ChatAdapter;
import curio.chat.ConversationRef;
import curio.chat.DeliveryException;
import curio.chat.Message;
import curio.chat.TenantId;
import curio.chat.UserRef;
import curio.delivery.ChatAdapters;
import curio.leads.Team;
import curio.leads.TeamStore;
import curio.learners.Learner;
import curio.learners.LearnerStore;
import curio.learners.LocalCalendar;
import curio.store.Keys;
import curio.store.SweepLeases;
import curio.words.Texts;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * Sends growth talk notes in the last week of each quarter ({@link Quarter#lastWeek}): on a working
 * day of the person there, from their prompt time on, in their own time zone. A learner gets their
 * own notes; a lead gets their sharing members' (a lead who is no learner: the team's zone, Monday to
 * Friday, from {@link Learner#DEFAULT_PROMPT}). Each is sent once a quarter across replicas: one
 * replica runs a tick ({@link SweepLeases}) and each send first takes its key with {@code SET NX}
 * ({@link Keys#growthNotes}), given back when the platform refused the first message so a later tick retries.
 */
@Singleton
public class GrowthNotesSweep {

    private static final Logger LOG = LoggerFactory.getLogger(GrowthNotesSweep.class);
    /** A sent mark outlives its quarter's last week. */
    static final Duration KEEP = Duration.ofDays(40);
    /** Learner hashes read in one pipeline. */
    static final int BATCH = 500;

    private final UnifiedJedis redis;
    private final LearnerStore learners;
    private final TeamStore teams;
    private final GrowthNotes notes;
    private final ChatAdapters adapters;
    private final LocalCalendar calendar;
    private final SweepLeases leases;

    public GrowthNotesSweep(UnifiedJedis redis, LearnerStore learners, TeamStore teams, GrowthNotes notes,
                            ChatAdapters adapters, LocalCalendar calendar, SweepLeases leases) {
        this.redis = redis;
        this.learners = learners;
        this.teams = teams;
        this.notes = notes;
        this.adapters = adapters;
        this.calendar = calendar;
        this.leases = leases;
    }

    @Scheduled(fixedDelay = "5m", initialDelay = "50s")
    public void scheduledTick() {
        leases.runOnce("growth-notes", Duration.ofMinutes(5), this::tick);
    }

    /** One pass over every workspace; outside the days around a quarter's last week it reads nothing. */
    public void tick() {
        LocalDate utc = LocalDate.ofInstant(calendar.clock().instant(), ZoneOffset.UTC);
        if (!Quarter.lastWeek(utc.minusDays(1)) && !Quarter.lastWeek(utc) && !Quarter.lastWeek(utc.plusDays(1))) {
            return;
        }
        for (String tenant : redis.smembers(Keys.TENANTS)) {
            TenantId id = TenantId.parse(tenant);
            Map<String, Learner> enrolled = enrolled(id);
            for (Learner learner : enrolled.values()) {
                if (learner.active()) {
                    due(learner.zone(), learner.workingDays(), learner.promptAt()).ifPresent(day -> send(learner.user(),
                            learner.conversation(), Quarter.of(day).label(), () -> List.of(notes.own(learner, day))));
                }
            }
            Map<String, Team> leads = new TreeMap<>();
            teams.all(id).forEach(team -> team.leads().forEach(lead -> leads.putIfAbsent(lead, team)));
            leads.forEach((lead, team) -> leadDue(new UserRef(id, lead), Optional.ofNullable(enrolled.get(lead)), team));
        }
    }

    /** The workspace's learners by id, their hashes read {@value #BATCH} to a pipeline. */
    private Map<String, Learner> enrolled(TenantId tenant) {
        List<String> ids = List.copyOf(learners.learnerIds(tenant));
        Map<String, Learner> enrolled = new HashMap<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            List<Response<Map<String, String>>> hashes = new ArrayList<>();
            try (AbstractPipeline pipeline = redis.pipelined()) {
                batch.forEach(userId -> hashes.add(pipeline.hgetAll(Keys.learner(new UserRef(tenant, userId)))));
                pipeline.sync();
            }
            for (int i = 0; i < batch.size(); i++) {
                String userId = batch.get(i);
                learners.read(new UserRef(tenant, userId), hashes.get(i).get()).ifPresent(l -> enrolled.put(userId, l));
            }
        }
        return enrolled;
    }

    private void leadDue(UserRef lead, Optional<Learner> learner, Team team) {
        if (learner.filter(l -> l.status() == Learner.Status.STOPPED).isPresent()) {
            return;
        }
        Optional<LocalDate> due = learner.isPresent()
                ? due(learner.get().zone(), learner.get().workingDays(), learner.get().promptAt())
                : due(team.zone(), Learner.WEEKDAYS, Learner.DEFAULT_PROMPT);
        due.ifPresent(day -> send(lead, learner.flatMap(Learner::conversation), Quarter.of(day).label() + ":team",
                () -> notes.forLead(lead, day, Texts.in(learner.map(Learner::language).orElse(Locale.ENGLISH)))));
    }

    /** The local day when notes are due now in {@code zone}: a working day of a quarter's last week, from {@code from} on. */
    private Optional<LocalDate> due(ZoneId zone, Set<DayOfWeek> workingDays, LocalTime from) {
        LocalDateTime now = calendar.now(zone);
        LocalDate day = now.toLocalDate();
        boolean due = Quarter.lastWeek(day) && workingDays.contains(day.getDayOfWeek()) && !now.toLocalTime().isBefore(from);
        return due ? Optional.of(day) : Optional.empty();
    }

    /**
     * Takes the person's mark ({@code what}: a quarter, for their own notes or a lead's), then sends; gives
     * it back when there was nothing to send (a lead whose members do not share) or the first message
     * failed; once one went out the mark stays, so a later tick does not send it twice.
     */
    private void send(UserRef user, Optional<ConversationRef> known, String what, Supplier<List<Message>> compose) {
        String key = Keys.growthNotes(user, what);
        if (!"OK".equals(redis.set(key, "sent", SetParams.setParams().nx().ex(KEEP.toSeconds())))) {
            return;
        }
        Optional<ChatAdapter> adapter = adapters.forPlatform(user.tenant().platform());
        Optional<ConversationRef> to = known.or(() -> adapter.flatMap(a -> a.directConversation(user)));
        int sent = 0;
        try {
            List<Message> messages = compose.get();
            if (messages.isEmpty()) {
                redis.del(key);
                return;
            }
            if (adapter.isEmpty() || to.isEmpty()) {
                throw new IllegalStateException("no direct conversation with them yet");
            }
            for (Message message : messages) {
                adapter.get().send(to.get(), message);
                sent++;
            }
        } catch (DeliveryException | RuntimeException e) {
            if (sent > 0) {
                // a retry would send the first messages again: the rest are lost for this quarter
                LOG.warn("Sent {} of the growth notes messages to {}, then: {}", sent, user, e.getMessage());
                return;
            }
            LOG.info("Could not send growth notes to {}: {}", user, e.getMessage());
            redis.del(key);
        }
    }
}
