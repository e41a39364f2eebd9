package curio.leads;

import curio.chat.Block;
import curio.chat.DeliveryException;
import curio.chat.Markdown;
import curio.chat.Message;
import curio.chat.TenantId;
import curio.chat.UserRef;
import curio.delivery.ChatAdapters;
import curio.habits.AnswerLog;
import curio.habits.LearningHistory;
import curio.habits.StreakRules;
import curio.learners.Learner;
import curio.learners.LearnerStore;
import curio.learners.LocalCalendar;
import curio.store.Keys;
import curio.store.SweepLeases;
import io.micronaut.scheduling.annotation.Scheduled;
import curio.words.Texts;
import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;

/**
 * Every Friday at 15:00 in the team's time zone, a digest in the team channel: active learners,
 * learning days, the longest current streaks and a handful of what people tried (sharers only).
 */
@Singleton
public class WeeklyDigest {

    static final LocalTime AT = LocalTime.of(15, 0);
    private static final Logger LOG = LoggerFactory.getLogger(WeeklyDigest.class);

    private final UnifiedJedis redis;
    private final TeamStore teams;
    private final LearnerStore learners;
    private final LearningHistory history;
    private final StreakRules streaks;
    private final AnswerLog answers;
    private final ChatAdapters adapters;
    private final LocalCalendar calendar;
    private final SweepLeases leases;
    private final SharedTries tries;

    public WeeklyDigest(UnifiedJedis redis, TeamStore teams, LearnerStore learners, LearningHistory history,
                        StreakRules streaks, AnswerLog answers, ChatAdapters adapters, LocalCalendar calendar, SweepLeases leases,
                        SharedTries tries) {
        this.redis = redis;
        this.tries = tries;
        this.teams = teams;
        this.learners = learners;
        this.history = history;
        this.streaks = streaks;
        this.answers = answers;
        this.adapters = adapters;
        this.calendar = calendar;
        this.leases = leases;
    }

    /**
     * The digest state of a team created now: one set up after this week's digest time gets its
     * first digest next Friday (written with the team, so no tick sees it without).
     */
    public Map<String, String> firstState(java.time.ZoneId zone) {
        LocalDateTime now = calendar.now(zone);
        boolean past = now.getDayOfWeek() == DayOfWeek.FRIDAY && !now.toLocalTime().isBefore(AT)
                || now.getDayOfWeek().getValue() > DayOfWeek.FRIDAY.getValue();
        return past ? Map.of("digest", week(now)) : Map.of();
    }

    /** The ISO week of a day or time, as digests and {@link SharedTries} name it: {@code 2026-W10}. */
    static String week(java.time.temporal.TemporalAccessor now) {
        return now.get(IsoFields.WEEK_BASED_YEAR) + "-W" + now.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** One replica runs each tick ({@link SweepLeases}). */
    @Scheduled(fixedDelay = "60s", initialDelay = "45s")
    public void scheduledTick() {
        leases.runOnce("weekly-digests", Duration.ofSeconds(60), this::tick);
    }

    public void tick() {
        for (String tenant : redis.smembers(Keys.TENANTS)) {
            for (Team team : teams.all(TenantId.parse(tenant))) {
                LocalDateTime now = calendar.now(team.zone());
                String week = week(now);
                boolean due = now.getDayOfWeek() == DayOfWeek.FRIDAY && !now.toLocalTime().isBefore(AT);
                if (due && teams.state(team, "digest").filter(week::equals).isEmpty()
                        && teams.claim(team, "digest:" + week, Duration.ofDays(8))) {
                    if (post(team, now.toLocalDate())) {
                        teams.setState(team, Map.of("digest", week));
                    } else {
                        teams.release(team, "digest:" + week);
                    }
                }
            }
        }
    }

    boolean post(Team team, LocalDate friday) {
        try {
            adapters.forPlatform(team.tenant().platform()).orElseThrow().send(team.channel(), digest(team, friday));
            return true;
        } catch (DeliveryException | RuntimeException e) {
            LOG.info("Could not post the weekly digest of team {}: {}", team.id(), e.getMessage());
            return false;
        }
    }

    private record Tried(String name, AnswerLog.Entry entry) {
    }

    /** How many people took up (Try this too) what {@code name} shared this week. */
    private record Spread(String name, long takers) {
        String line(Texts texts) {
            return texts.get("digest.spread", takers, Markdown.literal(name));
        }
    }

    /** The digest in the team's language. */
    public Message digest(Team team, LocalDate friday) {
        Texts texts = Texts.in(team.language());
        LocalDate monday = friday.with(DayOfWeek.MONDAY);
        int active = 0;
        int days = 0;
        List<String[]> streakLines = new ArrayList<>();
        List<Tried> tried = new ArrayList<>();
        List<Spread> spread = new ArrayList<>();
        for (String id : teams.members(team)) {
            UserRef user = new UserRef(team.tenant(), id);
            Optional<Learner> learner = learners.find(user);
            if (learner.isEmpty()) {
                continue;
            }
            Block.Heatmap map = history.heatmap(user, friday);
            int learned = (int) monday.datesUntil(friday.plusDays(1)).filter(map::learnedOn).count();
            active += learned > 0 ? 1 : 0;
            days += learned;
            if (learner.get().sharing()) {
                int current = streaks.peek(user, friday).current();
                if (current > 0) {
                    streakLines.add(new String[] {learner.get().name(), Integer.toString(current)});
                }
                long takers = tries.takenUpIn(user, friday);
                if (takers > 0) {
                    spread.add(new Spread(learner.get().name(), takers));
                }
                answers.recent(user, 20).stream().filter(e -> e.kind().equals(curio.habits.AnswerLog.CHECK_IN) && !e.day().isBefore(monday))
                        .forEach(e -> tried.add(new Tried(learner.get().name(), e)));
            }
        }
        streakLines.sort(Comparator.comparingInt((String[] s) -> -Integer.parseInt(s[1])).thenComparing(s -> s[0]));
        String top = streakLines.stream().limit(3).map(s -> Markdown.literal(s[0]) + " 🔥 " + s[1])
                .collect(Collectors.joining(" · "));
        String handful = tried.stream().sorted(Comparator.comparingLong((Tried t) -> t.entry().e()).reversed()).limit(5)
                .map(t -> "- *" + Markdown.literal(t.name()) + "*: " + Markdown.literal(t.entry().text()))
                .collect(Collectors.joining("\n"));
        Message.Builder message = Message.builder(texts.get("digest.fallback"))
                .text(texts.get("digest.head", team.mention(), active, days))
                .text(top.isEmpty() ? texts.get("digest.noStreaks") : texts.get("digest.streaks", top))
                .text(handful.isEmpty() ? texts.get("digest.noneTried") : texts.get("digest.tried", handful));
        if (!spread.isEmpty()) {
            message.text(texts.get("digest.spreads", spread.stream()
                    .sorted(Comparator.comparingLong(Spread::takers).reversed().thenComparing(Spread::name))
                    .map(s -> s.line(texts)).collect(Collectors.joining("\n"))));
        }
        return message.context(texts.get("digest.footer")).build();
    }
}
