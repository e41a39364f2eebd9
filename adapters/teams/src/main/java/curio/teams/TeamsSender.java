package curio.teams;

import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.restclient.RestClient;
import com.microsoft.bot.restclient.RestException;
import com.microsoft.bot.restclient.ServiceResponseBuilder;
import com.microsoft.bot.restclient.retry.RetryStrategy;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationParameters;
import com.microsoft.bot.schema.ConversationResourceResponse;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.PagedMembersResult;
import com.microsoft.bot.schema.ResourceResponse;
import com.microsoft.bot.schema.teams.ConversationList;
import com.microsoft.bot.schema.teams.TeamsChannelData;
import com.microsoft.bot.schema.teams.TenantInfo;
import curio.chat.DeliveryException;
import curio.chat.Platform;
import curio.chat.RateLimitListener;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Sends and updates activities through the Bot Connector at a conversation's {@code serviceUrl}.
 * Paced to Teams' limits, retried on 429/412/502/504 with backoff, jitter and {@code Retry-After};
 * the SDK's own retry (which ignores 429) is switched off so this is the only policy. Every 429 is
 * told to the engine's {@link RateLimitListener}.
 * <p>
 * One connector client is kept per service URL, the {@link #MAX_CLIENTS} used last (Teams has a few
 * service URLs, one per region). A service URL {@code serviceUrls} refuses is never called: in
 * development mode only this machine's ({@link TeamsOrigin#onThisMachine}).
 */
final class TeamsSender {

    /** A guard against a roster that never ends. */
    private static final int MAX_PAGES = 1_000;
    static final int MAX_CLIENTS = 16;

    private final AppCredentials credentials;
    private final SendPacer pacer;
    private final DeliveryRetry retry;
    private final RemovedConversations gone;
    private final Predicate<String> serviceUrls;
    private final RateLimitListener rateLimits;
    private final Map<String, ConnectorClient> clients = new LinkedHashMap<>(MAX_CLIENTS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ConnectorClient> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    TeamsSender(AppCredentials credentials, SendPacer pacer, DeliveryRetry retry, RemovedConversations gone,
                Predicate<String> serviceUrls, RateLimitListener rateLimits) {
        this.credentials = credentials;
        this.pacer = pacer;
        this.retry = retry;
        this.gone = gone;
        this.serviceUrls = serviceUrls;
        this.rateLimits = rateLimits;
    }

    ResourceResponse send(ConversationReference to, Activity activity) throws DeliveryException {
        activity.setConversation(to.getConversation());
        activity.setFrom(to.getBot());
        activity.setRecipient(to.getUser());
        activity.setChannelId(to.getChannelId());
        activity.setServiceUrl(to.getServiceUrl());
        return call(to, to.getConversation().getId(), true,
                c -> c.getConversations().sendToConversation(to.getConversation().getId(), activity));
    }

    /**
     * Everyone in a team or conversation, read page by page; empty when Curio is not in it (403/404).
     * A read does not mark the conversation as gone: only a refused send does.
     */
    Optional<List<ChannelAccount>> members(ConversationReference in, String conversationId) throws DeliveryException {
        if (gone.contains(in.getConversation().getTenantId(), conversationId)) {
            return Optional.empty();
        }
        List<ChannelAccount> members = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String page = token;
            PagedMembersResult result;
            try {
                result = call(in, conversationId, false, c -> TeamsRoster.page(c, conversationId, page));
            } catch (DeliveryException e) {
                if (e.kind() == DeliveryException.Kind.GONE) {
                    return Optional.empty();
                }
                throw e;
            }
            if (result.getMembers() != null) {
                members.addAll(result.getMembers());
            }
            token = result.getContinuationToken();
        } while (token != null && !token.isBlank() && ++pages < MAX_PAGES);
        return Optional.of(members);
    }

    /**
     * One member of a conversation as Teams describes them (with {@code userPrincipalName} among the
     * properties); empty when Teams does not know them there (403/404).
     */
    Optional<ChannelAccount> member(ConversationReference in, String conversationId, String memberId)
            throws DeliveryException {
        try {
            return Optional.ofNullable(call(in, conversationId, false,
                    c -> c.getConversations().getConversationMember(memberId, conversationId)));
        } catch (DeliveryException e) {
            if (e.kind() == DeliveryException.Kind.GONE) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The names of a team's channels by channel id; the General channel's only when it was renamed. */
    Map<String, String> channelNames(ConversationReference in, String teamId) throws DeliveryException {
        ConversationList list = call(in, teamId, false, c -> TeamsRoster.channels(c, teamId));
        Map<String, String> names = new HashMap<>();
        if (list != null && list.getConversations() != null) {
            list.getConversations().stream().filter(c -> c.getId() != null && c.getName() != null && !c.getName().isBlank())
                    .forEach(c -> names.put(c.getId(), c.getName()));
        }
        return names;
    }

    /**
     * Opens (or finds: Teams answers with the existing one) the one-to-one conversation between Curio
     * and {@code user}, through the Bot Connector of {@code via}; returns its conversation id.
     */
    String openPersonal(ConversationReference via, ChannelAccount bot, ChannelAccount user, String tenantId)
            throws DeliveryException {
        ConversationParameters parameters = new ConversationParameters();
        parameters.setIsGroup(false);
        parameters.setBot(bot);
        parameters.setMembers(new ArrayList<>(List.of(user)));
        parameters.setTenantId(tenantId);
        // SDK types, not maps: the SDK's validator reflects into nested JDK collections and fails
        TeamsChannelData channelData = new TeamsChannelData();
        channelData.setTenant(new TenantInfo(tenantId));
        parameters.setChannelData(channelData);
        ConversationResourceResponse opened = call(via, "personal:" + user.getId(), false,
                c -> c.getConversations().createConversation(parameters));
        if (opened == null || opened.getId() == null || opened.getId().isBlank()) {
            throw DeliveryException.retry("Teams opened no personal conversation");
        }
        return opened.getId();
    }

    void update(ConversationReference to, String activityId, Activity activity) throws DeliveryException {
        activity.setId(activityId);
        activity.setConversation(to.getConversation());
        call(to, to.getConversation().getId(), true,
                c -> c.getConversations().updateActivity(to.getConversation().getId(), activityId, activity));
    }

    /** Stops deliveries to a conversation Curio was removed from. */
    void forget(ConversationReference conversation) {
        gone.add(conversation.getConversation().getTenantId(), conversation.getConversation().getId());
    }

    void remember(ConversationReference conversation) {
        gone.remove(conversation.getConversation().getTenantId(), conversation.getConversation().getId());
    }

    private <T> T call(ConversationReference to, String conversationId, boolean goneOnRefusal,
                       Function<ConnectorClient, CompletableFuture<T>> request) throws DeliveryException {
        String tenantId = to.getConversation().getTenantId();
        if (gone.contains(tenantId, conversationId)) {
            throw DeliveryException.gone("Curio was removed from this conversation");
        }
        ConnectorClient client = connector(to.getServiceUrl());
        String tenant = String.valueOf(tenantId);
        for (int attempt = 1; ; attempt++) {
            DeliveryException failure;
            try {
                pacer.acquire(conversationId, tenant);
                return request.apply(client).get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw DeliveryException.retry("interrupted");
            } catch (Exception e) {
                failure = ConnectorFailures.classify(e);
            }
            if (failure.kind() == DeliveryException.Kind.RATE_LIMITED) {
                rateLimits.rateLimited(Platform.TEAMS);
            }
            if (failure.kind() == DeliveryException.Kind.GONE) {
                if (goneOnRefusal) {
                    gone.add(tenantId, conversationId);
                }
                throw failure;
            }
            if (attempt >= retry.attempts() || failure.retryAfter().compareTo(retry.longestWait()) > 0) {
                throw failure;
            }
            sleep(retry.waitBefore(attempt, failure.retryAfter()));
        }
    }

    private static void sleep(Duration wait) throws DeliveryException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryException.retry("interrupted");
        }
    }

    /** How many connector clients are kept. */
    int cachedClients() {
        synchronized (clients) {
            return clients.size();
        }
    }

    /** The connector client for a service URL, made or reused; GONE for a URL Curio does not post to. */
    ConnectorClient connector(String serviceUrl) throws DeliveryException {
        if (serviceUrl == null || !serviceUrls.test(serviceUrl)) {
            throw DeliveryException.gone("Curio does not post to this service URL");
        }
        synchronized (clients) {
            return clients.computeIfAbsent(serviceUrl, this::newClient);
        }
    }

    private ConnectorClient newClient(String serviceUrl) {
        RestClient rest = new RestClient.Builder(new OkHttpClient.Builder(), new Retrofit.Builder())
                .withBaseUrl(serviceUrl)
                .withCredentials(credentials)
                .withSerializerAdapter(new JacksonAdapter())
                .withResponseBuilderFactory(new ServiceResponseBuilder.Factory())
                .withRetryStrategy(new NoRetry())
                .build();
        return new RestConnectorClient(rest);
    }

    private static final class NoRetry extends RetryStrategy {
        NoRetry() {
            super("none", false);
        }

        @Override
        public boolean shouldRetry(int retryCount, okhttp3.Response response) {
            return false;
        }
    }
}
