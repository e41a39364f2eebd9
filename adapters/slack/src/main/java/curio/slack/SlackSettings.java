package curio.slack;

import io.micronaut.context.exceptions.ConfigurationException;
import java.net.URI;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Slack settings, read from environment variables (Micronaut maps {@code SLACK_BOT_TOKEN} to
 * {@code slack.bot.token}). {@link #from} fails with a message naming the variable that is wrong.
 */
public record SlackSettings(String botToken, String signingSecret, String appToken, String clientId,
                            String clientSecret, String redirectUri, String apiUrl, byte[] encryptionKey,
                            byte[] oldEncryptionKey) {

    public static final String DEFAULT_API_URL = "https://slack.com/api/";
    /** Every setting Slack reads, as property and environment variable; any of them set means "use Slack". */
    static final Map<String, String> VARIABLES = variables("slack.bot.token", "SLACK_BOT_TOKEN",
            "slack.client.id", "SLACK_CLIENT_ID", "slack.signing.secret", "SLACK_SIGNING_SECRET",
            "slack.app.token", "SLACK_APP_TOKEN", "slack.client.secret", "SLACK_CLIENT_SECRET",
            "slack.redirect.uri", "SLACK_REDIRECT_URI", "curio.encryption.key", "CURIO_ENCRYPTION_KEY",
            "curio.encryption.key.old", "CURIO_ENCRYPTION_KEY_OLD", "slack.api.url", "SLACK_API_URL");
    /** The settings only OAuth (many workspaces) uses. */
    private static final List<String> OAUTH_ONLY = List.of("slack.client.secret", "slack.redirect.uri",
            "curio.encryption.key", "curio.encryption.key.old");
    private static final String KEY_HINT = "must be 32 random bytes, base64-encoded (openssl rand -base64 32)";

    public boolean oauth() {
        return !clientId.isEmpty();
    }

    public boolean socketMode() {
        return !appToken.isEmpty();
    }

    /** Reads and checks the settings; {@code property} returns null or blank for unset names. */
    public static SlackSettings from(Function<String, String> property) {
        Function<String, String> get = name -> Optional.ofNullable(property.apply(name)).map(String::trim).orElse("");
        String botToken = get.apply("slack.bot.token");
        String signingSecret = get.apply("slack.signing.secret");
        String appToken = get.apply("slack.app.token");
        String clientId = get.apply("slack.client.id");
        String clientSecret = get.apply("slack.client.secret");
        String apiUrl = get.apply("slack.api.url");
        if (botToken.isEmpty() && clientId.isEmpty()) {
            throw new ConfigurationException("Slack: SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID (OAuth, many "
                    + "workspaces) is missing beside " + set(get, VARIABLES.keySet()) + ": set one, or unset those "
                    + "to start without Slack");
        }
        if (clientId.isEmpty() && OAUTH_ONLY.stream().anyMatch(name -> !get.apply(name).isEmpty())) {
            throw new ConfigurationException("Slack: SLACK_CLIENT_ID is missing beside " + set(get, OAUTH_ONLY)
                    + ", which only OAuth (many workspaces) uses: set it, or unset those to run in one workspace "
                    + "with SLACK_BOT_TOKEN");
        }
        if (!botToken.isEmpty() && !botToken.startsWith("xoxb-")) {
            throw bad("SLACK_BOT_TOKEN", "must be a bot token starting with xoxb-");
        }
        if (!appToken.isEmpty() && !appToken.startsWith("xapp-")) {
            throw bad("SLACK_APP_TOKEN", "must be an app-level token starting with xapp- (connections:write)");
        }
        if (appToken.isEmpty() && signingSecret.isEmpty()) {
            throw bad("SLACK_SIGNING_SECRET", "is required to verify requests (or set SLACK_APP_TOKEN for Socket Mode)");
        }
        byte[] key = new byte[0];
        byte[] oldKey = new byte[0];
        if (!clientId.isEmpty()) {
            if (clientSecret.isEmpty()) {
                throw bad("SLACK_CLIENT_SECRET", "is required with SLACK_CLIENT_ID");
            }
            String value = get.apply("curio.encryption.key");
            if (value.isEmpty()) {
                throw bad("CURIO_ENCRYPTION_KEY", "is required with SLACK_CLIENT_ID: tokens are encrypted at rest; it "
                        + KEY_HINT);
            }
            key = encryptionKey("CURIO_ENCRYPTION_KEY", value);
            String old = get.apply("curio.encryption.key.old");
            oldKey = old.isEmpty() ? oldKey : encryptionKey("CURIO_ENCRYPTION_KEY_OLD", old);
        }
        return new SlackSettings(botToken, signingSecret, appToken, clientId, clientSecret,
                get.apply("slack.redirect.uri"), apiUrl(apiUrl), key, oldKey);
    }

    private static Map<String, String> variables(String... propertyAndVariable) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (int i = 0; i < propertyAndVariable.length; i += 2) {
            variables.put(propertyAndVariable[i], propertyAndVariable[i + 1]);
        }
        return variables;
    }

    /** The variables among {@code names} that have a value, like {@code SLACK_APP_TOKEN, SLACK_SIGNING_SECRET}. */
    private static String set(Function<String, String> get, Collection<String> names) {
        return String.join(", ", names.stream().filter(name -> !get.apply(name).isEmpty()).map(VARIABLES::get).toList());
    }

    private static byte[] encryptionKey(String variable, String value) {
        try {
            byte[] key = Base64.getDecoder().decode(value);
            if (key.length == 32) {
                return key;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw bad(variable, KEY_HINT);
    }

    private static String apiUrl(String value) {
        if (value.isEmpty()) {
            return DEFAULT_API_URL;
        }
        try {
            URI uri = URI.create(value);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return value.endsWith("/") ? value : value + "/";
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw bad("SLACK_API_URL", "must be an http(s) URL such as " + DEFAULT_API_URL);
    }

    private static ConfigurationException bad(String variable, String problem) {
        return new ConfigurationException("Slack: " + variable + " " + problem);
    }

    @Override
    public String toString() {
        return "SlackSettings[oauth=" + oauth() + ", socketMode=" + socketMode() + ", apiUrl=" + apiUrl + "]";
    }
}
