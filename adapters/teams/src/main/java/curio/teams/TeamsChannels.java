package curio.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;

import redis.clients.jedis.UnifiedJedis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The team channels Curio has seen activities from, kept in Redis (one hash per tenant): for each
 * channel id ({@code 19:...@thread.tacv2}) the service URL and bot account to post there with, and
 * the id of its team (whose roster lists the channel's members), and the names of both, to show the
 * channel by name ({@link TeamsNames}). A team's id is also the id of its General channel. Kept across restarts; forgotten when Curio is removed from the team.
 */
final class TeamsChannels {

    private static final String THREAD = ";messageid=";
    private static final String GENERAL = "General";

    /** Where and as whom to post in a channel, its team, and their names (null until Teams sent them). */
    record Seen(String serviceUrl, String botId, String botName, String teamId, String teamName, String name) {
    }

    private final ObjectMapper mapper;
    private final UnifiedJedis redis;

    TeamsChannels(ObjectMapper mapper, UnifiedJedis redis) {
        this.mapper = mapper;
        this.redis = redis;
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

    /**
     * Remembers the channels an activity from a team names: its own, the one in channelData, the team's
     * (its General channel), with the names channelData gives (Teams leaves out the General channel's).
     */
    void saw(Activity activity, String tenantId) {
        ConversationAccount conversation = activity.getConversation();
        JsonNode data = activity.getChannelData() == null ? null : mapper.valueToTree(activity.getChannelData());
        String teamId = data == null ? null : data.path("team").path("id").asText(null);
        if (teamId == null || activity.getServiceUrl() == null || activity.getRecipient() == null) {
            return;
        }
        Map<String, String> named = new HashMap<>();
        named.put(teamId, null);
        String channel = data.path("channel").path("id").asText(null);
        if (channel != null && !channel.isBlank()) {
            named.put(channelId(channel), text(data.path("channel").path("name")));
        }
        if ("channel".equals(conversation.getConversationType())) {
            named.putIfAbsent(channelId(conversation.getId()), null);
        }
        String key = TeamsKeys.channels(tenantId);
        String[] ids = named.keySet().toArray(String[]::new);
        List<String> before = redis.hmget(key, ids);
        String teamName = text(data.path("team").path("name"));
        ChannelAccount bot = activity.getRecipient();
        Map<String, String> channels = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            Seen known = before.get(i) == null ? null : read(before.get(i)).orElse(null);
            String name = named.get(ids[i]) != null ? named.get(ids[i])
                    : known != null && known.name() != null ? known.name() : ids[i].equals(teamId) ? GENERAL : null;
            channels.put(ids[i], json(new Seen(activity.getServiceUrl(), bot.getId(), bot.getName(), teamId,
                    teamName != null ? teamName : known == null ? null : known.teamName(), name)));
        }
        redis.hset(key, channels);
    }

    /** Takes the channel names Teams listed ({@link TeamsSender#channelNames}) for the channels Curio has seen. */
    void rename(String tenantId, Map<String, String> names) {
        String key = TeamsKeys.channels(tenantId);
        Map<String, String> renamed = new HashMap<>();
        names.forEach((id, name) -> seen(tenantId, id).ifPresent(seen -> renamed.put(channelId(id), json(
                new Seen(seen.serviceUrl(), seen.botId(), seen.botName(), seen.teamId(), seen.teamName(), name)))));
        if (!renamed.isEmpty()) {
            redis.hset(key, renamed);
        }
    }

    /** How people know a channel Curio has seen: "Learning Guild › General", or the channel's name alone. */
    Optional<String> name(String tenantId, String channelId) {
        Seen seen = seen(tenantId, channelId).orElse(null);
        if (seen == null || seen.name() == null) {
            return Optional.empty();
        }
        String team = seen.teamName() != null ? seen.teamName()
                : seen(tenantId, seen.teamId()).map(Seen::teamName).orElse(null);
        return Optional.of(team == null ? seen.name() : team + " › " + seen.name());
    }

    /** A reference to post in {@code channelId} of that tenant, when Curio has seen the channel. */
    Optional<ConversationReference> reference(String tenantId, String channelId) {
        Seen seen = seen(tenantId, channelId).orElse(null);
        if (seen == null) {
            return Optional.empty();
        }
        ConversationAccount conversation = new ConversationAccount(channelId(channelId));
        conversation.setIsGroup(true);
        conversation.setConversationType("channel");
        conversation.setTenantId(tenantId);
        ConversationReference reference = new ConversationReference();
        reference.setConversation(conversation);
        reference.setServiceUrl(seen.serviceUrl());
        reference.setBot(new ChannelAccount(seen.botId(), seen.botName()));
        reference.setChannelId("msteams");
        return Optional.of(reference);
    }

    /** The team a channel belongs to; the roster of members is kept per team. */
    Optional<String> teamOf(String tenantId, String channelId) {
        return seen(tenantId, channelId).map(Seen::teamId);
    }

    /** Forgets the channels of the activity's team (Curio was removed from it). */
    void forgetTeamOf(Activity activity, String tenantId) {
        JsonNode data = activity.getChannelData() == null ? null : mapper.valueToTree(activity.getChannelData());
        String teamId = data == null ? null : data.path("team").path("id").asText(null);
        if (teamId == null) {
            return;
        }
        String key = TeamsKeys.channels(tenantId);
        String[] ofTeam = redis.hgetAll(key).entrySet().stream()
                .filter(e -> read(e.getValue()).map(seen -> teamId.equals(seen.teamId())).orElse(true))
                .map(Map.Entry::getKey).toArray(String[]::new);
        if (ofTeam.length > 0) {
            redis.hdel(key, ofTeam);
        }
    }

    private Optional<Seen> seen(String tenantId, String channelId) {
        String value = tenantId == null ? null : redis.hget(TeamsKeys.channels(tenantId), channelId(channelId));
        return value == null ? Optional.empty() : read(value);
    }

    private static String text(JsonNode value) {
        String text = value.asText("");
        return text.isBlank() ? null : text;
    }

    private Optional<Seen> read(String value) {
        try {
            return Optional.of(mapper.readValue(value, Seen.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private String json(Seen seen) {
        try {
            return mapper.writeValueAsString(seen);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a channel", e);
        }
    }
}
