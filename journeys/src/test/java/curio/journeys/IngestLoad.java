package curio.journeys;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Open-loop load of signed {@code tried …} DMs (the recorded {@code message.im} callback, v0-signed) at a
 * fixed rate: request {@code i} is due at {@code start + i / rate} whether or not earlier ones were answered,
 * and its ack latency is counted from that time, so a stall of the server shows in full. Learners take turns
 * ({@code learners} of them), so no DM gets more than one event every {@code learners / rate} seconds.
 * An event is done when a reply that {@code isReply} recognises has reached the fake Web API in its DM;
 * replies are paired with events in order per DM.
 */
final class IngestLoad {

    /** What one step at one rate came to; latencies in nanoseconds, sorted; {@code cpu} is the app's CPU in the step. */
    record Step(String app, int rate, int sent, int acked, int errors, int replied, long[] ack, long[] reply,
                double seconds, Duration cpu, Duration harnessCpu, double redisPerEvent, Duration redisCpu, String load) {

        static final long HELD_P99_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

        static final long PACE_P99_NANOS = TimeUnit.SECONDS.toNanos(1);

        /** Every event acked with 200 and replied to (by the end of the drain), ack p99 under 50 ms. */
        boolean held() {
            return errors == 0 && acked == sent && replied == sent && percentile(ack, 0.99) < HELD_P99_NANOS;
        }

        /** Held, and the replies kept pace: reply p99 under a second, no backlog left to the drain. */
        boolean paced() {
            return held() && percentile(reply, 0.99) < PACE_P99_NANOS;
        }

        /** Far past what the app can take: the next rates are not worth sending. */
        boolean collapsed() {
            return replied < sent || percentile(ack, 0.99) > TimeUnit.SECONDS.toNanos(2);
        }

        String line() {
            return String.format("%-8s %,5d/s: sent %,d in %.1f s, acked %,d (not 200: %d), replied %,d; ack p50 %s p99 %s max %s;"
                            + " reply p50 %s p99 %s; app CPU %.1f s, generator and fake %.1f s, Redis commands %.1f per event (in scripts too),"
                            + " Redis CPU %.1f s; load %s%s", app, rate, sent, seconds, acked, errors, replied, ms(percentile(ack, 0.5)),
                    ms(percentile(ack, 0.99)), ms(percentile(ack, 1)), ms(percentile(reply, 0.5)), ms(percentile(reply, 0.99)),
                    cpu.toMillis() / 1000.0, harnessCpu.toMillis() / 1000.0, redisPerEvent, redisCpu.toMillis() / 1000.0, load,
                    paced() ? "  HELD, PACED" : held() ? "  HELD" : "");
        }

        static long percentile(long[] sorted, double p) {
            return sorted.length == 0 ? Long.MAX_VALUE : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
        }

        private static String ms(long nanos) {
            return nanos == Long.MAX_VALUE ? "-" : String.format("%.1f ms", nanos / 1e6);
        }
    }

    static final String TEAM = "T0INGEST1";
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(10);
    /** The benchmark's own JVM (the generator and the fake Web API): its CPU is reported beside the app's. */
    private static final OperatingSystemMXBean OWN_CPU = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final String app;
    private final URI events;
    private final FakeSlackWebApi api;
    private final int learners;
    private final Predicate<String> isReply;
    private final Supplier<Duration> cpu;
    private final OwnRedis redis;
    private final SlackWorkspace workspace;
    private int next;

    /** {@code cpu}: the app's CPU time so far; {@code redis}: its Redis (commands run, CPU used). */
    IngestLoad(String app, URI events, FakeSlackWebApi api, int learners, Predicate<String> isReply, Supplier<Duration> cpu,
               OwnRedis redis) {
        this.app = app;
        this.events = events;
        this.api = api;
        this.learners = learners;
        this.isReply = isReply;
        this.cpu = cpu;
        this.redis = redis;
        this.workspace = new SlackWorkspace(api, new SlackRequests(events), TEAM);
    }

    /** The whole request as it goes on the wire: a {@code message.im} callback, v0-signed now. */
    private byte[] signed(String body) {
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + events.getRawPath() + " HTTP/1.1\r\nHost: " + events.getHost() + ":" + events.getPort()
                + "\r\nContent-Type: application/json\r\nContent-Length: " + content.length
                + "\r\nX-Slack-Request-Timestamp: " + timestamp + "\r\nX-Slack-Signature: " + SlackRequests.sign(timestamp, body)
                + "\r\n\r\n";
        byte[] request = Arrays.copyOf(head.getBytes(StandardCharsets.US_ASCII), head.length() + content.length);
        System.arraycopy(content, 0, request, head.length(), content.length);
        return request;
    }

    String app() {
        return app;
    }

    static String user(int i) {
        return String.format("U%08d", i);
    }

    /** Sends {@code rate} events a second for {@code length}, then waits up to {@code drain} for the replies. */
    Step run(int rate, Duration length, Duration drain) throws InterruptedException, IOException {
        int count = (int) (rate * length.toMillis() / 1000);
        byte[][] requests = new byte[count][];
        String[] channels = new String[count];
        for (int i = 0; i < count; i++) {
            String user = user(next++ % learners);
            channels[i] = SlackWorkspace.dm(user);
            requests[i] = signed(workspace.dmEvent(user, "tried asked a colleague for feedback on my draft (" + i + ")"));
        }
        long[] due = new long[count];
        long[] acks = new long[count];
        AtomicInteger acked = new AtomicInteger();
        CountDownLatch answered = new CountDownLatch(count);
        int from = api.count();
        Duration cpuBefore = cpu.get();
        long ownBefore = OWN_CPU.getProcessCpuTime();
        Duration redisCpuBefore = redis.cpu();
        long commandsBefore = redis.commands();
        // a client per step: no connection kept idle across the pause between steps, which a server may close as it is reused
        OpenLoopClient http = new OpenLoopClient(new InetSocketAddress(events.getHost(), events.getPort()), ACK_TIMEOUT.toNanos(),
                (n, status) -> {
                    acks[n] = System.nanoTime() - due[n];
                    if (status == 200) {
                        acked.incrementAndGet();
                    }
                    answered.countDown();
                });
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        for (int i = 0; i < count; i++) {
            due[i] = start + i * 1_000_000_000L / rate;
            long wait = due[i] - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            http.send(i, requests[i]);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        answered.await(ACK_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
        http.close();
        long[] replies = awaitReplies(from, channels, due, drain);
        Duration used = cpu.get().minus(cpuBefore);
        Duration own = Duration.ofNanos(OWN_CPU.getProcessCpuTime() - ownBefore);
        double perEvent = (redis.commands() - commandsBefore - 2) / (double) count; // less the two INFO calls
        Duration redisCpu = redis.cpu().minus(redisCpuBefore);
        long[] ackLatencies = Arrays.stream(acks).filter(a -> a > 0).sorted().toArray();
        return new Step(app, rate, count, acked.get(), count - acked.get(), replies.length, ackLatencies, replies, seconds, used, own,
                perEvent, redisCpu, load());
    }

    /** Reply latencies (sorted), from each event's due time to its reply's arrival, waiting up to {@code drain} for all. */
    private long[] awaitReplies(int from, String[] channels, long[] due, Duration drain) throws InterruptedException {
        long end = System.nanoTime() + drain.toNanos();
        while (true) {
            long[] latencies = replies(from, channels, due);
            if (latencies.length == channels.length || System.nanoTime() > end) {
                return latencies;
            }
            Thread.sleep(250);
        }
    }

    private long[] replies(int from, String[] channels, long[] due) {
        Map<String, Deque<Long>> waiting = new HashMap<>();
        for (int i = 0; i < channels.length; i++) {
            waiting.computeIfAbsent(channels[i], c -> new ArrayDeque<>()).add(due[i]);
        }
        List<FakeSlackWebApi.Call> posted = api.postedSince(from);
        long[] latencies = new long[posted.size()];
        int n = 0;
        for (FakeSlackWebApi.Call call : posted) {
            Deque<Long> times = waiting.get(SlackWorkspace.dm(call.has("channel")));
            if (times != null && !times.isEmpty() && isReply.test(call.has("text"))) {
                latencies[n++] = call.arrived() - times.poll();
            }
        }
        return Arrays.stream(latencies, 0, n).sorted().toArray();
    }

    static String load() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
