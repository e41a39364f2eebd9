package curio.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.Platform;
import curio.chat.TenantId;
import curio.chat.UserRef;
import curio.store.LocalRedisCluster;
import curio.store.OnLocalRedisCluster;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClusterClient;

/** The Teams adapter forgets a learner's answered cards on a Redis Cluster (a SCAN routed by the hash tag). */
@OnLocalRedisCluster
class TeamsForgetOnClusterTest {

    @Test
    void forgettingALearnerRemovesTheirAnswerMarksAndNoOneElses() {
        List<UserRef> learners = IntStream.range(0, 9)
                .mapToObj(i -> new UserRef(new TenantId(Platform.TEAMS, "tenant-" + i), "user-" + i)).toList();
        try (RedisClusterClient redis = LocalRedisCluster.emptied().client()) {
            TeamsOnce once = new TeamsOnce(redis);
            learners.forEach(l -> IntStream.range(0, 3).forEach(card -> once.firstAnswer(l, "card-" + card)));
            UserRef leaving = learners.get(4);

            once.forget(leaving);

            assertTrue(once.firstAnswer(leaving, "card-1"), "the mark is gone: the card can be answered again");
            for (UserRef other : learners) {
                if (!other.equals(leaving)) {
                    assertEquals(0, IntStream.range(0, 3).filter(card -> once.firstAnswer(other, "card-" + card)).count(),
                            other + " keeps their marks");
                }
            }
        }
    }
}
