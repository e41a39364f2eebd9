package curio.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.conversations.ConversationsInfoResponse;
import com.slack.api.methods.response.conversations.ConversationsMembersResponse;
import curio.chat.ConversationRef;
import curio.chat.DeliveryException;
import curio.chat.Platform;
import curio.chat.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Team channels: a {@code <#C123>} as a conversation, and its members from {@code conversations.members}
 * (paged, at most {@link #MAX_PAGES} pages of {@link #PAGE_SIZE}). A channel Curio was not invited to
 * has no members as far as Curio is concerned: {@code conversations.info} says {@code is_member}
 * false, or Slack answers {@code not_in_channel} / {@code channel_not_found} (a private channel).
 * Member lists are kept {@link #TTL} in memory; "not invited" is never cached, so a lead who just
 * invited Curio is believed at once.
 */
final class SlackChannels {

    static final Duration TTL = Duration.ofSeconds(60);
    static final int PAGE_SIZE = 200;
    static final int MAX_PAGES = 50;
    private static final Logger LOG = LoggerFactory.getLogger(SlackChannels.class);
    private static final Pattern CHANNEL_ID = Pattern.compile("[CG][A-Z0-9]{2,30}");
    private static final Set<String> NOT_INVITED = Set.of("not_in_channel", "channel_not_found");

    private record Cached(Set<String> members, Instant until) {
    }

    private final Slack slack;
    private final SlackTokens tokens;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    SlackChannels(Slack slack, SlackTokens tokens, Clock clock) {
        this.slack = slack;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A public ({@code C…}) or private ({@code G…}) channel id of this workspace; anything else is empty. */
    static Optional<ConversationRef> channel(TenantId tenant, String channelId) {
        if (tenant == null || tenant.platform() != Platform.SLACK || channelId == null
                || !CHANNEL_ID.matcher(channelId).matches()) {
            return Optional.empty();
        }
        return Optional.of(SlackAddress.conversation(tenant, channelId));
    }

    /**
     * The members' user ids (Curio's own bot user among them), or empty when Curio is not in the
     * channel. Throws {@link IllegalStateException} when Slack could not answer (rate limit, outage,
     * revoked token): that is no reason to tell a lead to invite Curio.
     */
    Optional<Set<String>> members(ConversationRef channel) {
        SlackAddress address = SlackAddress.of(channel);
        String key = address.team() + "/" + address.channel();
        Instant now = clock.instant();
        Cached cached = cache.get(key);
        if (cached != null && now.isBefore(cached.until())) {
            return Optional.of(cached.members());
        }
        TenantId tenant = address.tenant(null);
        try {
            MethodsClient api = slack.methods(tokens.botToken(tenant));
            Optional<Set<String>> members = invited(api, tenant, address.channel()) ? fetch(api, tenant, address.channel())
                    : Optional.empty();
            members.ifPresent(m -> remember(key, m, now));
            return members;
        } catch (DeliveryException e) {
            throw new IllegalStateException("Slack: channel members of " + tenant + " unavailable: " + e.getMessage(), e);
        } catch (Exception e) {
            DeliveryException failure = SlackErrors.of(tenant.id(), e);
            throw new IllegalStateException("Slack: channel members of " + tenant + " unavailable: "
                    + failure.getMessage(), failure);
        }
    }

    /** A member joined or left: the next {@link #members} asks Slack again. */
    void forget(ConversationRef channel) {
        SlackAddress address = SlackAddress.of(channel);
        cache.remove(address.team() + "/" + address.channel());
    }

    private static boolean invited(MethodsClient api, TenantId tenant, String channel) throws Exception {
        ConversationsInfoResponse info = api.conversationsInfo(r -> r.channel(channel));
        if (!info.isOk() && NOT_INVITED.contains(info.getError())) {
            return false;
        }
        return SlackErrors.check(tenant.id(), info).getChannel() != null && info.getChannel().isMember();
    }

    private static Optional<Set<String>> fetch(MethodsClient api, TenantId tenant, String channel) throws Exception {
        Set<String> members = new LinkedHashSet<>();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String from = cursor;
            ConversationsMembersResponse response = api.conversationsMembers(r -> r.channel(channel)
                    .limit(PAGE_SIZE).cursor(from));
            if (!response.isOk() && NOT_INVITED.contains(response.getError())) {
                return Optional.empty();
            }
            if (SlackErrors.check(tenant.id(), response).getMembers() != null) {
                members.addAll(response.getMembers());
            }
            cursor = response.getResponseMetadata() == null ? null : response.getResponseMetadata().getNextCursor();
            if (cursor == null || cursor.isEmpty()) {
                return Optional.of(Set.copyOf(members));
            }
        }
        LOG.warn("Slack: a channel of {} has more than {} members; using the first {}", tenant,
                MAX_PAGES * PAGE_SIZE, members.size());
        return Optional.of(Set.copyOf(members));
    }

    private void remember(String key, Set<String> members, Instant now) {
        if (cache.size() > 10_000) {
            cache.values().removeIf(c -> !now.isBefore(c.until()));
        }
        cache.put(key, new Cached(members, now.plus(TTL)));
    }
}
