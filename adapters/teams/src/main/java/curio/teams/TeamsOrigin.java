package curio.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import okhttp3.HttpUrl;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which authenticated activities Curio takes, and whose tenant they are. A Bot Framework token
 * vouches for the Bot Connector, not for Teams: Direct Line and Web Chat clients get tokens for the
 * same bot and write {@code from} and {@code channelData} themselves. So Curio takes {@code msteams}
 * activities only, from the configured tenant only ({@code MicrosoftAppTenantId}; any tenant in
 * development mode without one). In development mode it also takes the Bot Framework Emulator's,
 * in a tenant of their own, and only with a {@code serviceUrl} on this machine, since nothing
 * vouches for the URL Curio will post its answers to.
 * <p>
 * An activity taken carries its tenant in {@code conversation.tenantId}, where the adapter reads it.
 */
final class TeamsOrigin {

    static final String TEAMS = "msteams";
    static final String EMULATOR = "emulator";
    /** The tenant of the Emulator's activities: never one a Teams user is in. */
    static final String EMULATOR_TENANT = "emulator";

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1");

    private final ObjectMapper mapper;
    private final String tenantId;
    private final boolean development;

    TeamsOrigin(ObjectMapper mapper, TeamsConfig config) {
        this.mapper = mapper;
        this.tenantId = config.appTenantId();
        this.development = !config.authenticated();
    }

    /**
     * Why Curio refuses the activity's {@code serviceUrl} (development mode: not on this machine), checked
     * before the SDK sees the activity, since the SDK builds a connector client for it.
     */
    Optional<String> refusedServiceUrl(Activity activity) {
        return development && !onThisMachine(activity.getServiceUrl())
                ? Optional.of("in development mode the serviceUrl must be http(s)://127.0.0.1, localhost or [::1]")
                : Optional.empty();
    }

    /**
     * Why Curio refuses an authenticated activity's channel or tenant (without echoing what the
     * activity holds), or empty when it takes it.
     */
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
        carry(activity, tenant == null ? null : tenant.toLowerCase(Locale.ROOT)); // one spelling: tenant ids are GUIDs
        return Optional.empty();
    }

    /** A service URL Curio may post to in development mode: http(s) to a loopback name, read as OkHttp reads it. */
    static boolean onThisMachine(String serviceUrl) {
        HttpUrl url = serviceUrl == null ? null : HttpUrl.parse(serviceUrl);
        return url != null && url.username().isEmpty() && url.password().isEmpty()
                && LOOPBACK.contains(url.host());
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
