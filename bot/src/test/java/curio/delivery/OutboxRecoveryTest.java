package curio.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import curio.chat.Platform;
import curio.chat.TenantId;
import curio.chat.UserRef;
import curio.store.Keys;
import curio.store.SlotTransaction;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.params.XAddParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;

/** What the outbox does with the entries of a sender that died (kill -9) in the middle of a batch. */
@MicronautTest(environments = "delivery-test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxRecoveryTest implements TestPropertyProvider {

    private static final TenantId TENANT = new TenantId(Platform.TEAMS, "t-recovery");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    Outbox outbox;
    @Inject
    RecordingChatAdapter adapter;
    @Inject
    RecordingComposer composer;
    @Inject
    UnifiedJedis redis;
    @Inject
    SenderInstance self;
    @Inject
    BatchSender batches;

    @Override
    public Map<String, String> getProperties() {
        return TestContexts.propertyStrings("recovery");
    }

    @Test
    void aPromptAlreadyInTheConversationWhenItsSenderDiedIsNotSentAgain() {
        UserRef ada = user("ada");
        Delivery prompt = new Delivery(ada, Delivery.Kind.PROMPT, DAY);
        adapter.reachedBeforeACrash(ada, prompt.idempotencyKey());
        int lookups = adapter.lookups();

        readByADeadSender(prompt, "sending:deadrun1");

        Eventually.within(WAIT, "the entry is settled", () -> composer.deliveredTo(ada).size() == 1 && outbox.length() == 0);
        assertEquals(0, adapter.attemptsTo(ada).size());
        assertEquals(1, adapter.lookups() - lookups);
        assertEquals("sent", redis.get(DeliveryKey.of(prompt)));
    }

    @Test
    void aPromptInFlightThatThePlatformCannotFindIsSentOnce() {
        UserRef bo = user("bo");
        Delivery prompt = new Delivery(bo, Delivery.Kind.PROMPT, DAY);

        readByADeadSender(prompt, "sending:deadrun2");

        Eventually.within(WAIT, "it is sent again", () -> adapter.acceptedFor(bo).size() == 1 && outbox.length() == 0);
        assertEquals(1, adapter.attemptsTo(bo).size());
    }

    @Test
    void aPromptADeadSenderClaimedButNeverSentIsSentWithoutALookup() {
        UserRef cy = user("cy");
        Delivery prompt = new Delivery(cy, Delivery.Kind.PROMPT, DAY);
        int lookups = adapter.lookups();

        readByADeadSender(prompt, "claim:deadrun3");

        Eventually.within(WAIT, "it is sent", () -> adapter.acceptedFor(cy).size() == 1 && outbox.length() == 0);
        assertEquals(0, adapter.lookups() - lookups);
    }

    @Test
    void aPromptThisRunClaimedInABatchARedisErrorCutShortIsSentOnceWithoutWaitingForTheClaimToLapse() {
        UserRef ed = user("ed");
        Delivery prompt = new Delivery(ed, Delivery.Kind.PROMPT, DAY);

        readByADeadSender(prompt, "sending:" + self.id());

        Eventually.within(WAIT, "it is sent", () -> adapter.acceptedFor(ed).size() == 1 && outbox.length() == 0);
        assertEquals(1, adapter.attemptsTo(ed).size());
    }

    @Test
    void aPromptThatALiveButSlowSenderHoldsIsLeftToIt() {
        UserRef di = user("di");
        Delivery prompt = new Delivery(di, Delivery.Kind.PROMPT, DAY);
        redis.set(Keys.outboxSenders("liverun"), "1", SetParams.setParams().px(20_000));

        readByADeadSender(prompt, "sending:liverun");

        Eventually.pause(Duration.ofSeconds(3));
        assertEquals(0, adapter.attemptsTo(di).size());
        redis.set(DeliveryKey.of(prompt), DeliveryKey.SENT); // the slow sender got its answer
        Eventually.within(WAIT, "the entry is acknowledged", () -> outbox.length() == 0);
        assertEquals(0, adapter.attemptsTo(di).size());
    }

    @Test
    void aPromptThisRunClaimedInABatchRedisFailedIsSentWithoutWaitingForTheClaimToLapse() {
        UserRef gil = user("gil");
        Delivery prompt = new Delivery(gil, Delivery.Kind.PROMPT, DAY);
        int lookups = adapter.lookups();

        readByADeadSender(prompt, DeliveryKey.claim(self.id()));

        Eventually.within(WAIT, "it is sent", () -> adapter.acceptedFor(gil).size() == 1 && outbox.length() == 0);
        assertEquals(0, adapter.lookups() - lookups);
    }

    @Test
    void aPromptThisRunWasSendingWhenRedisFailedIsLookedUpAndNotSentAgain() {
        UserRef hal = user("hal");
        Delivery prompt = new Delivery(hal, Delivery.Kind.PROMPT, DAY);
        adapter.reachedBeforeACrash(hal, prompt.idempotencyKey());

        readByADeadSender(prompt, DeliveryKey.sending(self.id()));

        Eventually.within(WAIT, "the entry is settled", () -> composer.deliveredTo(hal).size() == 1 && outbox.length() == 0);
        assertEquals(0, adapter.attemptsTo(hal).size());
        assertEquals("sent", redis.get(DeliveryKey.of(prompt)));
    }

    @Test
    void eachPromptIsMarkedSentAsSoonAsThePlatformAcceptedIt() {
        UserRef eve = user("eve");
        UserRef fin = user("fin");
        Delivery first = new Delivery(eve, Delivery.Kind.PROMPT, DAY);
        Delivery second = new Delivery(fin, Delivery.Kind.PROMPT, DAY);
        List<String> firstKeyAtSecondSend = new CopyOnWriteArrayList<>();
        adapter.beforeEachSend(to -> { // the batch's sends run together: fin's waits while eve's is accepted
            if (to.value().equals(fin.key())) {
                long end = System.nanoTime() + Duration.ofSeconds(2).toNanos();
                while (!DeliveryKey.SENT.equals(redis.get(DeliveryKey.of(first))) && System.nanoTime() < end) {
                    Eventually.pause(Duration.ofMillis(10));
                }
                firstKeyAtSecondSend.add(redis.get(DeliveryKey.of(first)));
            }
        });

        try (AbstractTransaction tx = SlotTransaction.begin(redis, Keys.OUTBOX)) { // one batch: a single sender reads both
            tx.xadd(Keys.OUTBOX, XAddParams.xAddParams(), OutboxEntry.fields(first));
            tx.xadd(Keys.OUTBOX, XAddParams.xAddParams(), OutboxEntry.fields(second));
            tx.exec();
        }

        Eventually.within(WAIT, "both are sent", () -> adapter.acceptedFor(fin).size() == 1 && outbox.length() == 0);
        adapter.beforeEachSend(to -> { });
        assertEquals(List.of("sent"), firstKeyAtSecondSend);
    }

    /**
     * A failover loses the last writes before it: the sent mark, acknowledgement and deletion of an
     * entry just sent, so the promoted master offers the very same entry again with no trace of the
     * send. The run that sent it remembers the entry, marks it sent again and sends nothing; a new
     * entry for the same delivery, queued after its mark was deleted, is sent as usual.
     */
    @Test
    void anEntryOfferedAgainAfterAFailoverLostItsSentMarkIsNotSentAgainByTheRunThatSentIt() {
        UserRef ivy = user("ivy");
        Delivery prompt = new Delivery(ivy, Delivery.Kind.PROMPT, DAY);
        StreamEntry entry = new StreamEntry(new StreamEntryID(System.currentTimeMillis() - 1_000, 0), OutboxEntry.fields(prompt));
        batches.send(List.of(entry));
        assertEquals(1, adapter.acceptedFor(ivy).size());

        redis.del(DeliveryKey.of(prompt)); // lost in the failover
        batches.send(List.of(entry));
        assertEquals(1, adapter.attemptsTo(ivy).size(), "the same entry offered again is not sent again");
        assertEquals(DeliveryKey.SENT, redis.get(DeliveryKey.of(prompt)), "and is marked sent again");

        redis.del(DeliveryKey.of(prompt)); // deleted on purpose, and the delivery queued anew
        batches.send(List.of(new StreamEntry(new StreamEntryID(System.currentTimeMillis(), 0), OutboxEntry.fields(prompt))));
        assertEquals(2, adapter.attemptsTo(ivy).size(), "a new entry for the delivery is sent");
    }

    /** The entry was read by a sender that is gone (of another run, or of this one), which left {@code keyValue} on its delivery key. */
    private void readByADeadSender(Delivery delivery, String keyValue) {
        redis.set(DeliveryKey.of(delivery), keyValue, SetParams.setParams().px(DeliveryKey.CLAIM_TTL.toMillis()));
        try (AbstractTransaction tx = SlotTransaction.begin(redis, Keys.OUTBOX)) {
            tx.xadd(Keys.OUTBOX, XAddParams.xAddParams(), OutboxEntry.fields(delivery));
            tx.xreadGroup(Outbox.GROUP, "dead-" + keyValue.replace(':', '-'), XReadGroupParams.xReadGroupParams().count(1),
                    Map.of(Keys.OUTBOX, StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY));
            tx.exec();
        }
    }

    private static UserRef user(String id) {
        return new UserRef(TENANT, id);
    }
}
