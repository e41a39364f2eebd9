package curio.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The team channels Curio has seen activities from, kept in memory: for each channel id
 * ({@code 19:...@thread.tacv2}) the service URL, tenant and bot account to post there with, and
 * the id of its team (whose roster lists the channel's members). A team's id is also the id of
 * its General channel. Forgotten on restart; the next activity from the team fills it again.
 */
final class TeamsChannels {

    private static final String THREAD = ";messageid=";

    private record Seen(String tenantId, String serviceUrl, ChannelAccount bot, String teamId) {
    }

    private final ObjectMapper mapper;
    private final Map<String, Seen> channels = new ConcurrentHashMap<>();

    TeamsChannels(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The channel a conversation id belongs to: the id without a thread's {@code ;messageid=} part. */
    static String channelId(String conversationId) {
        int thread = conversationId.indexOf(THREAD);
        return thread < 0 ? conversationId : conversationId.substring(0, thread);
    }

    /** The root message of a thread conversation id, when it is one. */
    static Optional<String> rootId(String conversationId) {
        int thread = conversationId.indexOf(THREAD);
        return thread < 0 ? Optional.empty() : Optional.of(conversationId.substring(thread + THREAD.length()));
    }

    /** The conversation id of the thread under the channel message {@code rootId}. */
    static String threadId(String channelId, String rootId) {
        return channelId(channelId) + THREAD + rootId;
    }

    /** Remembers the channels an activity from a team names: its own, the one in channelData, the team's. */
    void saw(Activity activity, String tenantId) {
        ConversationAccount conversation = activity.getConversation();
        JsonNode data = activity.getChannelData() == null ? null : mapper.valueToTree(activity.getChannelData());
        String teamId = data == null ? null : data.path("team").path("id").asText(null);
        if (teamId == null || activity.getServiceUrl() == null || activity.getRecipient() == null) {
            return;
        }
        Seen seen = new Seen(tenantId, activity.getServiceUrl(), activity.getRecipient(), teamId);
        channels.put(teamId, seen);
        String channel = data.path("channel").path("id").asText(null);
        if (channel != null && !channel.isBlank()) {
            channels.put(channelId(channel), seen);
        }
        if ("channel".equals(conversation.getConversationType())) {
            channels.put(channelId(conversation.getId()), seen);
        }
    }

    /** A reference to post in {@code channelId} of that tenant, when Curio has seen the channel. */
    Optional<ConversationReference> reference(String tenantId, String channelId) {
        Seen seen = channels.get(channelId(channelId));
        if (seen == null || !seen.tenantId().equals(tenantId)) {
            return Optional.empty();
        }
        ConversationAccount conversation = new ConversationAccount(channelId(channelId));
        conversation.setIsGroup(true);
        conversation.setConversationType("channel");
        conversation.setTenantId(tenantId);
        ConversationReference reference = new ConversationReference();
        reference.setConversation(conversation);
        reference.setServiceUrl(seen.serviceUrl());
        reference.setBot(seen.bot());
        reference.setChannelId("msteams");
        return Optional.of(reference);
    }

    /** The team a channel belongs to; the roster of members is kept per team. */
    Optional<String> teamOf(String channelId) {
        return Optional.ofNullable(channels.get(channelId(channelId))).map(Seen::teamId);
    }

    /** Forgets the channels of the activity's team (Curio was removed from it). */
    void forgetTeamOf(Activity activity) {
        JsonNode data = activity.getChannelData() == null ? null : mapper.valueToTree(activity.getChannelData());
        String teamId = data == null ? null : data.path("team").path("id").asText(null);
        if (teamId != null) {
            channels.values().removeIf(seen -> seen.teamId().equals(teamId));
        }
    }
}
