package curio.journeys;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The Bot Connector on 127.0.0.1 (the {@code serviceUrl} of the journey's activities), answering with
 * the recorded responses of {@code teams/responses/}: a new activity's id, the same id for an update,
 * a new conversation for {@code POST /v3/conversations}, the team's roster for its members. Every call is kept.
 */
public final class FakeBotConnector implements AutoCloseable {

    /** One call: method, decoded path and body. */
    public record Call(String method, String path, String body, String answer) {
        public JsonNode json() {
            return SlackWorkspace.read(body);
        }

        /** What a person reads in the activity: its text, its Adaptive Card's texts and button titles. */
        public String words() {
            StringBuilder out = new StringBuilder(json().path("text").asText(""));
            json().findValues("text").forEach(t -> out.append('\n').append(t.asText("")));
            json().findValues("title").forEach(t -> out.append('\n').append(t.asText("")));
            return out.toString();
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final String tenantId;

    public FakeBotConnector(String tenantId) {
        this.tenantId = tenantId;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    public int count() {
        return calls.size();
    }

    /** The first activity since {@code from} that Curio sent ({@code POST}) to {@code conversationId} and matches. */
    public Call posted(int from, String conversationId, Predicate<Call> matches) {
        return await(from, c -> c.method().equals("POST") && c.path().equals("/v3/conversations/" + conversationId + "/activities")
                && matches.test(c));
    }

    public Call await(int from, Predicate<Call> matches) {
        return Await.until(() -> since(from).stream().filter(matches).findFirst(),
                () -> "no such call; calls since #" + from + ":\n" + since(from)
                        .stream().map(c -> c.method() + " " + c.path() + " " + c.body()).collect(Collectors.joining("\n")));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        int status = 200;
        String answer;
        if (method.equals("POST") && path.equals("/v3/conversations")) {
            answer = Payload.of("teams/responses/conversation_resource_response.json").set("id", "a:1opened-" + ids.incrementAndGet())
                    .set("service_url", url()).text();
        } else if (method.equals("GET") && path.endsWith("/pagedmembers")) {
            answer = Payload.of("teams/responses/paged_members.json").raw("members", roster()).text();
        } else if (method.equals("GET") && path.endsWith("/members")) {
            answer = roster();
        } else if (method.equals("POST") || method.equals("PUT")) {
            answer = Payload.of("teams/responses/resource_response.json").set("id", method.equals("PUT")
                    ? path.substring(path.lastIndexOf('/') + 1) : "1:" + ids.incrementAndGet()).text();
        } else {
            status = 404;
            answer = Payload.of("teams/responses/error.json").set("code", "NotFound").set("message", method + " " + path).text();
        }
        calls.add(new Call(method, path, body, answer));
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private String roster() {
        return Payload.of("teams/responses/team_members.json").set("tenant_id", tenantId).text();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** The calls from index {@code from} on, as a copy: a sub-list of the live list fails when a call arrives meanwhile. */
    private List<Call> since(int from) {
        List<Call> all = List.copyOf(calls);
        return all.subList(Math.min(from, all.size()), all.size());
    }
}
