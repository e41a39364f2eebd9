package curio.journeys;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Slack's Web API on 127.0.0.1 (the jar's {@code SLACK_API_URL}), answering every method with its
 * recorded response {@code slack/responses/<method>.json}, the ids filled in: the team of the
 * calling token ({@link #workspace}), the channel and a new {@code ts} for a posted message, the
 * channels the journey declared ({@link #channel}); {@code conversations.history} answers with the
 * messages posted in that DM since {@code oldest}, newest first, with their {@code metadata}.
 * A token it does not know gets Slack's
 * {@code invalid_auth}; a method without a recording gets {@code unknown_method}. Files go as
 * {@code files.uploadV2} sends them: {@code files.getUploadURLExternal} hands out an upload URL on this
 * server, whose POSTed bytes are kept ({@link #uploaded}), and {@code files.completeUploadExternal} names the first file. Every call is kept,
 * with when it arrived. {@link #faults} makes one method fail now and then, as Slack does under load.
 */
public final class FakeSlackWebApi implements AutoCloseable {

    private static final JsonFactory JSON = new JsonFactory();

    /**
     * One Web API call: its form, JSON body or query parameters, the token it carried, the answer it got with
     * its HTTP status, when it arrived ({@code System.nanoTime()}, and {@code at} in epoch
     * milliseconds) and whether it posted a message.
     */
    public record Call(String method, Map<String, String> params, String token, String answer, int status,
                       long arrived, boolean posted, long at) {
        public String param(String name) {
            return params.get(name);
        }

        /** The parameter, or "" when absent: handy in predicates. */
        public String has(String name) {
            return params.getOrDefault(name, "");
        }
    }

    private record Team(String id, String name) {
    }

    private record Channel(String name, boolean curioIsMember, List<String> members) {
    }

    /** A message posted in a conversation; {@code metadata} is the JSON chat.postMessage got, or null. */
    private record Posted(String ts, String text, String metadata) {
    }

    private final HttpServer server;
    private final ExecutorService pool;
    /** Guarded by itself; read through {@link #snapshot} (a copy-on-write list costs a copy per call at 100,000 calls). */
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, String> installCodes = new ConcurrentHashMap<>();
    private final ScheduledExecutorService answerLater = Executors.newScheduledThreadPool(4, FakeSlackWebApi::daemon);
    private final Map<String, Team> teams = new ConcurrentHashMap<>();
    private final Map<String, Channel> channels = new ConcurrentHashMap<>();
    private final AtomicInteger messages = new AtomicInteger();
    private final Map<String, Duration> slow = new ConcurrentHashMap<>();
    private final Map<String, List<Posted>> history = new ConcurrentHashMap<>();
    private final Map<String, byte[]> uploads = new ConcurrentHashMap<>();
    private final AtomicInteger fileIds = new AtomicInteger();
    private final Map<String, SlackFaults> faults = new ConcurrentHashMap<>();
    private volatile String socketModeUrl = "ws://127.0.0.1:9/link/";

    public FakeSlackWebApi() {
        this(Executors.newFixedThreadPool(64, FakeSlackWebApi::daemon));
    }

    /**
     * A fake that answers every call on the server's own thread instead of handing it to a pool: every
     * method answers at once (a {@link #slow} one from a timer), so one thread keeps up, and a benchmark on
     * a small machine does not lose a hand-over between two threads per call to it (Slack's servers are
     * not on the machine of the app they answer).
     */
    public static FakeSlackWebApi answeringOnItsOwnThread() {
        return new FakeSlackWebApi(null);
    }

    private FakeSlackWebApi(ExecutorService pool) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/", this::handle);
        server.createContext("/upload/", this::upload);
        this.pool = pool;
        server.setExecutor(pool); // null: the server's dispatcher thread runs the handlers
        server.start();
    }

    /** For {@code SLACK_API_URL}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    /** Tokens of {@code teamId}: {@code auth.test} and {@code oauth.v2.access} answer with this team. */
    public FakeSlackWebApi workspace(String token, String teamId, String teamName) {
        teams.put(token, new Team(teamId, teamName));
        return this;
    }

    /** A channel Curio is (or is not) a member of, with its members. */
    public FakeSlackWebApi channel(String id, String name, boolean curioIsMember, String... members) {
        channels.put(id, new Channel(name, curioIsMember, List.of(members)));
        return this;
    }

    /** {@code oauth.v2.access} with this code answers with the installation of {@code token}'s {@link #workspace}. */
    public FakeSlackWebApi installCode(String code, String token) {
        installCodes.put(code, token);
        return this;
    }

    /**
     * {@code method} answers only after {@code delay}, as Slack does under load, without holding a
     * thread meanwhile: thousands of calls can wait at once.
     */
    public FakeSlackWebApi slow(String method, Duration delay) {
        slow.put(method, delay);
        return this;
    }

    /** From now on {@code method} fails as {@code faults} decides, call by call. */
    public FakeSlackWebApi faults(String method, SlackFaults faults) {
        this.faults.put(method, faults);
        return this;
    }

    /** The bytes POSTed to the upload URL of {@code fileId}, or null. */
    public byte[] uploaded(String fileId) {
        return uploads.get(fileId);
    }

    /** Slack's upload URL: keeps the bytes, answers "OK - <length>" in plain text. */
    private void upload(HttpExchange exchange) throws IOException {
        String fileId = exchange.getRequestURI().getPath().substring("/upload/".length());
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        uploads.put(fileId, bytes);
        byte[] body = ("OK - " + bytes.length).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/plain");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    /** Where {@code apps.connections.open} sends Socket Mode clients. */
    public void socketModeUrl(String url) {
        socketModeUrl = url;
    }

    public List<Call> calls(String method) {
        return snapshot().stream().filter(c -> c.method().equals(method)).toList();
    }

    /** The calls of {@code method} from index {@code from} (a {@link #count} taken earlier) on. */
    public List<Call> callsSince(int from, String method) {
        return since(from).stream().filter(c -> c.method().equals(method)).toList();
    }

    /** The chat.postMessage calls from index {@code from} on that left a message in the conversation. */
    public List<Call> postedSince(int from) {
        return since(from).stream().filter(Call::posted).toList();
    }

    public int count() {
        synchronized (calls) {
            return calls.size();
        }
    }

    /** The calls from index {@code from} on, as a copy: a sub-list of the live list fails when a call arrives meanwhile. */
    public List<Call> since(int from) {
        synchronized (calls) {
            return List.copyOf(calls.subList(Math.min(from, calls.size()), calls.size()));
        }
    }

    private List<Call> snapshot() {
        return since(0);
    }

    /** The first call from index {@code from} on that is {@code method} and {@code matches}, waiting for it. */
    public Call await(int from, String method, Predicate<Call> matches) {
        return Await.until(() -> since(from).stream()
                        .filter(c -> c.method().equals(method) && matches.test(c)).findFirst(),
                () -> "no such " + method + " call; calls since #" + from + ":\n" + describe(from));
    }

    public String describe(int from) {
        return since(from).stream()
                .map(c -> c.method() + " " + c.params()).collect(Collectors.joining("\n"));
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        String sent = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        Map<String, String> params = type != null && type.startsWith("application/json") ? fields(sent) : form(sent);
        if (exchange.getRequestURI().getRawQuery() != null) {
            params.putAll(form(exchange.getRequestURI().getRawQuery()));
        }
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        String token = auth != null && auth.startsWith("Bearer ") ? auth.substring("Bearer ".length()) : params.get("token");
        SlackFaults.Fault fault = faults.containsKey(method) ? faults.get(method).next() : SlackFaults.Fault.NONE;
        String answer = switch (fault) {
            case RATE_LIMITED -> error("ratelimited");
            case FAILED -> error("internal_error");
            case NONE, FAILED_AFTER_POSTING -> answerOrFail(method, params, token);
        };
        int status = switch (fault) {
            case NONE -> 200;
            case RATE_LIMITED -> 429;
            case FAILED, FAILED_AFTER_POSTING -> 500;
        };
        boolean posted = method.equals("chat.postMessage") && answer.contains("\"ok\": true");
        synchronized (calls) {
            calls.add(new Call(method, params, token, answer, status, arrived, posted, System.currentTimeMillis()));
        }
        String body = status == 500 ? error("internal_error") : answer;
        Duration delay = slow.get(method);
        if (delay == null) {
            respond(exchange, method, status, body);
        } else { // posted already; the answer is slow in coming
            answerLater.schedule(() -> respond(exchange, method, status, body), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void respond(HttpExchange exchange, String method, int status, String answer) {
        try {
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            if (status == 429) {
                exchange.getResponseHeaders().add("Retry-After", Long.toString(SlackFaults.RETRY_AFTER.toSeconds()));
                faults.get(method).throttled(System.nanoTime());
            }
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        } catch (IOException e) {
            // the caller gave up waiting; what it posted stays posted
        } finally {
            exchange.close();
        }
    }

    private String answerOrFail(String method, Map<String, String> params, String token) {
        try {
            return answer(method, params, token);
        } catch (RuntimeException e) {
            return error("fake_failed: " + e);
        }
    }

    private String answer(String method, Map<String, String> p, String token) {
        Team team = token == null ? null : teams.get(token);
        boolean appLevel = token != null && token.startsWith("xapp-");
        boolean clientAuth = method.equals("oauth.v2.access");
        if (team == null && !appLevel && !clientAuth) {
            return error("invalid_auth");
        }
        return switch (method) {
            case "auth.test" -> Payload.of("slack/responses/auth.test.json").set("team_id", team.id())
                    .set("team", team.name()).text();
            case "chat.postMessage" -> postMessage(p);
            case "conversations.history" -> conversationsHistory(p);
            case "conversations.open" -> Payload.of("slack/responses/conversations.open.json")
                    .set("channel", dmOf(p.get("users"))).text();
            case "chat.update" -> Payload.of("slack/responses/chat.update.json").set("channel", p.get("channel"))
                    .set("ts", p.get("ts")).set("text", p.getOrDefault("text", "")).text();
            case "views.open", "views.publish" -> Payload.of("slack/responses/" + method + ".json")
                    .set("team_id", team.id()).set("callback_id", callbackId(p.get("view"))).text();
            case "users.info" -> Payload.of("slack/responses/users.info.json").set("user", p.get("user"))
                    .set("team_id", team.id()).text();
            case "files.getUploadURLExternal" -> uploadUrl();
            case "files.completeUploadExternal" -> Payload.of("slack/responses/files.completeUploadExternal.json")
                    .set("file_id", firstFile(p.get("files"), "id")).set("title", firstFile(p.get("files"), "title")).text();
            case "conversations.info" -> conversationsInfo(p.get("channel"));
            case "conversations.members" -> conversationsMembers(p.get("channel"));
            case "apps.connections.open" -> appLevel ? Payload.of("slack/responses/apps.connections.open.json")
                    .set("url", socketModeUrl).text() : error("not_allowed_token_type");
            case "oauth.v2.access" -> oauthAccess(p);
            default -> error("unknown_method");
        };
    }

    /**
     * The installation of the workspace whose token the code was registered for ({@link #installCode}),
     * else of the one workspace {@link #workspace} named with a token starting {@code xoxb-install}.
     */
    private String oauthAccess(Map<String, String> p) {
        String byCode = installCodes.get(p.getOrDefault("code", ""));
        return teams.entrySet().stream().filter(e -> byCode == null ? e.getKey().startsWith("xoxb-install") : e.getKey().equals(byCode))
                .findFirst()
                .map(e -> Payload.of("slack/responses/oauth.v2.access.json").set("access_token", e.getKey())
                        .set("team_id", e.getValue().id()).set("team", e.getValue().name()).text())
                .orElse(error("invalid_code"));
    }

    private String uploadUrl() {
        String fileId = "F0" + String.format("%09d", fileIds.incrementAndGet());
        return Payload.of("slack/responses/files.getUploadURLExternal.json").set("file_id", fileId)
                .set("upload_url", "http://127.0.0.1:" + server.getAddress().getPort() + "/upload/" + fileId).text();
    }

    /** A field of the first file of {@code files.completeUploadExternal}'s {@code files} (a JSON array). */
    private static String firstFile(String files, String field) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(files).path(0).path(field).asText();
        } catch (IOException e) {
            throw new IllegalArgumentException("files is not JSON: " + files, e);
        }
    }

    private String postMessage(Map<String, String> p) {
        String channel = dmOf(p.get("channel"));
        String ts = nextTs();
        String text = p.getOrDefault("text", "");
        history.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(new Posted(ts, text, p.get("metadata")));
        return Payload.of("slack/responses/chat.postMessage.json").set("channel", channel).set("ts", ts).set("text", text)
                .set("thread_ts", p.getOrDefault("thread_ts", "")).text();
    }

    private String conversationsHistory(Map<String, String> p) {
        List<Posted> posted = history.getOrDefault(p.get("channel"), List.of());
        java.math.BigDecimal oldest = new java.math.BigDecimal(p.getOrDefault("oldest", "0"));
        int limit = Integer.parseInt(p.getOrDefault("limit", "100"));
        boolean withMetadata = "true".equals(p.get("include_all_metadata")) || "1".equals(p.get("include_all_metadata"));
        List<Posted> newestFirst = new java.util.ArrayList<>(posted.stream()
                .filter(m -> new java.math.BigDecimal(m.ts()).compareTo(oldest) > 0).toList());
        java.util.Collections.reverse(newestFirst);
        String messages = newestFirst.stream().limit(limit)
                .map(m -> Payload.of("slack/responses/conversations.history.message.json").set("ts", m.ts())
                        .set("text", m.text()).raw("metadata", withMetadata && m.metadata() != null ? m.metadata() : "null").text())
                .collect(Collectors.joining(", "));
        return Payload.of("slack/responses/conversations.history.json").raw("messages", messages).text();
    }

    private String conversationsInfo(String id) {
        Channel c = channels.get(id);
        return c == null ? error("channel_not_found") : Payload.of("slack/responses/conversations.info.json")
                .set("channel", id).set("name", c.name()).raw("is_member", Boolean.toString(c.curioIsMember())).text();
    }

    private String conversationsMembers(String id) {
        Channel c = channels.get(id);
        return c == null ? error("channel_not_found") : Payload.of("slack/responses/conversations.members.json")
                .raw("members", c.members().stream().map(m -> "\"" + m + "\"").collect(Collectors.joining(", "))).text();
    }

    private static String error(String error) {
        return Payload.of("slack/responses/error.json").set("error", error).text();
    }

    private String nextTs() {
        return java.time.Instant.now().getEpochSecond() + "." + String.format("%06d", messages.incrementAndGet() % 1_000_000);
    }

    /** {@code chat.postMessage} to a user id posts in that person's DM with the app. */
    private static String dmOf(String channel) {
        return channel != null && channel.startsWith("U") ? "D" + channel.substring(1) : String.valueOf(channel);
    }

    private static String callbackId(String view) {
        if (view == null) {
            return "";
        }
        var m = java.util.regex.Pattern.compile("\"callback_id\"\\s*:\\s*\"([^\"]*)\"").matcher(view);
        return m.find() ? m.group(1) : "";
    }

    /**
     * A JSON body's fields as a form would carry them: strings as they are, blocks and metadata as
     * the JSON text they were sent as. Read with a streaming parser that skips what it keeps as
     * text: in a fan-out benchmark this fake shares the box with Curio, so it should cost little.
     */
    private static Map<String, String> fields(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.getCurrentName();
                JsonToken value = parser.nextToken();
                if (value.isStructStart()) {
                    int start = (int) parser.getTokenLocation().getCharOffset();
                    parser.skipChildren();
                    params.put(name, body.substring(start, (int) parser.getCurrentLocation().getCharOffset()));
                } else if (value != JsonToken.VALUE_NULL) {
                    params.put(name, parser.getText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
        return params;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2)).filter(kv -> kv.length == 2 && !kv[0].isEmpty())
                .forEach(kv -> params.put(decode(kv[0]), decode(kv[1])));
        return params;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "fake-slack");
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void close() {
        server.stop(0);
        answerLater.shutdownNow();
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
