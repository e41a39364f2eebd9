package curio.chat;

import java.util.Objects;

/** A person on one platform, inside one tenant. The user id is the platform's own. */
public record UserRef(TenantId tenant, String userId) {

    public UserRef {
        Objects.requireNonNull(tenant, "tenant");
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("user id must not be blank");
        }
    }

    /** A compact, reversible form: {@code slack:T123|U456}. */
    public String key() {
        return tenant.key() + "|" + userId;
    }

    public static UserRef parse(String key) {
        int bar = key.indexOf('|');
        if (bar <= 0) {
            throw new IllegalArgumentException("not a user key: " + key);
        }
        return new UserRef(TenantId.parse(key.substring(0, bar)), key.substring(bar + 1));
    }

    @Override
    public String toString() {
        return key();
    }
}
