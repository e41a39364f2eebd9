package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.Slack;
import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.builtin.DefaultBot;
import curio.chat.BotEvent;
import curio.chat.Platform;
import curio.chat.TenantId;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.UnifiedJedis;

/** Many workspaces: the OAuth v2 install, encrypted installations in Redis, rotation and uninstall. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackOAuthTest implements TestPropertyProvider {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    final FakeSlackApi slack = SlackEventsEndpointTest.start();
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject EmbeddedServer server;
    @Inject TestEngine engine;
    @Inject UnifiedJedis redis;
    @Inject SlackSettings settings;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("slack.client.id", "111.222", "slack.client.secret", "client-secret", "slack.signing.secret",
                SignedRequests.SECRET, "curio.encryption.key", KEY, "slack.api.url", slack.url());
    }

    @AfterAll
    void stop() {
        slack.close();
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.getURI().resolve(path)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAdminInstallsCurioAndUninstallingRemovesEveryKeyOfThatTeam() throws Exception {
        redis.keys(SlackKeys.INSTALL_RATE + "*").forEach(redis::del);
        HttpResponse<String> install = get("/slack/install", null);
        assertEquals(302, install.statusCode());
        String location = install.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith("https://slack.com/oauth/v2/authorize?client_id=111.222&scope=chat%3Awrite"), location);
        String state = location.replaceAll(".*[?&]state=([^&]+).*", "$1");
        String cookie = install.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];

        HttpResponse<String> callback = get("/slack/oauth_redirect?code=code-1&state=" + state, cookie);
        assertTrue(callback.statusCode() == 200 || callback.statusCode() == 302, callback.statusCode() + " " + callback.body());
        FakeSlackApi.Call access = slack.await("oauth.v2.access", 1, Duration.ofSeconds(20)).get(0);
        assertEquals("code-1", access.param("code"));
        TenantId nine = new TenantId(Platform.SLACK, "T9");
        String stored = redis.get(SlackKeys.installation(nine));
        assertNotNull(stored);
        assertFalse(stored.contains("xoxb-9-installed"), "tokens are encrypted at rest");

        SignedRequests requests = new SignedRequests(server.getURI());
        String dm = SignedRequests.event("Ev-oauth-1", SignedRequests.dm("U1", "start")).replace("T1", "T9");
        assertEquals(200, requests.json(dm).statusCode());
        assertEquals("xoxb-9-installed-token-0000", slack.await("chat.postMessage", 1, Duration.ofSeconds(20)).get(0).token());
        int askedWho = slack.calls("auth.test").size();
        for (int i = 1; i <= 5; i++) {
            String checkIn = SignedRequests.event("Ev-oauth-tried-" + i, SignedRequests.dm("U1", "tried idea " + i));
            assertEquals(200, requests.json(checkIn.replace("T1", "T9")).statusCode());
        }
        slack.await("chat.postMessage", 6, Duration.ofSeconds(20));
        assertEquals(askedWho, slack.calls("auth.test").size(), "an installed workspace's events do not each call auth.test");
        redis.hset(SlackKeys.user(nine, "U1"), Map.of("name", "Ada"));

        String uninstalled = SignedRequests.event("Ev-oauth-2", "{\"type\":\"app_uninstalled\",\"event_ts\":\"1.1\"}").replace("T1", "T9");
        assertEquals(200, requests.json(uninstalled).statusCode());
        assertEquals(List.of(), List.copyOf(redis.keys("curio:{slack:T9}:slack:*")));
        long deadline = System.currentTimeMillis() + 20_000;
        while (!engine.events.contains(new BotEvent.AppUninstalled(nine, null)) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(engine.events.contains(new BotEvent.AppUninstalled(nine, null)));
    }

    @Test
    void anonymousInstallPageCallsAreLimitedPerClientAddressWhateverItClaims() throws Exception {
        redis.keys(SlackKeys.INSTALL_RATE + "*").forEach(redis::del);
        long second = System.currentTimeMillis() / 1000 % 60;
        if (second > 50) {
            Thread.sleep((61 - second) * 1000); // all calls in one minute's window
        }
        try {
            for (int i = 1; i <= SlackInstallRate.PER_MINUTE; i++) {
                assertEquals(302, get("/slack/install", null).statusCode(), "call " + i);
            }
            int states = redis.keys(SlackKeys.OAUTH_STATE + "*").size();
            HttpResponse<String> limited = get("/slack/install", null);
            assertEquals(429, limited.statusCode(), limited.body());
            int retryAfter = Integer.parseInt(limited.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
            HttpResponse<String> spoofed = http.send(HttpRequest.newBuilder(server.getURI().resolve("/slack/install"))
                    .header("X-Forwarded-For", "203.0.113.7").header("Forwarded", "for=203.0.113.7").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(429, spoofed.statusCode(), "a forwarding header names no other client");
            assertEquals(states, redis.keys(SlackKeys.OAUTH_STATE + "*").size(), "a refused call stores nothing");
        } finally {
            redis.keys(SlackKeys.INSTALL_RATE + "*").forEach(redis::del);
        }
    }

    @Test
    void aTeamThatUninstallsCurioIsForgottenThoughSlackSendsNoAuthorizations() throws Exception {
        TenantId five = new TenantId(Platform.SLACK, "T5");
        DefaultBot bot = new DefaultBot();
        bot.setTeamId("T5");
        bot.setBotAccessToken("xoxb-5-installed-token-0000");
        new SlackInstallations(redis, Slack.getInstance(), settings, Clock.systemUTC()).saveBot(bot);
        redis.hset(SlackKeys.user(five, "U1"), Map.of("name", "Ada"));

        String uninstalled = SignedRequests.recorded("app-uninstalled-no-authorizations").replace("\"T1\"", "\"T5\"");
        assertEquals(200, new SignedRequests(server.getURI()).json(uninstalled).statusCode());

        assertEquals(List.of(), List.copyOf(redis.keys("curio:{slack:T5}:slack:*")));
        SlackUninstallTest.awaitUninstalled(engine, five);
    }

    @Test
    void twoReplicasRefreshAnExpiringTokenOnlyOnce() throws Exception {
        Slack client = slack.client();
        SlackInstallations one = new SlackInstallations(redis, client, settings, Clock.systemUTC());
        SlackInstallations two = new SlackInstallations(redis, client, settings, Clock.systemUTC());
        DefaultBot bot = new DefaultBot();
        bot.setTeamId("T7");
        bot.setBotAccessToken("xoxe.xoxb-old-token-000000");
        bot.setBotRefreshToken("xoxe-1-old-refresh");
        bot.setBotTokenExpiresAt(System.currentTimeMillis() + 60_000);
        one.saveBot(bot);
        int before = slack.calls("oauth.v2.access").size();

        CompletableFuture<Bot> a = CompletableFuture.supplyAsync(() -> one.findBot(null, "T7"));
        CompletableFuture<Bot> b = CompletableFuture.supplyAsync(() -> two.findBot(null, "T7"));
        assertEquals("xoxb-9-installed-token-0000", a.get().getBotAccessToken());
        assertEquals("xoxb-9-installed-token-0000", b.get().getBotAccessToken());
        List<FakeSlackApi.Call> refreshes = slack.calls("oauth.v2.access").subList(before, slack.calls("oauth.v2.access").size());
        assertEquals(1, refreshes.size());
        assertEquals("refresh_token", refreshes.get(0).param("grant_type"));
        assertEquals("xoxe-1-old-refresh", refreshes.get(0).param("refresh_token"));
    }
}
