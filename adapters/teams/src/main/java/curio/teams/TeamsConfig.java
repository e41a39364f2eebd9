package curio.teams;

import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.value.PropertyResolver;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The Teams adapter's settings. Each is read from its Bot Framework environment variable
 * (e.g. {@code MicrosoftAppId}) or from the property {@code teams.*} (e.g. {@code teams.app-id}).
 *
 * @param openIdMetadataUrl where the Bot Framework signing keys are published; empty for the
 *                          public cloud default (tests point it at a local server)
 */
public record TeamsConfig(String appId, String appPassword, String appTenantId, boolean devMode,
                          ZoneId defaultTimeZone, String openIdMetadataUrl) {

    /** True when requests are authenticated; false only in the explicit development mode. */
    public boolean authenticated() {
        return !appId.isBlank();
    }

    /** Whether the adapter should load at all: an app id is set or the development mode is on. */
    static boolean enabled(PropertyResolver env) {
        return !read(env, "MicrosoftAppId", "teams.app-id").isBlank()
                || Boolean.parseBoolean(read(env, "TEAMS_DEV_MODE", "teams.dev-mode"));
    }

    /** Reads and checks the settings; a bad combination fails with a message naming the variable. */
    static TeamsConfig from(PropertyResolver env) {
        String appId = read(env, "MicrosoftAppId", "teams.app-id");
        String password = read(env, "MicrosoftAppPassword", "teams.app-password");
        String tenant = read(env, "MicrosoftAppTenantId", "teams.app-tenant-id");
        boolean dev = Boolean.parseBoolean(read(env, "TEAMS_DEV_MODE", "teams.dev-mode"));
        String zone = read(env, "TEAMS_DEFAULT_TIMEZONE", "teams.default-timezone");
        String openId = read(env, "BotOpenIdMetadata", "teams.openid-metadata-url");
        if (appId.isBlank() && !dev) {
            throw new ConfigurationException("MicrosoftAppId is empty: set it, or set TEAMS_DEV_MODE=true "
                    + "to run the Teams adapter without authentication (development only)");
        }
        if (!appId.isBlank() && password.isBlank()) {
            throw new ConfigurationException("MicrosoftAppPassword must be set when MicrosoftAppId is set");
        }
        if (!appId.isBlank() && tenant.isBlank()) {
            throw new ConfigurationException("MicrosoftAppTenantId must be set when MicrosoftAppId is set "
                    + "(Curio's bot registration is single-tenant)");
        }
        return new TeamsConfig(appId, password, tenant, dev, zone(zone), openId);
    }

    private static ZoneId zone(String value) {
        if (value.isBlank()) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new ConfigurationException("TEAMS_DEFAULT_TIMEZONE is not a time zone: " + value);
        }
    }

    private static String read(PropertyResolver env, String variable, String property) {
        String fromProperty = env.get(property, String.class)
                .or(() -> env.get(variable, String.class))
                .or(() -> env.get(variable.toLowerCase(), String.class))
                .orElse(null);
        if (fromProperty != null) {
            return fromProperty.trim();
        }
        String fromEnv = System.getenv(variable);
        return fromEnv == null ? "" : fromEnv.trim();
    }

    @Override
    public String toString() {
        return "TeamsConfig[appId=" + appId + ", appPassword=" + (appPassword.isBlank() ? "" : "***")
                + ", appTenantId=" + appTenantId + ", devMode=" + devMode + ", defaultTimeZone="
                + defaultTimeZone + "]";
    }
}
