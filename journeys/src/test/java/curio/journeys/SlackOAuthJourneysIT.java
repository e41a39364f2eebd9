package curio.journeys;

import static curio.journeys.SlackWorkspace.dm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Many workspaces (OAuth v2): an admin installs Curio from {@code /slack/install}, Slack returns to
 * {@code /slack/oauth_redirect}, the workspace's events are answered with its own token, and
 * uninstalling purges everything Curio kept about it. Curio uses a Redis the journey started.
 */
class SlackOAuthJourneysIT {

    static final String CLIENT_ID = "1000000001.3000000003";
    static final String INSTALLED_TOKEN = "xoxb-install-1000000009-4000000004-NineWorkspace01";
    static final String TEAM = "T0NINE001";
    static final OwnRedis REDIS = new OwnRedis();
    static final FakeSlackWebApi API = new FakeSlackWebApi().workspace(INSTALLED_TOKEN, TEAM, "Nine Learning");

    @RegisterExtension
    static final CurioJar CURIO = CurioJar.named("slack-oauth", () -> Map.of("SLACK_CLIENT_ID", CLIENT_ID,
            "SLACK_CLIENT_SECRET", "3f1b5e9c8d7a6b5c4d3e2f1a0b9c8d7e", "SLACK_SIGNING_SECRET", SlackRequests.SIGNING_SECRET,
            "CURIO_ENCRYPTION_KEY", Base64.getEncoder().encodeToString("journeys-encryption-key-32-bytes".getBytes()),
            "SLACK_API_URL", API.url(), "REDIS_URL", REDIS.url())).closingAfterwards(API, REDIS);

    @Test
    void anAdminInstallsCurioTheWorkspaceIsAnsweredWithItsTokenAndUninstallingPurgesIt() throws Exception {
        SlackInstaller admin = new SlackInstaller(CURIO);
        SlackInstaller.Started install = admin.start();
        assertEquals(302, install.response().statusCode(), install.response().body());
        assertTrue(install.authorize().startsWith("https://slack.com/oauth/v2/authorize?client_id=" + CLIENT_ID),
                install.authorize());

        HttpResponse<String> back = admin.returnWith(install, "1000000001.5000000005.abcdef");
        assertTrue(back.statusCode() >= 200 && back.statusCode() < 400, back.statusCode() + " " + back.body());
        assertEquals("1000000001.5000000005.abcdef", API.await(0, "oauth.v2.access", c -> true).param("code"));
        String installation = REDIS.get("curio:{slack:" + TEAM + "}:slack:installation");
        assertNotNull(installation, "the installation is stored: " + REDIS.keys("*"));
        assertFalse(installation.contains(INSTALLED_TOKEN), "tokens are encrypted at rest");

        SlackWorkspace nine = new SlackWorkspace(API, new SlackRequests(CURIO.uri("/slack/events")), TEAM);
        int from = API.count();
        nine.dm("U0NORA", "start");
        assertEquals(INSTALLED_TOKEN, nine.posted(from, dm("U0NORA"), "Welcome aboard").token(),
                "the workspace is answered with the token it installed");
        nine.posted(from, dm("U0NORA"), "Today's"); // the whole answer to start, before the admin uninstalls

        HttpResponse<String> uninstalled = nine.uninstalled();
        assertEquals(200, uninstalled.statusCode(), uninstalled.body());
        Await.until(() -> Optional.of(REDIS.keys("curio:{slack:" + TEAM + "}:*")).filter(List.of()::containsAll),
                () -> "the workspace's keys are still there: " + REDIS.keys("curio:{slack:" + TEAM + "}:*"));

        int after = API.count();
        int posted = API.calls("chat.postMessage").size();
        new SlackRequests(CURIO.uri("/slack/events")).event(nine.dmEvent("U0NORA", "today"));
        Thread.sleep(2000);
        List<FakeSlackWebApi.Call> since = API.calls("chat.postMessage");
        assertTrue(since.subList(posted, since.size()).stream().noneMatch(c -> INSTALLED_TOKEN.equals(c.token())),
                "an uninstalled workspace is not answered with its old token: " + API.describe(after));
    }
}
