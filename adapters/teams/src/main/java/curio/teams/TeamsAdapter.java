package curio.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationReference;
import curio.chat.ChatAdapter;
import curio.chat.ConversationRef;
import curio.chat.DeliveryException;
import curio.chat.HomeView;
import curio.chat.Message;
import curio.chat.Platform;
import curio.chat.Profile;
import curio.chat.SentMessage;
import curio.chat.TenantId;
import curio.chat.UserRef;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

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

    private final TeamsChannels channels;
    private final TeamsOnce once;

    TeamsAdapter(TeamsReferences references, TeamsSender sender, TeamsRenderer renderer, TeamsDirectory directory,
                 TeamsChannels channels, TeamsOnce once) {
        this.once = once;
        this.references = references;
        this.sender = sender;
        this.renderer = renderer;
        this.directory = directory;
        this.channels = channels;
    }

    @Override
    public Platform platform() {
        return Platform.TEAMS;
    }

    @Override
    public SentMessage send(ConversationRef to, Message message) throws DeliveryException {
        ConversationReference reference = reference(to);
        return new SentMessage(to, TeamsFiles.send(sender, renderer, reference, message).getId());
    }

    @Override
    public void update(SentMessage target, Message message) throws DeliveryException {
        ConversationReference reference = reference(target.conversation());
        sender.update(reference, target.id(), renderer.render(message, reference));
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

    /** Deletes the person's profile, personal conversation, account ids and card marks. */
    @Override
    public void forget(UserRef user) {
        if (user.tenant().platform() == Platform.TEAMS) {
            directory.forget(user);
            once.forget(user);
        }
    }

    /** A channel of a team Curio is in, known from the team's activities (kept in Redis). */
    @Override
    public Optional<ConversationRef> channel(TenantId tenant, String channelId) {
        if (tenant.platform() != Platform.TEAMS) {
            return Optional.empty();
        }
        return channels.reference(tenant.id(), channelId).map(references::of);
    }

    /** The channel's conversation id ({@code 19:...@thread.tacv2}), without a thread's {@code ;messageid=}. */
    @Override
    public String channelId(ConversationRef channel) {
        return TeamsChannels.channelId(references.read(channel).getConversation().getId());
    }

    /**
     * The AAD object ids of the channel's team (the roster of the team the channel belongs to, or of
     * the conversation itself when the team is not known); empty when Curio is not in it (403/404).
     * Their account ids and sign-in names are noted for mentions and {@code CURIO_ADMINS}.
     * A Bot Connector that stays busy or unreachable after retries is an {@link IllegalStateException},
     * not an empty answer, so nobody is told to invite Curio when it is already there.
     */
    @Override
    public Optional<Set<String>> members(ConversationRef channel) {
        ConversationReference reference = references.read(channel);
        String channelId = TeamsChannels.channelId(reference.getConversation().getId());
        try {
            String tenantId = reference.getConversation().getTenantId();
            return sender.members(reference, channels.teamOf(tenantId, channelId).orElse(channelId)).map(accounts -> {
                Set<String> ids = new LinkedHashSet<>();
                for (ChannelAccount account : accounts) {
                    directory.account(tenantId, account.getId(), account.getAadObjectId());
                    String aad = account.getAadObjectId();
                    String id = aad != null && !aad.isBlank() ? aad : account.getId();
                    TeamsSignInNames.of(account).ifPresent(name ->
                            directory.signInName(new UserRef(new TenantId(Platform.TEAMS, tenantId), id), name));
                    ids.add(id);
                }
                return ids;
            });
        } catch (DeliveryException e) {
            throw new IllegalStateException("Teams did not list the members: " + e.getMessage(), e);
        }
    }

    /**
     * Posts to {@code channel;messageid=root}, the conversation of the parent's thread; a parent that
     * is itself a thread reply puts the answer in the same thread.
     */
    @Override
    public SentMessage replyInThread(SentMessage parent, Message message) throws DeliveryException {
        ConversationReference thread = reference(parent.conversation());
        String conversationId = thread.getConversation().getId();
        String rootId = TeamsChannels.rootId(conversationId).orElse(parent.id());
        thread.getConversation().setId(TeamsChannels.threadId(conversationId, rootId));
        Activity reply = renderer.render(message, thread);
        reply.setReplyToId(rootId);
        String id = sender.send(thread, reply).getId();
        return new SentMessage(references.of(thread), id);
    }

    private ConversationReference reference(ConversationRef ref) throws DeliveryException {
        try {
            return references.read(ref);
        } catch (IllegalArgumentException e) {
            throw DeliveryException.gone("unreadable Teams conversation reference: " + e.getMessage());
        }
    }
}
