package curio.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.DeliveryException;
import curio.chat.Platform;
import curio.chat.TenantId;
import curio.chat.UserRef;
import curio.habits.LearningDay;
import curio.schedule.CohortScheduler;
import curio.schedule.LearnerSchedule;
import curio.store.Keys;
import curio.store.SlotTransaction;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.Response;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.params.XAddParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;

@MicronautTest(environments = "delivery-test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxTest implements TestPropertyProvider {

    private static final TenantId TENANT = new TenantId(Platform.TEAMS, "t-outbox");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 9);
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    Outbox outbox;
    @Inject
    CohortScheduler scheduler;
    @Inject
    RecordingChatAdapter adapter;
    @Inject
    RecordingComposer composer;
    @Inject
    UnifiedJedis redis;

    @Override
    public Map<String, String> getProperties() {
        return TestContexts.propertyStrings("outbox");
    }

    @Test
    void everyMemberOfAFiredCohortGetsTodaysPrompt() {
        List<UserRef> team = List.of(user("ana"), user("ben"), user("cai"));
        LearnerSchedule schedule = new LearnerSchedule(ZoneId.of("Pacific/Auckland"), LocalTime.of(6, 45),
                LocalTime.of(15, 0), EnumSet.allOf(DayOfWeek.class));
        team.forEach(learner -> scheduler.schedule(learner, schedule));

        scheduler.fireNow("Pacific/Auckland|06:45|MON-SUN|PROMPT");

        // the learning day turns at 03:00, so between midnight and 03:00 in Auckland it is still yesterday's
        LocalDate today = LearningDay.of(Instant.now(), ZoneId.of("Pacific/Auckland"));
        for (UserRef learner : team) {
            Eventually.within(WAIT, learner + " gets a prompt", () -> adapter.acceptedFor(learner).size() == 1);
            assertEquals("PROMPT " + today, adapter.acceptedFor(learner).get(0).text());
        }
    }

    @Test
    void aReplayedEntryIsSentOnlyOnce() {
        UserRef dee = user("dee");
        Delivery prompt = new Delivery(dee, Delivery.Kind.PROMPT, DAY);
        outbox.enqueue(prompt);
        Eventually.within(WAIT, "the first copy is sent", () -> adapter.acceptedFor(dee).size() == 1);

        outbox.enqueue(prompt);
        Eventually.within(WAIT, "the replay is acknowledged", () -> outbox.length() == 0);

        assertEquals(1, adapter.attemptsTo(dee).size());
        assertEquals(1, composer.deliveredTo(dee).size());
    }

    @Test
    void aSendThatFailsOnceIsRetriedAndDelivered() {
        UserRef eli = user("eli");
        adapter.failNext(eli, DeliveryException.retry("503 from the platform"));

        outbox.enqueue(new Delivery(eli, Delivery.Kind.CHECKIN, DAY));

        Eventually.within(WAIT, "the retry is delivered", () -> adapter.acceptedFor(eli).size() == 1);
        assertEquals(2, adapter.attemptsTo(eli).size());
        assertEquals(1, composer.deliveredTo(eli).size());
    }

    @Test
    void aSendThatFailedInFlightIsLookedUpBeforeItIsSentAgain() {
        UserRef ida = user("ida");
        adapter.failNext(ida, DeliveryException.retry("503 from the platform"));

        outbox.enqueue(new Delivery(ida, Delivery.Kind.CHECKIN, DAY));

        Eventually.within(WAIT, "the retry is delivered", () -> adapter.acceptedFor(ida).size() == 1);
        assertEquals(1, adapter.lookupsFor(ida), "a 503 may have posted: the retry looks first");
    }

    @Test
    void aSendHeldBackBeforeThePlatformWasCalledIsRetriedWithoutALookUp() {
        UserRef jon = user("jon");
        adapter.failNext(jon, DeliveryException.heldBack("the workspace is busy", Duration.ofMillis(200)));

        outbox.enqueue(new Delivery(jon, Delivery.Kind.CHECKIN, DAY));

        Eventually.within(WAIT, "the retry is delivered", () -> adapter.acceptedFor(jon).size() == 1);
        assertEquals(0, adapter.lookupsFor(jon), "nothing reached the platform, so there is nothing to look for");
    }

    @Test
    void aRateLimitedSendWaitsAsLongAsThePlatformAsked() {
        UserRef fay = user("fay");
        adapter.failNext(fay, DeliveryException.rateLimited(Duration.ofSeconds(2)));

        outbox.enqueue(new Delivery(fay, Delivery.Kind.PROMPT, DAY));

        Eventually.within(WAIT, "the send after Retry-After", () -> adapter.acceptedFor(fay).size() == 1);
        List<RecordingChatAdapter.Send> attempts = adapter.attemptsTo(fay);
        Duration waited = Duration.between(attempts.get(0).at(), attempts.get(1).at());
        assertTrue(waited.compareTo(Duration.ofSeconds(2)) >= 0, "waited only " + waited);
    }

    @Test
    void aWorkspaceThrottledMoreOftenThanMaxAttemptsStillGetsTheMessageEachTryAfterJustItsRetryAfter() {
        UserRef kit = user("kit");
        DeliveryException throttled = DeliveryException.rateLimited(Duration.ofMillis(300));
        adapter.failNext(kit, throttled, throttled, throttled, throttled, throttled);

        outbox.enqueue(new Delivery(kit, Delivery.Kind.PROMPT, DAY));

        Eventually.within(WAIT, "the send after five 429s (max-attempts is 4)", () -> adapter.acceptedFor(kit).size() == 1);
        List<RecordingChatAdapter.Send> attempts = adapter.attemptsTo(kit);
        assertEquals(6, attempts.size());
        for (int i = 1; i < attempts.size(); i++) {
            Duration waited = Duration.between(attempts.get(i - 1).at(), attempts.get(i).at());
            assertTrue(waited.compareTo(Duration.ofMillis(300)) >= 0 && waited.compareTo(Duration.ofMillis(1_500)) < 0,
                    "try " + i + " waited " + waited + ", not the Retry-After");
        }
    }

    @Test
    void aLearnerWhoIsGoneIsReportedUnreachableAndNotTriedAgain() {
        UserRef gus = user("gus");
        adapter.failNext(gus, DeliveryException.gone("user deactivated"));

        outbox.enqueue(new Delivery(gus, Delivery.Kind.NUDGE, DAY));

        Eventually.within(WAIT, "gus is unreachable", () -> composer.unreachable.stream().anyMatch(d -> d.user().equals(gus)));
        Eventually.pause(Duration.ofMillis(800));
        assertEquals(1, adapter.attemptsTo(gus).size());
        assertEquals(0, redis.zcard(Keys.OUTBOX_RETRY));
    }

    @Test
    void aSendThatKeepsFailingIsGivenUpAfterMaxAttempts() {
        UserRef hal = user("hal");
        DeliveryException down = DeliveryException.retry("down");
        adapter.failNext(hal, down, down, down, down, down, down);

        outbox.enqueue(new Delivery(hal, Delivery.Kind.PROMPT, DAY));

        Eventually.within(WAIT, "four attempts", () -> adapter.attemptsTo(hal).size() == 4);
        Eventually.within(WAIT, "nothing left to retry", () -> outbox.length() == 0 && outbox.retrying() == 0);
        Eventually.pause(Duration.ofSeconds(1));
        assertEquals(4, adapter.attemptsTo(hal).size());
        assertEquals(0, adapter.acceptedFor(hal).size());
    }

    @Test
    void anEntryOfACrashedSenderIsClaimedAndSentByAnother() {
        UserRef ivy = user("ivy");
        // A sender that read the entry and died without acknowledging it: the add and its read run
        // in one transaction, so no live sender sees the entry first.
        Response<List<Map.Entry<String, List<StreamEntry>>>> read;
        try (AbstractTransaction tx = SlotTransaction.begin(redis, Keys.OUTBOX)) {
            tx.xadd(Keys.OUTBOX, XAddParams.xAddParams(),
                    Map.of("e", ivy.key() + "\tPROMPT\t" + DAY + "\t0"));
            read = tx.xreadGroup(Outbox.GROUP, "crashed", XReadGroupParams.xReadGroupParams().count(1),
                    Map.of(Keys.OUTBOX, StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY));
            tx.exec();
        }
        assertEquals(1, read.get().get(0).getValue().size());

        Eventually.within(WAIT, "another sender delivers it", () -> adapter.acceptedFor(ivy).size() == 1);
        Eventually.within(WAIT, "it is acknowledged", () -> outbox.length() == 0);
        assertEquals(1, adapter.attemptsTo(ivy).size());
    }

    @Test
    void sendersOfEarlierRunsAreForgottenOnceIdleAndEmptyHanded() {
        redis.xgroupCreateConsumer(Keys.OUTBOX, Outbox.GROUP, "earlier-run-1");
        Eventually.pause(Duration.ofMillis(1_100));

        outbox.forgetIdleConsumers(Duration.ofSeconds(1));

        assertTrue(redis.xinfoConsumers2(Keys.OUTBOX, Outbox.GROUP).stream()
                .noneMatch(c -> c.getName().equals("earlier-run-1")));
    }

    private static UserRef user(String id) {
        return new UserRef(TENANT, id);
    }
}
