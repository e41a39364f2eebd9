package curio.slack;

import curio.chat.TenantId;
import java.util.List;

/**
 * The Redis keys of the Slack adapter. Keys of one workspace start with {@code curio:{slack:T1}:}
 * (the engine's tenant hash tag), so an uninstall or the engine's purge finds them by one SCAN.
 */
final class SlackKeys {

    static final String OAUTH_STATE = "curio:slack:oauth-state:";
    /** A signed request's signature (hashed), remembered for the signature window: {@link SlackReplays}. */
    static final String SIGNATURE = "curio:slack:sig:";
    /** Visits of {@code /slack/install} per client and minute: {@link SlackInstallRate}. */
    static final String INSTALL_RATE = "curio:slack:install-rate:";

    private SlackKeys() {
    }

    private static String prefix(TenantId tenant) {
        return "curio:{" + tenant.key() + "}:slack:";
    }

    static String installation(TenantId tenant) {
        return prefix(tenant) + "installation";
    }

    static String installer(TenantId tenant, String userId) {
        return prefix(tenant) + "installer:" + userId;
    }

    static String refreshLock(TenantId tenant) {
        return prefix(tenant) + "refresh-lock";
    }

    static String event(TenantId tenant, String eventId) {
        return prefix(tenant) + "event:" + eventId;
    }

    static String user(TenantId tenant, String userId) {
        return prefix(tenant) + "user:" + userId;
    }

    /** The channel's next slot for a message ({@link SlackPacer}). */
    static String pace(TenantId tenant, String channel) {
        return prefix(tenant) + "pace:" + channel;
    }

    /** Until when Slack's last {@code Retry-After} holds the workspace back ({@link SlackPacer}). */
    static String retryAfter(TenantId tenant) {
        return prefix(tenant) + "retry-after";
    }

    /** The calls to the workspace in flight, by any replica: token by lease end ({@link SlackPacer}). */
    static String inFlight(TenantId tenant) {
        return prefix(tenant) + "in-flight";
    }

    /** Match every workspace's installation and installer records (SCAN MATCH patterns; braces are literal). */
    static List<String> installationPatterns() {
        return List.of("curio:{slack:*}:slack:installation", "curio:{slack:*}:slack:installer:*");
    }

    /** Matches every key this adapter wrote for the workspace (a SCAN MATCH pattern; braces are literal). */
    static String pattern(TenantId tenant) {
        return prefix(tenant) + "*";
    }
}
