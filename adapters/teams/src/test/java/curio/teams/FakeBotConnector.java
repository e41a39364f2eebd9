package curio.teams;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A Bot Connector on 127.0.0.1 that records every call and answers as scripted (default 200). */
final class FakeBotConnector implements AutoCloseable {

    record Call(String method, String path, String body, String authorization, long atMillis) {
    }

    record Answer(int status, String retryAfter) {
    }

    private final HttpServer server;
    private final List<Call> calls = new ArrayList<>();
    private final Deque<Answer> script = new ArrayDeque<>();
    private final AtomicInteger ids = new AtomicInteger();

    FakeBotConnector() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    synchronized void answerNext(int status, String retryAfter) {
        script.addLast(new Answer(status, retryAfter));
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    synchronized void reset() {
        calls.clear();
        script.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Answer answer;
        synchronized (this) {
            calls.add(new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), body,
                    exchange.getRequestHeaders().getFirst("Authorization"), System.currentTimeMillis()));
            answer = script.isEmpty() ? new Answer(200, null) : script.removeFirst();
        }
        String path = exchange.getRequestURI().getPath();
        String id = exchange.getRequestMethod().equals("PUT")
                ? path.substring(path.lastIndexOf('/') + 1) : "msg-" + ids.incrementAndGet();
        byte[] out = (answer.status() == 200 ? "{\"id\":\"" + id + "\"}" : "{\"error\":{\"code\":\"x\"}}")
                .getBytes(StandardCharsets.UTF_8);
        if (answer.retryAfter() != null) {
            exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), out.length);
        exchange.getResponseBody().write(out);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
