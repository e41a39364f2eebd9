package curio.bench;

import curio.chat.ConversationRef;
import curio.chat.Message;
import curio.chat.SentMessage;
import curio.delivery.Delivery;
import curio.delivery.DeliveryComposer;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Optional;

/** One fixed message for every delivery, to the learner's own conversation. */
@Singleton
@Replaces(DeliveryComposer.class)
@Requires(env = "bench")
public class TrivialComposer implements DeliveryComposer {

    private static final Message PROMPT = Message.text("Today's prompt: what did you notice?");

    @Override
    public Optional<Outgoing> compose(Delivery delivery) {
        return Optional.of(new Outgoing(new ConversationRef(delivery.user().tenant().platform(), delivery.user().userId()),
                PROMPT));
    }

    @Override
    public void delivered(Delivery delivery, SentMessage sent) {
    }

    @Override
    public void unreachable(Delivery delivery, String reason) {
    }
}
