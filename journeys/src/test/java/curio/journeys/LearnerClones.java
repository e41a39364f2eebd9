package curio.journeys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;

/**
 * Enrols many learners at once by copying what Curio stored for one learner who enrolled over
 * chat: every hash and set that names the template (its learner hash, its cohort memberships, the
 * workspace's learner lists) is written again for each clone, the template's user id and DM id
 * replaced, and its workspace's id too for clones in other workspaces. Delivery keys and day
 * bitmaps are not copied: a clone has learned and been sent nothing.
 */
final class LearnerClones {

    private final RedisClient redis;
    private final String templateUser;
    private final String templateDm;

    LearnerClones(RedisClient redis, String templateUser, String templateDm) {
        this.redis = redis;
        this.templateUser = templateUser;
        this.templateDm = templateDm;
    }

    void clone(int count, IntFunction<String> user, UnaryOperator<String> dm) {
        clone(count, i -> {
            String clone = user.apply(i);
            return Map.of(templateUser, clone, templateDm, dm.apply(clone));
        });
    }

    /** Clone {@code i} is the template with each text {@code renames.apply(i)} names replaced: user, DM, workspace ids. */
    void clone(int count, IntFunction<Map<String, String>> renames) {
        List<BiConsumer<AbstractPipeline, UnaryOperator<String>>> writes = snapshot();
        for (int from = 0; from < count; from += 500) {
            try (AbstractPipeline pipeline = redis.pipelined()) {
                for (int i = from; i < Math.min(count, from + 500); i++) {
                    Map<String, String> renamed = renames.apply(i);
                    UnaryOperator<String> swap = s -> {
                        String out = s;
                        for (Map.Entry<String, String> r : renamed.entrySet()) {
                            out = out.replace(r.getKey(), r.getValue());
                        }
                        return out;
                    };
                    writes.forEach(w -> w.accept(pipeline, swap));
                }
                pipeline.sync();
            }
        }
    }

    /** What to write per clone, read once from the template's keys. */
    private List<BiConsumer<AbstractPipeline, UnaryOperator<String>>> snapshot() {
        List<BiConsumer<AbstractPipeline, UnaryOperator<String>>> writes = new ArrayList<>();
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            var page = redis.scan(cursor, new ScanParams().count(1000));
            page.getResult().forEach(key -> read(key, writes));
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        return writes;
    }

    private void read(String key, List<BiConsumer<AbstractPipeline, UnaryOperator<String>>> writes) {
        String type = redis.type(key);
        boolean own = key.contains(templateUser);
        if (own && type.equals("hash")) {
            Map<String, String> hash = redis.hgetAll(key);
            writes.add((p, swap) -> hash.forEach((field, value) -> p.hset(swap.apply(key), field, swap.apply(value))));
        } else if (!own && type.equals("hash")) {
            redis.hgetAll(key).entrySet().stream().filter(e -> e.getKey().contains(templateUser))
                    .forEach(e -> writes.add((p, swap) -> p.hset(swap.apply(key), swap.apply(e.getKey()), swap.apply(e.getValue()))));
        } else if (!own && type.equals("set")) {
            redis.smembers(key).stream().filter(m -> m.contains(templateUser))
                    .forEach(m -> writes.add((p, swap) -> p.sadd(swap.apply(key), swap.apply(m))));
        } else if (!own && type.equals("zset")) {
            redis.zrangeWithScores(key, 0, -1).stream().filter(t -> t.getElement().contains(templateUser))
                    .forEach(t -> writes.add((p, swap) -> p.zadd(swap.apply(key), t.getScore(), swap.apply(t.getElement()))));
        }
    }
}
