package curio.teams;

import com.microsoft.bot.schema.ConversationReference;
import curio.chat.ConversationRef;
import curio.chat.DeliveryException;
import curio.chat.Form;
import curio.chat.Message;
import curio.chat.Responder;
import curio.chat.SentMessage;

/**
 * Answers in the conversation an activity came from. {@link #update} replaces the card that was
 * clicked ({@code replyToId}), so a quiz cannot be answered twice.
 */
final class TeamsResponder implements Responder {

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
            return new SentMessage(conversation, sender.send(reference, renderer.render(message)).getId());
        } catch (DeliveryException e) {
            throw new IllegalStateException("Teams did not accept the reply: " + e.getMessage(), e);
        }
    }

    @Override
    public void update(Message message) {
        if (replyToId == null) {
            reply(message);
            return;
        }
        try {
            sender.update(reference, replyToId, renderer.render(message));
        } catch (DeliveryException e) {
            throw new IllegalStateException("Teams did not accept the update: " + e.getMessage(), e);
        }
    }

    @Override
    public void openForm(Form form) {
        try {
            sender.send(reference, new TeamsFormCard().render(form));
        } catch (DeliveryException e) {
            throw new IllegalStateException("Teams did not accept the form: " + e.getMessage(), e);
        }
    }
}
