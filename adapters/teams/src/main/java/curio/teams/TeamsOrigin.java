package curio.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;

import java.util.Optional;

/**
 * Which authenticated activities Curio takes, and whose tenant they are. A Bot Framework token
 * vouches for the Bot Connector, not for Teams: Direct Line and Web Chat clients get tokens for the
 * same bot and write {@code from} and {@code channelData} themselves. So Curio takes {@code msteams}
 * activities only, from the configured tenant only ({@code MicrosoftAppTenantId}; any tenant in
 * development mode without one). In development mode it also takes the Bot Framework Emulator's,
 * in a tenant of their own.
 * <p>
 * An activity taken carries its tenant in {@code conversation.tenantId}, where the adapter reads it.
 */
final class TeamsOrigin {

    static final String TEAMS = "msteams";
    static final String EMULATOR = "emulator";
    /** The tenant of the Emulator's activities: never one a Teams user is in. */
    static final String EMULATOR_TENANT = "emulator";

    private final ObjectMapper mapper;
    private final String tenantId;
    private final boolean development;

    TeamsOrigin(ObjectMapper mapper, TeamsConfig config) {
        this.mapper = mapper;
        this.tenantId = config.appTenantId();
        this.development = !config.authenticated();
    }

    /** Why Curio refuses an authenticated activity (without echoing what it holds), or empty when it takes it. */
    Optional<String> refusal(Activity activity) {
        String channel = activity.getChannelId();
        if (development && EMULATOR.equals(channel)) {
            carry(activity, EMULATOR_TENANT);
            return Optional.empty();
        }
        if (!TEAMS.equals(channel)) {
            return Optional.of("only Microsoft Teams activities (channelId msteams) are taken");
        }
        String named = tenantIn(activity.getChannelData());
        String conversation = activity.getConversation() == null ? null : blankToNull(activity.getConversation().getTenantId());
        if (named != null && conversation != null && !named.equalsIgnoreCase(conversation)) {
            return Optional.of("the activity names two tenants");
        }
        String tenant = named != null ? named : conversation;
        if (!tenantId.isBlank() && (tenant == null || !tenantId.equalsIgnoreCase(tenant))) {
            return Optional.of("this bot serves one tenant, and it is not the activity's");
        }
        carry(activity, tenant);
        return Optional.empty();
    }

    private String tenantIn(Object channelData) {
        JsonNode data = channelData == null ? null : mapper.valueToTree(channelData);
        return data == null ? null : blankToNull(data.path("tenant").path("id").asText(null));
    }

    private static void carry(Activity activity, String tenant) {
        if (activity.getConversation() != null) {
            activity.getConversation().setTenantId(tenant);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
