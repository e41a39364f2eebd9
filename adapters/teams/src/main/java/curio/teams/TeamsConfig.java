package curio.teams;

import curio.chat.Markdown;
import curio.chat.TimeZoneNames;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.value.PropertyResolver;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Teams adapter's settings. Each is read from its Bot Framework environment variable
 * (e.g. {@code MicrosoftAppId}) or from the property {@code teams.*} (e.g. {@code teams.app-id}).
 *
 * @param openIdMetadataUrl where the Bot Framework signing keys are published; empty for the
 *                          public cloud default (tests point it at a local server)
 * @param admins            Curio's admins in the tenant ({@code CURIO_ADMINS}, comma-separated): AAD
 *                          object ids and user principal names, in lower case
 */
public record TeamsConfig(String appId, String appPassword, String appTenantId, boolean devMode,
                          ZoneId defaultTimeZone, String openIdMetadataUrl, Set<String> admins) {

    public TeamsConfig {
        admins = Set.copyOf(admins);
    }

    /** Every Teams setting but the development mode, as variable and property. */
    private static final List<String[]> SETTINGS = List.of(new String[] {"MicrosoftAppId", "teams.app-id"},
            new String[] {"MicrosoftAppPassword", "teams.app-password"},
            new String[] {"MicrosoftAppTenantId", "teams.app-tenant-id"},
            new String[] {"TEAMS_DEFAULT_TIMEZONE", "teams.default-timezone"},
            new String[] {"BotOpenIdMetadata", "teams.openid-metadata-url"});

    /** True when requests are authenticated; false only in the explicit development mode. */
    public boolean authenticated() {
        return !appId.isBlank();
    }

    /**
     * Whether the adapter should load at all: any Teams setting is set or the development mode is on.
     * It works with an app id or in development mode; {@link #from} stops a start that has neither.
     */
    static boolean enabled(PropertyResolver env) {
        return SETTINGS.stream().anyMatch(s -> !read(env, s[0], s[1]).isBlank())
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
        Set<String> admins = Arrays.stream(read(env, "CURIO_ADMINS", "curio.admins").split("[,;\\s]+"))
                .filter(a -> !a.isBlank()).map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        if (appId.isBlank() && !dev) {
            String set = String.join(", ", SETTINGS.stream().filter(s -> !read(env, s[0], s[1]).isBlank())
                    .map(s -> s[0]).toList());
            throw new ConfigurationException("MicrosoftAppId is missing beside " + set + ": set it (with "
                    + "MicrosoftAppPassword and MicrosoftAppTenantId), or set TEAMS_DEV_MODE=true to run the Teams "
                    + "adapter without authentication (development only), or unset those to start without Teams");
        }
        if (!appId.isBlank() && password.isBlank()) {
            throw new ConfigurationException("MicrosoftAppPassword must be set when MicrosoftAppId is set");
        }
        if (!appId.isBlank() && tenant.isBlank()) {
            throw new ConfigurationException("MicrosoftAppTenantId must be set when MicrosoftAppId is set "
                    + "(Curio's bot registration is single-tenant)");
        }
        return new TeamsConfig(appId, password, tenant, dev, zone(zone), openId, admins);
    }

    /** Read by the rule of the {@code timezone} command, so {@code CET} is refused here too. */
    private static ZoneId zone(String value) {
        if (value.isBlank()) {
            return ZoneId.of("UTC");
        }
        TimeZoneNames.Reading reading = TimeZoneNames.read(value);
        return reading.zone().orElseThrow(() -> new ConfigurationException("TEAMS_DEFAULT_TIMEZONE is not a time zone "
                + "Curio accepts: " + Markdown.toPlain(reading.problem())));
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
                + defaultTimeZone + ", admins=" + admins.size() + "]";
    }
}
