package curio.teams;

import curio.chat.ConversationRef;
import curio.chat.Profile;
import curio.chat.UserRef;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the adapter learned about people from their activities, kept in memory: display name,
 * {@code localTimezone}, locale, their personal conversation, who installed Curio in a team, and
 * the AAD object id behind each channel account id.
 */
final class TeamsDirectory {

    private record Seen(String name, ZoneId zone, Locale locale) {
    }

    private final ZoneId defaultZone;
    private final Map<UserRef, Seen> people = new ConcurrentHashMap<>();
    private final Map<UserRef, ConversationRef> personal = new ConcurrentHashMap<>();
    private final Set<UserRef> installers = ConcurrentHashMap.newKeySet();
    private final Map<String, String> aadByAccountId = new ConcurrentHashMap<>();

    TeamsDirectory(ZoneId defaultZone) {
        this.defaultZone = defaultZone;
    }

    void saw(UserRef user, String name, String timeZone, String locale) {
        people.compute(user, (u, before) -> new Seen(
                name != null && !name.isBlank() ? name : before != null ? before.name() : null,
                zone(timeZone).orElse(before != null ? before.zone() : null),
                locale != null && !locale.isBlank() ? Locale.forLanguageTag(locale)
                        : before != null ? before.locale() : null));
    }

    /** Teams names people in mentions by their channel account id ({@code 29:...}); Curio by AAD id. */
    void account(String accountId, String aadObjectId) {
        if (accountId != null && aadObjectId != null && !aadObjectId.isBlank()) {
            aadByAccountId.put(accountId, aadObjectId);
        }
    }

    Optional<String> aadObjectId(String accountId) {
        return Optional.ofNullable(aadByAccountId.get(accountId));
    }

    void personalConversation(UserRef user, ConversationRef conversation) {
        personal.put(user, conversation);
    }

    Optional<ConversationRef> personalConversation(UserRef user) {
        return Optional.ofNullable(personal.get(user));
    }

    void installedBy(UserRef user) {
        installers.add(user);
    }

    void forget(UserRef user) {
        people.remove(user);
        personal.remove(user);
        installers.remove(user);
    }

    Profile profile(UserRef user) {
        Seen seen = people.get(user);
        return new Profile(
                seen != null && seen.name() != null ? seen.name() : Profile.unknown().displayName(),
                seen != null && seen.zone() != null ? seen.zone() : defaultZone,
                seen != null && seen.locale() != null ? seen.locale() : Locale.ENGLISH,
                installers.contains(user));
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
