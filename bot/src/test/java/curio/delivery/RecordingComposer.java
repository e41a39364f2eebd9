package curio.delivery;

import curio.chat.ConversationRef;
import curio.chat.Message;
import curio.chat.SentMessage;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the engine's composer: every delivery becomes "KIND day" sent to a conversation
 * named after the learner; remembers what was delivered and who was unreachable.
 */
@Singleton
@Replaces(DeliveryComposer.class)
@Requires(env = "delivery-test")
public class RecordingComposer implements DeliveryComposer {

    public final List<Delivery> delivered = new CopyOnWriteArrayList<>();
    public final List<Delivery> unreachable = new CopyOnWriteArrayList<>();

    @Override
    public Optional<Outgoing> compose(Delivery delivery) {
        ConversationRef to = new ConversationRef(delivery.user().tenant().platform(), delivery.user().key());
        return Optional.of(new Outgoing(to, Message.text(delivery.kind() + " " + delivery.day())));
    }

    @Override
    public void delivered(Delivery delivery, SentMessage sent) {
        delivered.add(delivery);
    }

    @Override
    public void unreachable(Delivery delivery, String reason) {
        unreachable.add(delivery);
    }

    public List<Delivery> deliveredTo(curio.chat.UserRef user) {
        return delivered.stream().filter(d -> d.user().equals(user)).toList();
    }
}
