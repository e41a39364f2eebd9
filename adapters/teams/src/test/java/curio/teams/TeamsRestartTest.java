package curio.teams;

import curio.chat.BotEvent;
import curio.chat.Message;
import curio.chat.Platform;
import curio.chat.TenantId;
import curio.chat.UserRef;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the adapter knows survives a restart: each test runs Curio, stops it, and runs a new
 * application context over the same (real, embedded) Redis, as a new replica or a redeploy would.
 */
class TeamsRestartTest {

    static final TenantId TENANT = new TenantId(Platform.TEAMS, Activities.TENANT);
    static final UserRef ADA = new UserRef(TENANT, Activities.USER_AAD);

    final TestRedis redis = TestRedis.start();
    final FakeBotConnector connector = TeamsAuthTest.start(FakeBotConnector::new);
    Map<String, Object> settings = Map.of();
    Curio curio = new Curio(redis, settings);

    @AfterEach
    void close() {
        curio.close();
        connector.close();
        redis.close();
    }

    @Test
    void anAdminNamedBySignInNameIsStillAdminAfterARestart() {
        settings = Map.of("curio.admins", "ada@contoso.example");
        restart();
        connector.members("a:personal-1", List.of(new FakeBotConnector.Member(Activities.ADA.accountId(),
                Activities.ADA.name(), Activities.USER_AAD, "ada@contoso.example")));
        curio.post(Activities.personalMessage(connector.url(), "hello"));
        curio.post(Activities.teamInstallation(connector.url(), "add", Activities.ADA));
        assertTrue(curio.adapter().profile(ADA).admin());

        restart();

        assertTrue(curio.adapter().profile(ADA).admin(), "her sign-in name is kept, not looked up again");
        assertEquals("Ada Lovelace", curio.adapter().profile(ADA).displayName());
        assertEquals(ZoneId.of("Europe/Berlin"), curio.adapter().profile(ADA).timeZone());
        assertTrue(curio.adapter().directConversation(ADA).isPresent());
    }

    @Test
    void aChannelCurioSawBeforeARestartCanStillBePostedTo() throws Exception {
        curio.post(Activities.teamInstallation(connector.url(), "add", Activities.ADA));
        connector.reset();

        restart();

        curio.adapter().send(curio.adapter().channel(TENANT, Activities.TEAM).orElseThrow(), Message.text("Challenge!"));
        assertEquals(1, connector.postedTo(Activities.TEAM).size());
    }

    @Test
    void aTeamIsGreetedOnceEvenWhenTeamsAnnouncesTheInstallAgainAfterARestart() {
        curio.post(Activities.teamInstallation(connector.url(), "add", Activities.ADA));
        assertEquals(1, connector.postedTo(Activities.TEAM).size());

        restart();
        curio.post(Activities.teamInstallation(connector.url(), "add", Activities.ADA));

        assertEquals(1, connector.postedTo(Activities.TEAM).size(), "greeted once");
        assertTrue(curio.engine().events.stream().noneMatch(e -> e instanceof BotEvent.AppInstalled));
    }

    @Test
    void aQuizCardAnsweredBeforeARestartCannotBeAnsweredAgain() {
        curio.post(Activities.cardSubmit(connector.url(), "quiz-card-1", "prompt.quiz", "p1:0"));
        assertInstanceOf(BotEvent.ActionInvoked.class, curio.engine().events.get(0));

        restart();
        connector.reset();
        assertEquals(200, curio.post(Activities.cardSubmit(connector.url(), "quiz-card-1", "prompt.quiz", "p1:1")));

        assertTrue(curio.engine().events.stream().noneMatch(e -> e instanceof BotEvent.ActionInvoked));
        assertTrue(connector.calls().isEmpty(), "the card is not replaced again");
    }

    @Test
    void aRedeliveredActivityIsAnsweredOnceAlsoByAnotherInstance() {
        String start = Activities.personalMessage(connector.url(), "start");

        assertEquals(200, curio.post(start));
        assertEquals(200, curio.post(start));
        restart();
        assertEquals(200, curio.post(start));

        assertEquals(1, connector.postedTo("a:personal-1").size(), "one welcome");
        assertTrue(curio.engine().events.isEmpty());
    }

    private void restart() {
        curio.close();
        curio = new Curio(redis, settings);
    }

    /** One running Curio (Teams adapter and a stand-in engine) over the shared Redis. */
    record Curio(EmbeddedServer server) implements AutoCloseable {

        Curio(TestRedis redis, Map<String, Object> settings) {
            this(ApplicationContext.run(EmbeddedServer.class, with(settings, Map.of("teams.dev-mode", "true",
                    "teams.app-id", "", TestEngine.ENABLED, "true", TestRedisFactory.URL, redis.uri().toString(),
                    "micronaut.server.port", "-1"))));
        }

        private static Map<String, Object> with(Map<String, Object> more, Map<String, Object> base) {
            Map<String, Object> all = new java.util.HashMap<>(base);
            all.putAll(more);
            return all;
        }

        int post(String activity) {
            return Post.activity(server.getURL(), activity, null);
        }

        TeamsAdapter adapter() {
            return server.getApplicationContext().getBean(TeamsAdapter.class);
        }

        TestEngine engine() {
            return server.getApplicationContext().getBean(TestEngine.class);
        }

        @Override
        public void close() {
            server.getApplicationContext().close();
        }
    }
}
