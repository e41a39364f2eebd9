package curio.chat;

import java.util.Objects;

/**
 * One workspace: a Slack team (or enterprise), a Teams tenant, or the web playground.
 * {@link #key()} is the stable form used in storage keys, e.g. {@code slack:T123}.
 */
public record TenantId(Platform platform, String id) {

    public TenantId {
        Objects.requireNonNull(platform, "platform");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("tenant id must not be blank");
        }
    }

    public String key() {
        return platform.name().toLowerCase() + ":" + id;
    }

    public static TenantId parse(String key) {
        int colon = key.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("not a tenant key: " + key);
        }
        return new TenantId(Platform.valueOf(key.substring(0, colon).toUpperCase()), key.substring(colon + 1));
    }

    @Override
    public String toString() {
        return key();
    }
}
