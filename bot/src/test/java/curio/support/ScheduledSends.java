package curio.support;

import curio.chat.Block;
import curio.chat.Message;
import curio.delivery.Delivery;
import curio.delivery.Eventually;
import curio.delivery.Outbox;
import curio.schedule.Cohort;
import curio.schedule.CohortFiring;
import curio.schedule.CohortScheduler;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The schedule as a learner meets it: moves the clock to a local time, lets the learner's prompt
 * cohort fire as Quartz would, waits until the outbox senders are done and returns what reached the
 * learner's chat.
 */
@Singleton
@Requires(property = "curio.test.fake-adapter", value = "true")
public class ScheduledSends {

    private final CohortScheduler scheduler;
    private final CohortFiring firing;
    private final Outbox outbox;
    private final FakeChatAdapter adapter;
    private final MutableClock clock;

    ScheduledSends(CohortScheduler scheduler, CohortFiring firing, Outbox outbox, FakeChatAdapter adapter,
                   MutableClock clock) {
        this.scheduler = scheduler;
        this.firing = firing;
        this.outbox = outbox;
        this.adapter = adapter;
        this.clock = clock;
    }

    /** The learner's prompt cohort fires at {@code local} in {@code zone}: the messages it brought them. */
    public List<Message> promptAt(String user, ZoneId zone, LocalDateTime local) {
        clock.set(local.atZone(zone).toInstant());
        int before = sentTo(user).size();
        String cohort = scheduler.cohortsOf(Chat.user(user)).stream()
                .filter(id -> id.endsWith("|" + Delivery.Kind.PROMPT)).findFirst().orElseThrow();
        firing.fireIfDue(Cohort.parse(cohort));
        Eventually.within(Duration.ofSeconds(10), "the outbox is sent",
                () -> outbox.length() == 0 && outbox.retrying() == 0);
        List<Message> all = sentTo(user);
        return all.subList(before, all.size());
    }

    private List<Message> sentTo(String user) {
        return adapter.sent().stream().filter(s -> s.to().equals(Chat.dm(user))).map(FakeChatAdapter.Sent::message).toList();
    }

    /** Whether the message is a prompt that can still be answered on it: its buttons or choices. */
    public static boolean live(Message message) {
        return message.blocks().stream().anyMatch(b -> b instanceof Block.Choice
                || b instanceof Block.Buttons buttons && buttons.buttons().stream().anyMatch(x -> x.actionId().startsWith("prompt.")));
    }

    /** How many of the messages are live prompts. */
    public static long live(List<Message> messages) {
        return messages.stream().filter(ScheduledSends::live).count();
    }
}
