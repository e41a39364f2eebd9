package curio.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import curio.chat.ConversationRef;
import curio.chat.Platform;

/**
 * A Teams conversation reference as the engine stores it: the SDK's {@link ConversationReference}
 * serialized as JSON into an opaque {@link ConversationRef}. Only this adapter reads it back.
 */
final class TeamsReferences {

    private final ObjectMapper mapper;

    TeamsReferences(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ConversationRef of(Activity activity) {
        return of(activity.getConversationReference());
    }

    /**
     * The channel an activity came from, not the thread inside it: a channel message arrives in the
     * conversation {@code 19:...@thread.tacv2;messageid=...}; this reference posts to the channel.
     */
    ConversationRef channel(Activity activity) {
        ConversationReference reference = activity.getConversationReference();
        ConversationAccount channel = ConversationAccount.clone(reference.getConversation());
        channel.setId(TeamsChannels.channelId(channel.getId()));
        // the SDK's clone drops the tenant, which names in replies and the team's roster are read by
        channel.setTenantId(reference.getConversation().getTenantId());
        reference.setConversation(channel);
        return of(reference);
    }

    ConversationRef of(ConversationReference reference) {
        reference.setActivityId(null);
        try {
            return new ConversationRef(Platform.TEAMS, mapper.writeValueAsString(reference));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a conversation reference", e);
        }
    }

    ConversationReference read(ConversationRef ref) {
        if (ref.platform() != Platform.TEAMS) {
            throw new IllegalArgumentException("not a Teams conversation: " + ref.platform());
        }
        try {
            ConversationReference reference = mapper.readValue(ref.value(), ConversationReference.class);
            if (reference.getConversation() == null || reference.getServiceUrl() == null) {
                throw new IllegalArgumentException("a Teams reference needs a conversation and a service URL");
            }
            return reference;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a Teams conversation reference", e);
        }
    }
}
