package curio.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import curio.chat.ConversationRef;
import curio.chat.DeliveryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Opens the personal chat with someone who acted in a team (the "Count me in" button), so the
 * engine can greet them and send their prompts there rather than in the channel.
 */
class TeamsPersonalChats {

    private static final Logger LOG = LoggerFactory.getLogger(TeamsPersonalChats.class);

    private final TeamsSender sender;
    private final TeamsReferences references;

    TeamsPersonalChats(TeamsSender sender, TeamsReferences references) {
        this.sender = sender;
        this.references = references;
    }

    /** The personal chat with the activity's sender; empty (logged) when Teams would not open it. */
    Optional<ConversationRef> open(Activity inTeam, String tenantId) {
        try {
            String id = sender.openPersonal(inTeam.getConversationReference(), inTeam.getRecipient(),
                    inTeam.getFrom(), tenantId);
            ConversationAccount chat = new ConversationAccount(id);
            chat.setConversationType("personal");
            chat.setIsGroup(false);
            chat.setTenantId(tenantId);
            ConversationReference reference = new ConversationReference();
            reference.setConversation(chat);
            reference.setServiceUrl(inTeam.getServiceUrl());
            reference.setChannelId(inTeam.getChannelId());
            reference.setBot(inTeam.getRecipient());
            reference.setUser(inTeam.getFrom());
            return Optional.of(references.of(reference));
        } catch (DeliveryException e) {
            LOG.warn("Teams: could not open a personal chat in tenant {} ({}: {})", tenantId, e.kind(), e.getMessage());
            return Optional.empty();
        }
    }
}
