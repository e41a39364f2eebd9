package curio.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import curio.chat.DeliveryException;
import curio.chat.UserRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * People's user principal names (sign-in names), needed only when {@code CURIO_ADMINS} names an
 * admin by one. Activities carry the AAD object id alone; team rosters carry the name
 * ({@link TeamsAdapter#members}), and for someone Curio knows no name of yet it asks the Bot
 * Connector once, in the conversation they wrote in (again next time when Teams did not answer, or
 * did not know them there: Curio was just removed from it, say).
 */
final class TeamsSignInNames {

    private static final Logger LOG = LoggerFactory.getLogger(TeamsSignInNames.class);

    private final TeamsDirectory directory;
    private final TeamsSender sender;

    TeamsSignInNames(TeamsDirectory directory, TeamsSender sender) {
        this.directory = directory;
        this.sender = sender;
    }

    /** The name Teams gives a member in a roster or a member lookup, when it gives one. */
    static Optional<String> of(ChannelAccount member) {
        JsonNode name = member.getProperties() == null ? null : member.getProperties().get("userPrincipalName");
        return name == null || name.asText("").isBlank() ? Optional.empty() : Optional.of(name.asText());
    }

    /** Looks up the sender of {@code activity} ({@code user}) when an admin may be named by their sign-in name. */
    void learn(Activity activity, UserRef user) {
        if (!directory.adminsNamedBySignInName() || directory.knowsSignInName(user)) {
            return;
        }
        String conversationId = TeamsChannels.channelId(activity.getConversation().getId());
        try {
            sender.member(activity.getConversationReference(), conversationId, activity.getFrom().getId())
                    .ifPresent(member -> directory.signInName(user, of(member).orElse("")));
        } catch (DeliveryException e) {
            LOG.info("Teams: no sign-in name for a member of tenant {} ({}: {})", user.tenant().id(), e.kind(),
                    e.getMessage());
        }
    }
}
