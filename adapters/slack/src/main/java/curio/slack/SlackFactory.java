package curio.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.util.http.SlackHttpClient;
import curio.chat.BotEventHandler;
import curio.chat.Platform;
import curio.chat.RateLimitListener;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.logging.LogLevel;
import io.micronaut.logging.LoggingSystem;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.io.IOException;
import java.net.InetAddress;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;

/** Wires Bolt to Curio. Loads only with Slack settings ({@link SlackConfigured}); the Bolt app starts eagerly. */
@Factory
@Requires(condition = SlackConfigured.class)
class SlackFactory {

    private static final Logger LOG = LoggerFactory.getLogger(SlackFactory.class);

    static final String SCOPES = "chat:write,im:history,im:write,app_mentions:read,commands,users:read,channels:read,groups:read,files:write";
    static final String COMMAND = "/curio";
    static final Duration AUTH_TEST_CACHE = Duration.ofMinutes(10);
    static final int INBOX_CAPACITY = 50_000;
    /**
     * Threads running the engine on inbox entries ({@code curio.slack.inbox-threads}). Each waits in turn on
     * Redis and on Slack's {@code chat.postMessage} (about 100 ms at Slack): 32 answered at most about 300
     * DMs a second, and on a busy machine, where every blocking round trip waits for a core, far fewer.
     */
    static final int INBOX_THREADS = 128;
    static final Duration INBOX_CLAIM_IDLE = Duration.ofMinutes(1);
    static final int REQUEST_THREADS = 32;
    static final int FORM_THREADS = 16;
    static final int FORM_QUEUE = 256;
    static final int KEPT_CONNECTIONS = 512;

    @Singleton
    SlackSettings settings(Environment env) {
        return SlackSettings.from(name -> env.get(name, String.class).orElse(null));
    }

    /**
     * The Web API client. Its HTTP connections are kept ({@link #KEPT_CONNECTIONS}, OkHttp keeps 5 by
     * default): a fan-out has hundreds of posts in flight, and each connection closed after its post
     * would cost the next post a new TCP and TLS handshake. Every 429 of every call (Bolt's own
     * included) is told to the engine's {@link RateLimitListener}.
     */
    @Singleton
    Slack slack(SlackSettings settings, BeanProvider<RateLimitListener> listeners) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        RateLimitListener listener = listeners.find(null).orElse(RateLimitListener.IGNORED);
        OkHttpClient http = SlackHttpClient.buildOkHttpClient(config).newBuilder()
                .connectionPool(new ConnectionPool(KEPT_CONNECTIONS, 5, TimeUnit.MINUTES))
                .addInterceptor(chain -> {
                    Response response = chain.proceed(chain.request());
                    if (response.code() == 429) {
                        listener.rateLimited(Platform.SLACK);
                    }
                    return response;
                }).build();
        SlackHttpClient client = new SlackHttpClient(http);
        client.setConfig(config);
        return Slack.getInstance(config, client);
    }

    /**
     * The engine's clock, or the system's without an engine. Not a {@code Clock} bean of its own:
     * beside the engine's that made two candidates, and looking the engine's up from inside one
     * found itself (a StackOverflowError at start as soon as Slack was configured).
     */
    static Clock clock(BeanProvider<Clock> clocks) {
        return clocks.find(null).orElse(Clock.systemUTC());
    }

    /**
     * Runs the engine on modal submissions, whose ack waits for it. Bounded: when every thread is
     * busy and {@link #FORM_QUEUE} wait, a submission is refused with 503 (Slack shows an error,
     * nothing was acknowledged) instead of queueing without limit.
     */
    @Singleton
    @Named("slack-workers")
    @Bean(preDestroy = "shutdown")
    ExecutorService workers() {
        return new ThreadPoolExecutor(FORM_THREADS, FORM_THREADS, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(FORM_QUEUE),
                daemons("curio-slack-form-"), new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * Runs {@link SlackController}'s requests ({@code @ExecuteOn}): a fixed pool, so that a stall (a cold JIT,
     * a collection, a busy machine) queues requests instead of starting a thread for each, as Micronaut's
     * I/O pool does; at 500 events a second a cold start grew hundreds of threads that then fought over the
     * cores and Redis's connections, and most events of the first 20 s timed out.
     */
    @Singleton
    @Named(SlackController.EXECUTOR)
    @Bean(preDestroy = "shutdown")
    ExecutorService requests() {
        return Executors.newFixedThreadPool(REQUEST_THREADS, daemons("curio-slack-http-"));
    }

    @Singleton
    SlackInbox inbox(UnifiedJedis redis, Environment env) {
        return new SlackInbox(redis, env.get("curio.slack.inbox-capacity", Integer.class).orElse(INBOX_CAPACITY));
    }

    @Context
    @Bean(preDestroy = "stop")
    SlackInboxReader inboxReader(SlackInbox inbox, UnifiedJedis redis, SlackAdapter adapter, BotEventHandler handler,
                                 Environment env) {
        String consumer = hostName() + ":" + env.get("micronaut.server.port", String.class).orElse("3000");
        return new SlackInboxReader(inbox, redis, consumer, handler, adapter, INBOX_CLAIM_IDLE,
                env.get("curio.slack.inbox-threads", Integer.class).orElse(INBOX_THREADS)).start();
    }

    static ThreadFactory daemons(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "curio";
        }
    }

    @Singleton
    SlackTokens tokens(SlackSettings settings, Slack slack, UnifiedJedis redis, BeanProvider<Clock> clocks) {
        SlackInstallations installations = settings.oauth() ? new SlackInstallations(redis, slack, settings, clock(clocks)) : null;
        if (installations != null) {
            try {
                installations.reencrypt();
            } catch (RuntimeException e) {
                LOG.warn("Slack: could not check the stored installations' encryption at start: {}", e.toString());
            }
        }
        return new SlackTokens(settings.botToken(), installations, slack);
    }

    @Singleton
    SlackAdapter adapter(Slack slack, SlackTokens tokens, UnifiedJedis redis, BeanProvider<Clock> clocks, Environment env) {
        SlackPacer pacer = new SlackPacer(redis, Duration.ofSeconds(1), Duration.ofSeconds(5),
                env.get("curio.slack.calls-in-flight", Integer.class).orElse(1));
        return new SlackAdapter(slack, tokens, pacer,
                new SlackProfiles(slack, tokens, redis, clock(clocks)), new SlackChannels(slack, tokens, clock(clocks)));
    }

    @Context
    @Bean(preDestroy = "stop")
    App app(SlackSettings settings, Slack slack, SlackTokens tokens, SlackAdapter adapter, BotEventHandler handler,
            UnifiedJedis redis, SlackInbox inbox, @Named("slack-workers") ExecutorService workers,
            BeanProvider<LoggingSystem> logging) {
        // Bolt's parser logs every signed body it does not recognise, whole, at WARN: tokens and
        // people's words included. SlackController logs such a request's size and content type instead.
        logging.ifPresent(system -> system.setLogLevel(SlackRequestParser.class.getName(), LogLevel.ERROR));
        AppConfig.AppConfigBuilder config = AppConfig.builder().slack(slack)
                .signingSecret(settings.signingSecret().isEmpty() ? null : settings.signingSecret())
                .requestVerificationEnabled(false) // SlackController verifies with the injected clock
                .allEventsApiAutoAckEnabled(true)
                .subtypedMessageEventsAutoAckEnabled(true)
                // Bolt asks auth.test for every request unless cached; a revoked token is purged by its event anyway
                .authTestCacheEnabled(true)
                .authTestCacheExpirationMillis(AUTH_TEST_CACHE.toMillis());
        if (settings.oauth()) {
            config.singleTeamBotToken(null).clientId(settings.clientId()).clientSecret(settings.clientSecret())
                    .scope(SCOPES).userScope(null)
                    .redirectUri(settings.redirectUri().isEmpty() ? null : settings.redirectUri())
                    .oauthInstallPath(SlackController.INSTALL).oauthRedirectUriPath(SlackController.REDIRECT)
                    .oAuthInstallPageRenderingEnabled(false);
        } else {
            config.singleTeamBotToken(settings.botToken()).clientId(null).clientSecret(null);
        }
        App app = new App(config.build());
        // the first use() builds Bolt's own middleware (authorization) with the services set by then
        if (settings.oauth()) {
            app.service(tokens.installations()).service(new SlackOAuthStates(redis)).asOAuthApp(true)
                    .use(SlackEvents::workspaceFromBody);
        } else {
            app.use(SlackEvents::workspaceFromBody);
        }
        new SlackListeners(handler, adapter, redis, inbox, workers).register(app, COMMAND);
        return app.start();
    }

    @Singleton
    SlackRequestParser parser(App app) {
        return new SlackRequestParser(app.config());
    }
}
