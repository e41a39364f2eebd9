package curio.teams;

import com.microsoft.bot.schema.ConversationReference;
import curio.chat.ConversationRef;
import curio.chat.DeliveryException;
import curio.chat.Form;
import curio.chat.Message;
import curio.chat.Responder;
import curio.chat.SentMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers in the conversation an activity came from. {@link #update} replaces the card that was
 * clicked or submitted ({@code replyToId}: a quiz, a check-in or answer form), so it cannot be
 * answered twice. Like the Slack responder it never throws into the engine: a reply Teams did not
 * accept is logged, and {@link #reply} then returns a message with an empty id.
 */
final class TeamsResponder implements Responder {

    private static final Logger LOG = LoggerFactory.getLogger(TeamsResponder.class);

    private final ConversationRef conversation;
    private final ConversationReference reference;
    private final String replyToId;
    private final TeamsSender sender;
    private final TeamsRenderer renderer;

    TeamsResponder(ConversationRef conversation, ConversationReference reference, String replyToId,
                   TeamsSender sender, TeamsRenderer renderer) {
        this.conversation = conversation;
        this.reference = reference;
        this.replyToId = replyToId;
        this.sender = sender;
        this.renderer = renderer;
    }

    @Override
    public SentMessage reply(Message message) {
        try {
            return new SentMessage(conversation, TeamsFiles.send(sender, renderer, reference, message).getId());
        } catch (DeliveryException e) {
            failed("reply", e);
            return new SentMessage(conversation, "");
        }
    }

    @Override
    public void update(Message message) {
        if (replyToId == null || replyToId.isBlank()) {
            reply(message);
            return;
        }
        try {
            sender.update(reference, replyToId, renderer.render(message, reference));
        } catch (DeliveryException e) {
            failed("card update", e);
        }
    }

    @Override
    public void openForm(Form form) {
        try {
            sender.send(reference, new TeamsFormCard().render(form));
        } catch (DeliveryException e) {
            failed("form", e);
        }
    }

    private void failed(String what, DeliveryException e) {
        LOG.warn("Teams: a {} in tenant {} was not delivered ({}: {})", what,
                reference.getConversation().getTenantId(), e.kind(), e.getMessage());
    }
}
