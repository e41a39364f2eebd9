package curio.delivery;

import curio.chat.ConversationRef;
import curio.chat.Message;
import curio.chat.SentMessage;
import java.util.Optional;

/**
 * The engine's side of delivery: what to send for a due {@link Delivery}, and what to remember
 * once it was sent. Implemented by the learning engine; used by the outbox senders.
 */
public interface DeliveryComposer {

    /** The message and where it goes; empty when nothing is owed any more (paused, stopped, learned). */
    Optional<Outgoing> compose(Delivery delivery);

    /** The platform accepted the message. */
    void delivered(Delivery delivery, SentMessage sent);

    /** The platform says the learner cannot be reached (uninstalled, deactivated): stop sending. */
    void unreachable(Delivery delivery, String reason);

    record Outgoing(ConversationRef to, Message message) {
    }
}
