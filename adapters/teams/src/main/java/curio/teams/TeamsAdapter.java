package curio.teams;

import com.microsoft.bot.schema.ConversationReference;
import curio.chat.ChatAdapter;
import curio.chat.ConversationRef;
import curio.chat.DeliveryException;
import curio.chat.HomeView;
import curio.chat.Message;
import curio.chat.Platform;
import curio.chat.Profile;
import curio.chat.SentMessage;
import curio.chat.UserRef;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Microsoft Teams as the engine sees it. Proactive sends use the conversation reference the
 * engine saved from an event. Teams has no App Home: {@link #publishHome} posts the home as a
 * card in the learner's personal chat when Curio knows it, and does nothing otherwise.
 */
@Singleton
@Requires(condition = TeamsEnabled.class)
public class TeamsAdapter implements ChatAdapter {

    private final TeamsReferences references;
    private final TeamsSender sender;
    private final TeamsRenderer renderer;
    private final TeamsDirectory directory;

    TeamsAdapter(TeamsReferences references, TeamsSender sender, TeamsRenderer renderer, TeamsDirectory directory) {
        this.references = references;
        this.sender = sender;
        this.renderer = renderer;
        this.directory = directory;
    }

    @Override
    public Platform platform() {
        return Platform.TEAMS;
    }

    @Override
    public SentMessage send(ConversationRef to, Message message) throws DeliveryException {
        return new SentMessage(to, sender.send(reference(to), renderer.render(message)).getId());
    }

    @Override
    public void update(SentMessage target, Message message) throws DeliveryException {
        sender.update(reference(target.conversation()), target.id(), renderer.render(message));
    }

    @Override
    public void publishHome(UserRef user, HomeView view) throws DeliveryException {
        Optional<ConversationRef> personal = directory.personalConversation(user);
        if (personal.isPresent() && !view.blocks().isEmpty()) {
            send(personal.get(), new Message("Your Curio home", view.blocks()));
        }
    }

    @Override
    public Profile profile(UserRef user) {
        return directory.profile(user);
    }

    @Override
    public Optional<ConversationRef> directConversation(UserRef user) {
        return directory.personalConversation(user);
    }

    private ConversationReference reference(ConversationRef ref) throws DeliveryException {
        try {
            return references.read(ref);
        } catch (IllegalArgumentException e) {
            throw DeliveryException.gone("unreadable Teams conversation reference: " + e.getMessage());
        }
    }
}
