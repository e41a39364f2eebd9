package curio.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An acknowledged Slack event is never lost: 500 signed DMs are acknowledged, the jar is killed
 * with SIGKILL while the engine is still answering them (the fake Web API takes a second a message),
 * and after a restart on the same Redis every one of the 500 people has their answer.
 */
class SlackCrashJourneyIT {

    static final int EVENTS = 500;
    static final String TOKEN = "xoxb-crash-0001";
    static final OwnRedis REDIS = new OwnRedis();
    static final FakeSlackWebApi API = new FakeSlackWebApi().workspace(TOKEN, "T0CRASH01", "Crash Co")
            .slow("chat.postMessage", Duration.ofSeconds(1));

    @RegisterExtension
    static final CurioJar CURIO = CurioJar.named("slack-crash", () -> Map.of("SLACK_BOT_TOKEN", TOKEN,
                    "SLACK_SIGNING_SECRET", SlackRequests.SIGNING_SECRET, "SLACK_API_URL", API.url(), "REDIS_URL", REDIS.url()))
            .closingAfterwards(API, REDIS);

    @Test
    void everyAcknowledgedEventIsAnsweredAfterAKillAndARestart() throws Exception {
        SlackWorkspace workspace = new SlackWorkspace(API, new SlackRequests(CURIO.uri("/slack/events")), "T0CRASH01");
        List<String> users = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            users.add(String.format("U%08d", i));
        }
        ExecutorService clients = Executors.newFixedThreadPool(16);
        List<Future<HttpResponse<String>>> acks = new ArrayList<>();
        for (String user : users) {
            acks.add(clients.submit(() -> new SlackRequests(CURIO.uri("/slack/events")).event(workspace.dmEvent(user, "help"))));
        }
        int acked = 0;
        for (Future<HttpResponse<String>> ack : acks) {
            acked += ack.get().statusCode() == 200 ? 1 : 0;
        }
        clients.shutdown();
        CURIO.kill();
        Map<String, Long> beforeKill = repliesByChannel();
        CURIO.restart();
        Await.until(() -> repliesByChannel().size() >= EVENTS ? java.util.Optional.of(true) : java.util.Optional.empty(),
                () -> (EVENTS - repliesByChannel().size()) + " of the " + EVENTS + " people got no answer", Duration.ofSeconds(90));
        Map<String, Long> after = repliesByChannel();
        long twice = after.values().stream().filter(n -> n > 1).count();
        System.out.printf("kill -9 journey: %d events acked, %d answered before the kill, %d answered after the restart, "
                + "%d answered twice%n", acked, beforeKill.size(), after.size() - beforeKill.size(), twice);
        assertEquals(EVENTS, acked, "Slack got a 200 for every event");
        assertEquals(EVENTS, users.stream().filter(u -> after.containsKey(SlackWorkspace.dm(u))).count(),
                "every acknowledged event was handled");
    }

    private static Map<String, Long> repliesByChannel() {
        return API.calls("chat.postMessage").stream()
                .collect(Collectors.groupingBy(c -> c.has("channel"), Collectors.counting()));
    }
}
