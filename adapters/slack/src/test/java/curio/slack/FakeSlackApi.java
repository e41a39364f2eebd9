package curio.slack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A fake Slack Web API on 127.0.0.1 that records every call (Bolt's MockSlackApiServer, smaller). */
final class FakeSlackApi implements AutoCloseable {

    record Call(String method, Map<String, String> params, String token, long nanos) {
        String param(String name) {
            return params.get(name);
        }
    }

    record Reply(int status, Map<String, String> headers, String body) {
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Reply>> scripted = new ConcurrentHashMap<>();
    volatile String socketUrl = "ws://127.0.0.1:1/link";

    FakeSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    /** The next call of {@code method} gets this reply instead of the default. */
    void script(String method, int status, Map<String, String> headers, String body) {
        scripted.computeIfAbsent(method, m -> new ArrayDeque<>()).add(new Reply(status, headers, body));
    }

    List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    List<Call> calls() {
        return new ArrayList<>(calls);
    }

    void reset() {
        calls.clear();
        scripted.clear();
    }

    /** Waits until {@code method} was called {@code count} times. */
    List<Call> await(String method, int count, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (calls(method).size() < count && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        return calls(method);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> params = form(body);
        if (exchange.getRequestURI().getRawQuery() != null) {
            params.putAll(form(exchange.getRequestURI().getRawQuery()));
        }
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        calls.add(new Call(method, params, auth == null ? params.get("token") : auth.replace("Bearer ", ""), System.nanoTime()));
        Deque<Reply> queue = scripted.get(method);
        Reply reply = queue == null ? null : queue.poll();
        if (reply == null) {
            reply = new Reply(200, Map.of(), defaultBody(method, params, auth));
        }
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private String defaultBody(String method, Map<String, String> p, String auth) {
        String team = auth != null && auth.contains("xoxb-9-") ? "T9" : "T1";
        return switch (method) {
            case "auth.test" -> "{\"ok\":true,\"team_id\":\"" + team + "\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\",\"team\":\"Acme\"}";
            case "chat.postMessage" -> "{\"ok\":true,\"channel\":\"" + channel(p.get("channel")) + "\",\"ts\":\"1700000000."
                    + String.format("%06d", calls.size()) + "\"}";
            case "chat.update" -> "{\"ok\":true,\"channel\":\"" + p.get("channel") + "\",\"ts\":\"" + p.get("ts") + "\"}";
            case "users.info" -> "{\"ok\":true,\"user\":{\"id\":\"" + p.get("user") + "\",\"name\":\"ada\",\"real_name\":\"Ada L\","
                    + "\"tz\":\"Europe/Berlin\",\"locale\":\"de-DE\",\"is_admin\":true,\"profile\":{\"display_name\":\"Ada\"}}}";
            case "apps.connections.open" -> "{\"ok\":true,\"url\":\"" + socketUrl + "\"}";
            case "oauth.v2.access" -> "{\"ok\":true,\"app_id\":\"A1\",\"access_token\":\"xoxb-9-installed-token-0000\",\"token_type\":\"bot\","
                    + "\"refresh_token\":\"xoxe-1-refresh\",\"expires_in\":43200,\"scope\":\"chat:write\",\"bot_user_id\":\"UBOT\","
                    + "\"team\":{\"id\":\"T9\",\"name\":\"Nine\"},\"authed_user\":{\"id\":\"UADMIN\"},\"is_enterprise_install\":false}";
            default -> "{\"ok\":true}";
        };
    }

    /** chat.postMessage to a user id lands in that user's DM. */
    private static String channel(String channel) {
        return channel != null && channel.startsWith("U") ? "D" + channel.substring(1) : channel;
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

    @Override
    public void close() {
        server.stop(0);
    }
}
