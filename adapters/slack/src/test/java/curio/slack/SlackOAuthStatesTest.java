package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;

/** An OAuth state lets exactly one callback through, even when two race on two replicas. */
class SlackOAuthStatesTest {

    @Test
    void racingCallbacksWithOneStateLetOnlyOneThrough() throws Exception {
        try (UnifiedJedis redis = RedisClient.create("127.0.0.1", TestRedis.port())) {
            SlackOAuthStates one = new SlackOAuthStates(redis);
            SlackOAuthStates two = new SlackOAuthStates(redis);
            for (int round = 0; round < 20; round++) {
                String state = "state-" + round;
                one.addNewStateToDatastore(state);
                CountDownLatch go = new CountDownLatch(1);
                List<CompletableFuture<Boolean>> checks = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    SlackOAuthStates replica = i % 2 == 0 ? one : two;
                    checks.add(CompletableFuture.supplyAsync(() -> {
                        await(go);
                        return replica.isAvailableInDatabase(state);
                    }));
                }
                go.countDown();
                assertEquals(1, checks.stream().filter(CompletableFuture::join).count(), state);
            }
            assertFalse(one.isAvailableInDatabase("never-issued"));
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
