package curio.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A fake Slack Web API on 127.0.0.1 that records every call and answers like Slack (Bolt's
 * MockSlackApiServer, smaller). Public, and shipped in this module's test-jar, so the bot module's
 * end-to-end tests can drive the real Slack adapter without a network:
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>dev.curio</groupId><artifactId>curio-slack</artifactId>
 *   <type>test-jar</type><scope>test</scope>
 * </dependency>
 *
 * FakeSlackApi slack = new FakeSlackApi();                  // close() it after the tests
 * // Micronaut properties: slack.api.url = slack.url(), slack.bot.token = "xoxb-1-test",
 * //                       slack.signing.secret = SignedRequests.SECRET
 * slack.channel("C123", true, "U1", "U2");                   // #team, Curio invited
 * new SignedRequests(server.getURI()).command(SignedRequests.slashCommand("U1", "team setup <#C123|team>"));
 * FakeSlackApi.Call reply = slack.await("chat.postMessage", 1, Duration.ofSeconds(5)).get(0);
 * reply.param("channel"); reply.param("text"); reply.param("blocks"); reply.param("thread_ts");
 * }</pre>
 *
 * Defaults: {@code auth.test} is the team numbered in the token ({@code xoxb-9-…} is T9; T1 otherwise) with bot user UBOT;
 * {@code chat.postMessage} to a user id lands in DM {@code D…}; {@code users.info} is Ada, a Berlin
 * admin (unless {@link #notAdmin}); channels are unknown ({@code channel_not_found}) until {@link #channel} declares them.
 * {@link #script} overrides the next reply of one method (errors, 429 with Retry-After).
 * Files go as {@code files.uploadV2} sends them: {@code files.getUploadURLExternal} answers an upload URL on
 * this server, whose POSTs are kept as {@link #uploads}, and {@code files.completeUploadExternal} lists the files.
 */
public final class FakeSlackApi implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One recorded Web API call: its form or query parameters, the token it carried, its place in the order of calls. */
    public record Call(String method, Map<String, String> params, String token, long nanos, int seq) {
        public String param(String name) {
            return params.get(name);
        }

        /** The {@code ts} a (not scripted) chat.postMessage was answered with: what a click on that message carries. */
        public String ts() {
            return "1700000000." + String.format("%06d", seq);
        }
    }

    /** Bytes POSTed to an upload URL this fake handed out, with the name and length announced for them. */
    public record Upload(String fileId, String filename, String length, byte[] bytes) {
    }

    record Reply(int status, Map<String, String> headers, String body) {
    }

    private record Channel(boolean curioIsMember, List<String> members) {
    }

    private static final Pattern TEAM_TOKEN = Pattern.compile("xoxb-([0-9]+)-");
    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Reply>> scripted = new ConcurrentHashMap<>();
    private final Map<String, Channel> channels = new ConcurrentHashMap<>();
    private final Set<String> notAdmins = ConcurrentHashMap.newKeySet();
    private final Map<String, String> locales = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final List<Upload> uploads = new CopyOnWriteArrayList<>();
    volatile String socketUrl = "ws://127.0.0.1:1/link";

    public FakeSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/", this::handle);
        server.createContext("/upload/", this::upload);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    /** The Web API base URL, for the {@code slack.api.url} setting. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    /** A Web API client that calls this fake. */
    public com.slack.api.Slack client() {
        com.slack.api.SlackConfig config = new com.slack.api.SlackConfig();
        config.setMethodsEndpointUrlPrefix(url());
        return com.slack.api.Slack.getInstance(config);
    }

    /** The next call of {@code method} gets this reply instead of the default. */
    public void script(String method, int status, Map<String, String> headers, String body) {
        scripted.computeIfAbsent(method, m -> new ArrayDeque<>()).add(new Reply(status, headers, body));
    }

    /**
     * Declares a channel: {@code conversations.info} says whether Curio is in it, and
     * {@code conversations.members} pages through {@code members} by cursor ({@code limit} per page).
     */
    public void channel(String channelId, boolean curioIsMember, String... members) {
        channels.put(channelId, new Channel(curioIsMember, List.of(members)));
    }

    /** {@code users.info} says these people are not workspace admins (everyone else is). */
    public void notAdmin(String... userIds) {
        notAdmins.addAll(List.of(userIds));
    }

    /** {@code users.info} gives this person that locale (everyone else is {@code en-US}). */
    public void locale(String userId, String languageTag) {
        locales.put(userId, languageTag);
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    public List<Call> calls() {
        return new ArrayList<>(calls);
    }

    /** Forgets the calls, uploads, scripted replies, channels, locales and who is not an admin. */
    public void reset() {
        calls.clear();
        uploads.clear();
        scripted.clear();
        channels.clear();
        notAdmins.clear();
        locales.clear();
    }

    /** The files POSTed to upload URLs, in order. */
    public List<Upload> uploads() {
        return List.copyOf(uploads);
    }

    /** Waits until {@code method} was called {@code count} times. */
    public List<Call> await(String method, int count, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (calls(method).size() < count && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        return calls(method);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> params = json(exchange) ? fields(body) : form(body);
        if (exchange.getRequestURI().getRawQuery() != null) {
            params.putAll(form(exchange.getRequestURI().getRawQuery()));
        }
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        String token = auth == null ? params.get("token") : auth.replace("Bearer ", "");
        Call call = new Call(method, params, token, System.nanoTime(), sequence.incrementAndGet());
        calls.add(call);
        Deque<Reply> queue = scripted.get(method);
        Reply reply = queue == null ? null : queue.poll();
        if (reply == null) {
            reply = new Reply(200, Map.of(), defaultBody(call, auth));
        }
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** Slack's upload URL answers a good POST with 200 and "OK - <bytes>" in plain text. */
    private void upload(HttpExchange exchange) throws IOException {
        String fileId = exchange.getRequestURI().getPath().substring("/upload/".length());
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        Call announced = calls("files.getUploadURLExternal").stream().filter(c -> fileId(c).equals(fileId)).findFirst()
                .orElse(null);
        int status = announced == null ? 404 : "POST".equals(exchange.getRequestMethod()) ? 200 : 405;
        if (status == 200) {
            uploads.add(new Upload(fileId, announced.param("filename"), announced.param("length"), bytes));
        }
        byte[] body = (status == 200 ? "OK - " + bytes.length : "Not found").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/plain");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    /** The file id handed out with an upload URL: one per {@code files.getUploadURLExternal} call. */
    private static String fileId(Call call) {
        return "F" + String.format("%08d", call.seq());
    }

    private String defaultBody(Call call, String auth) {
        String method = call.method();
        Map<String, String> p = call.params();
        Matcher numbered = auth == null ? null : TEAM_TOKEN.matcher(auth);
        String team = numbered != null && numbered.find() ? "T" + numbered.group(1) : "T1";
        return switch (method) {
            case "auth.test" -> "{\"ok\":true,\"team_id\":\"" + team + "\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\",\"team\":\"Acme\"}";
            case "chat.postMessage" -> "{\"ok\":true,\"channel\":\"" + channel(p.get("channel")) + "\",\"ts\":\"" + call.ts()
                    + "\""
                    + (p.get("thread_ts") == null ? "" : ",\"message\":{\"thread_ts\":\"" + p.get("thread_ts") + "\"}") + "}";
            case "conversations.open" -> "{\"ok\":true,\"no_op\":true,\"already_open\":true,\"channel\":{\"id\":\""
                    + channel(p.get("users")) + "\"}}";
            case "conversations.info" -> conversationsInfo(p.get("channel"));
            case "conversations.members" -> conversationsMembers(p.get("channel"), p.get("limit"), p.get("cursor"));
            case "chat.update" -> "{\"ok\":true,\"channel\":\"" + p.get("channel") + "\",\"ts\":\"" + p.get("ts") + "\"}";
            case "users.info" -> "{\"ok\":true,\"user\":{\"id\":\"" + p.get("user") + "\",\"name\":\"ada\",\"real_name\":\"Ada L\","
                    + "\"tz\":\"Europe/Berlin\",\"locale\":\"" + locales.getOrDefault(p.get("user"), "en-US")
                    + "\",\"is_admin\":" + !notAdmins.contains(p.get("user"))
                    + ",\"profile\":{\"display_name\":\"Ada\"}}}";
            case "files.getUploadURLExternal" -> "{\"ok\":true,\"upload_url\":\"http://127.0.0.1:" + server.getAddress().getPort()
                    + "/upload/" + fileId(call) + "\",\"file_id\":\"" + fileId(call) + "\"}";
            case "files.completeUploadExternal" -> "{\"ok\":true,\"files\":" + p.getOrDefault("files", "[]") + "}";
            case "apps.connections.open" -> "{\"ok\":true,\"url\":\"" + socketUrl + "\"}";
            case "oauth.v2.access" -> "{\"ok\":true,\"app_id\":\"A1\",\"access_token\":\"xoxb-9-installed-token-0000\",\"token_type\":\"bot\","
                    + "\"refresh_token\":\"xoxe-1-refresh\",\"expires_in\":43200,\"scope\":\"chat:write\",\"bot_user_id\":\"UBOT\","
                    + "\"team\":{\"id\":\"T9\",\"name\":\"Nine\"},\"authed_user\":{\"id\":\"UADMIN\"},\"is_enterprise_install\":false}";
            default -> "{\"ok\":true}";
        };
    }

    private String conversationsInfo(String id) {
        Channel c = channels.get(id);
        return c == null ? "{\"ok\":false,\"error\":\"channel_not_found\"}"
                : "{\"ok\":true,\"channel\":{\"id\":\"" + id + "\",\"is_channel\":true,\"is_member\":" + c.curioIsMember() + "}}";
    }

    private String conversationsMembers(String id, String limit, String cursor) {
        Channel c = channels.get(id);
        if (c == null) {
            return "{\"ok\":false,\"error\":\"channel_not_found\"}";
        }
        int size = limit == null || limit.isEmpty() ? 100 : Integer.parseInt(limit);
        int from = cursor == null || cursor.isEmpty() ? 0
                : Integer.parseInt(new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8).substring("offset:".length()));
        int to = Math.min(c.members().size(), from + size);
        String next = to < c.members().size()
                ? Base64.getEncoder().encodeToString(("offset:" + to).getBytes(StandardCharsets.UTF_8)) : "";
        String page = c.members().subList(from, to).stream().map(m -> "\"" + m + "\"").collect(Collectors.joining(","));
        return "{\"ok\":true,\"members\":[" + page + "],\"response_metadata\":{\"next_cursor\":\"" + next + "\"}}";
    }

    /** chat.postMessage to a user id lands in that user's DM. */
    private static String channel(String channel) {
        return channel != null && channel.startsWith("U") ? "D" + channel.substring(1) : channel;
    }

    private static boolean json(HttpExchange exchange) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        return type != null && type.startsWith("application/json");
    }

    /** A JSON body's fields as the form would carry them: strings as they are, blocks and metadata as their JSON. */
    private static Map<String, String> fields(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        try {
            JSON.readTree(body).fields().forEachRemaining(f ->
                    params.put(f.getKey(), f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + body, e);
        }
        return params;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.stop(0);
    }
}
