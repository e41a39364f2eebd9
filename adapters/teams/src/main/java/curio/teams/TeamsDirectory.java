package curio.teams;

import curio.chat.ConversationRef;
import curio.chat.Platform;
import curio.chat.Profile;
import curio.chat.UserRef;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the adapter learned about people from their activities and rosters, kept in Redis so it
 * survives a restart and is shared by replicas: one hash per person (display name, channel account
 * id to mention them by, {@code localTimezone}, locale, user principal name, their personal
 * conversation reference: stored once, overwritten as it changes), and the AAD object id behind
 * each channel account id.
 * <p>
 * Curio's admins in the tenant are the people {@code CURIO_ADMINS} names, by AAD object id or by
 * user principal name. Installing Curio in a team makes nobody an admin: it makes the installer a
 * lead of that team (the engine's business). Curio once kept installers as admins in a set per
 * tenant; that set is never read, and is deleted for the configured tenant at start.
 */
final class TeamsDirectory {

    private static final String NAME = "name";
    private static final String ACCOUNT = "account";
    private static final String ZONE = "zone";
    private static final String LOCALE = "locale";
    private static final String CHAT = "chat";
    private static final String SIGN_IN_NAME = "upn";

    /** How Curio can mention someone: their display name and {@code 29:} account id, each null when unknown. */
    record Person(String name, String accountId) {
    }

    private final ZoneId defaultZone;
    private final Set<String> admins;
    private final UnifiedJedis redis;

    /** {@code admins}: AAD object ids and user principal names, in lower case. */
    TeamsDirectory(ZoneId defaultZone, Set<String> admins, UnifiedJedis redis) {
        this.defaultZone = defaultZone;
        this.admins = Set.copyOf(admins);
        this.redis = redis;
    }

    /**
     * Records what an activity tells about its sender (or a mention about the person it names);
     * blank or unknown values keep what was known.
     */
    void saw(UserRef user, String accountId, String name, String timeZone, String locale) {
        Map<String, String> fields = new HashMap<>();
        if (name != null && !name.isBlank()) {
            fields.put(NAME, name);
        }
        if (accountId != null && !accountId.isBlank()) {
            fields.put(ACCOUNT, accountId);
        }
        zone(timeZone).ifPresent(zone -> fields.put(ZONE, zone.getId()));
        if (locale != null && !locale.isBlank()) {
            fields.put(LOCALE, Locale.forLanguageTag(locale).toLanguageTag());
        }
        if (!fields.isEmpty()) {
            redis.hset(TeamsKeys.person(user), fields);
        }
    }

    /** Teams names people in mentions by their channel account id ({@code 29:...}); Curio by AAD id. */
    void account(String tenantId, String accountId, String aadObjectId) {
        if (tenantId != null && accountId != null && aadObjectId != null && !aadObjectId.isBlank()) {
            redis.hset(TeamsKeys.accounts(tenantId), accountId, aadObjectId);
        }
    }

    Optional<String> aadObjectId(String tenantId, String accountId) {
        return tenantId == null ? Optional.empty()
                : Optional.ofNullable(redis.hget(TeamsKeys.accounts(tenantId), accountId));
    }

    void personalConversation(UserRef user, ConversationRef conversation) {
        redis.hset(TeamsKeys.person(user), CHAT, conversation.value());
    }

    Optional<ConversationRef> personalConversation(UserRef user) {
        return Optional.ofNullable(redis.hget(TeamsKeys.person(user), CHAT))
                .map(value -> new ConversationRef(Platform.TEAMS, value));
    }

    /** Curio was removed from the person's personal chat: no more sends there. */
    void forgetPersonalConversation(UserRef user) {
        redis.hdel(TeamsKeys.person(user), CHAT);
    }

    /** Whether {@code CURIO_ADMINS} names anyone by user principal name, so Curio needs to learn them. */
    boolean adminsNamedBySignInName() {
        return admins.stream().anyMatch(admin -> admin.contains("@"));
    }

    /** The person's user principal name (sign-in name), from a roster or a member lookup; blank when Teams gave none. */
    void signInName(UserRef user, String userPrincipalName) {
        redis.hset(TeamsKeys.person(user), SIGN_IN_NAME, userPrincipalName == null ? "" : userPrincipalName);
    }

    /** Whether Curio has asked Teams for the person's sign-in name (or read it in a roster). */
    boolean knowsSignInName(UserRef user) {
        return redis.hexists(TeamsKeys.person(user), SIGN_IN_NAME);
    }

    /** Deletes the set of installers an older Curio kept as the tenant's admins. */
    void dropLegacyInstallers(String tenantId) {
        if (tenantId != null && !tenantId.isBlank()) {
            redis.del(TeamsKeys.legacyInstallers(tenantId));
        }
    }

    /** Deletes the person's profile, personal conversation, account ids and any legacy installer mark. */
    void forget(UserRef user) {
        String tenantId = user.tenant().id();
        redis.del(TeamsKeys.person(user));
        redis.srem(TeamsKeys.legacyInstallers(tenantId), user.userId());
        String accounts = TeamsKeys.accounts(tenantId);
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<Map.Entry<String, String>> page = redis.hscan(accounts, cursor, new ScanParams().count(500));
            List<String> theirs = page.getResult().stream()
                    .filter(e -> e.getValue().equals(user.userId()) || e.getKey().equals(user.userId()))
                    .map(Map.Entry::getKey).toList();
            if (!theirs.isEmpty()) {
                redis.hdel(accounts, theirs.toArray(String[]::new));
            }
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
    }

    Person person(UserRef user) {
        List<String> known = redis.hmget(TeamsKeys.person(user), NAME, ACCOUNT);
        return new Person(known.get(0), known.get(1));
    }

    Profile profile(UserRef user) {
        Map<String, String> seen = redis.hgetAll(TeamsKeys.person(user));
        String name = seen.get(NAME);
        return new Profile(
                name != null ? name : Profile.unknown().displayName(),
                zone(seen.get(ZONE)).orElse(defaultZone),
                seen.containsKey(LOCALE) ? Locale.forLanguageTag(seen.get(LOCALE)) : Locale.ENGLISH,
                named(user.userId()) || named(seen.get(SIGN_IN_NAME)));
    }

    private boolean named(String idOrSignInName) {
        return idOrSignInName != null && admins.contains(idOrSignInName.toLowerCase(Locale.ROOT));
    }

    private static Optional<ZoneId> zone(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
