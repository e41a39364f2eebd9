package curio.teams;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Bot Connector on 127.0.0.1 for offline tests: put its {@link #url()} as the {@code serviceUrl}
 * of the activities you post (see {@link Activities}) and Curio's replies and proactive sends come
 * here. It records every call ({@link #calls()}) and answers as scripted with {@link #answerNext},
 * else with 200: {@code {"id":"msg-N"}} for a new activity, the same id for an update (PUT),
 * {@code {"id":"a:opened-N"}} for a new conversation ({@code POST /v3/conversations}).
 * Rosters set with {@link #members} are served by {@code GET .../members} and, page by page,
 * {@code .../pagedmembers}, and one member of them by {@code GET .../members/{id}}; an unknown
 * conversation's roster, or someone not in it, is a 404. A team's channels set with
 * {@link #channels} are served by {@code GET /v3/teams/{id}/conversations}. Paths in {@link Call} are
 * decoded, e.g. {@code /v3/conversations/19:abc@thread.tacv2;messageid=1/activities}.
 * <p>
 * Shipped in the test-jar for the bot module's end-to-end tests, with {@link Activities},
 * {@link Post}, {@link OpenIdServer} and {@link StaticTokenCredentials}:
 * <pre>{@code
 * <dependency>
 *   <groupId>dev.curio</groupId><artifactId>curio-teams</artifactId><version>${project.version}</version>
 *   <type>test-jar</type><scope>test</scope>
 * </dependency>
 * }</pre>
 * In development mode (properties {@code teams.dev-mode=true}, {@code teams.app-id=}) no token is
 * needed: {@code Post.activity(server.getURL(), Activities.personalMessage(connector.url(), "start"), null)}
 * then {@code connector.postedTo("a:personal-1")} holds what Curio answered (Adaptive Card JSON).
 */
public final class FakeBotConnector implements AutoCloseable {

    /** One request as received; {@code query} is the raw query string or null. */
    public record Call(String method, String path, String query, String body, String authorization, long atMillis) {
    }

    /** A scripted answer: an HTTP status and an optional {@code Retry-After} header. */
    public record Answer(int status, String retryAfter) {
    }

    /**
     * A person in a roster: the {@code 29:} channel account id, a name, the AAD object id and the
     * user principal name (sign-in name, null when the roster leaves it out).
     */
    public record Member(String id, String name, String aadObjectId, String userPrincipalName) {

        public Member(String id, String name, String aadObjectId) {
            this(id, name, aadObjectId, null);
        }
    }

    private static final String MEMBERS = "/members";
    private static final String PAGED = "/pagedmembers";
    private static final String TEAMS = "/v3/teams/";
    private static final String CONVERSATIONS = "/v3/conversations/";

    private final HttpServer server;
    private final List<Call> calls = new ArrayList<>();
    private final Deque<Answer> script = new ArrayDeque<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<String, List<Member>> rosters = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> channels = new ConcurrentHashMap<>();
    private volatile int pageSize = 2;

    public FakeBotConnector() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The service URL to put in activities, ending in a slash. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** The next request gets this status (and {@code Retry-After} when not null) instead of 200. */
    public synchronized void answerNext(int status, String retryAfter) {
        script.addLast(new Answer(status, retryAfter));
    }

    /** The roster of a team or conversation, as its members endpoints will list it. */
    public void members(String conversationId, List<Member> members) {
        rosters.put(conversationId, List.copyOf(members));
    }

    /** The channels of a team by id, with their names (null for an unnamed General channel). */
    public void channels(String teamId, Map<String, String> names) {
        channels.put(teamId, new LinkedHashMap<>(names));
    }

    /** The most members one {@code pagedmembers} page holds (2 unless set, so paging is exercised). */
    public void pageSize(int members) {
        pageSize = members;
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The bodies of the activities posted (not updated) to one conversation, oldest first. */
    public List<String> postedTo(String conversationId) {
        String path = "/v3/conversations/" + conversationId + "/activities";
        return calls().stream().filter(c -> c.method().equals("POST") && c.path().equals(path))
                .map(Call::body).toList();
    }

    /** Forgets calls, scripted answers and rosters. */
    public synchronized void reset() {
        calls.clear();
        script.clear();
        rosters.clear();
        channels.clear();
        pageSize = 2;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        Answer answer;
        synchronized (this) {
            calls.add(new Call(method, path, exchange.getRequestURI().getRawQuery(), body,
                    exchange.getRequestHeaders().getFirst("Authorization"), System.currentTimeMillis()));
            answer = script.isEmpty() ? new Answer(200, null) : script.removeFirst();
        }
        String out;
        int status = answer.status();
        if (status != 200) {
            out = "{\"error\":{\"code\":\"x\"}}";
        } else if (method.equals("GET") && (path.endsWith(MEMBERS) || path.endsWith(PAGED))) {
            List<Member> roster = rosters.get(conversationOf(path));
            status = roster == null ? 404 : 200;
            out = roster == null ? "{\"error\":{\"code\":\"NotFound\"}}"
                    : path.endsWith(PAGED) ? page(roster, exchange.getRequestURI().getRawQuery()) : json(roster);
        } else if (method.equals("GET") && path.startsWith(CONVERSATIONS) && path.contains(MEMBERS + "/")) {
            String conversation = path.substring(CONVERSATIONS.length(), path.lastIndexOf(MEMBERS + "/"));
            String id = path.substring(path.lastIndexOf('/') + 1);
            List<Member> one = rosters.getOrDefault(conversation, List.of()).stream()
                    .filter(m -> m.id().equals(id) || id.equals(m.aadObjectId())).toList();
            status = one.isEmpty() ? 404 : 200;
            out = one.isEmpty() ? "{\"error\":{\"code\":\"MemberNotFoundInConversation\"}}"
                    : json(one.subList(0, 1)).replaceAll("^\\[|]$", "");
        } else if (method.equals("GET") && path.startsWith(TEAMS) && path.endsWith("/conversations")) {
            Map<String, String> names = channels.get(path.substring(TEAMS.length(), path.lastIndexOf('/')));
            status = names == null ? 404 : 200;
            out = names == null ? "{\"error\":{\"code\":\"NotFound\"}}" : channelList(names);
        } else if (method.equals("POST") && path.equals("/v3/conversations")) {
            out = "{\"id\":\"a:opened-" + ids.incrementAndGet() + "\"}";
        } else {
            String id = method.equals("PUT") ? path.substring(path.lastIndexOf('/') + 1) : "msg-" + ids.incrementAndGet();
            out = "{\"id\":\"" + id + "\"}";
        }
        byte[] bytes = out.getBytes(StandardCharsets.UTF_8);
        if (answer.retryAfter() != null) {
            exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private String page(List<Member> roster, String query) {
        int from = 0;
        int size = pageSize;
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String value = URLDecoder.decode(pair.substring(pair.indexOf('=') + 1), StandardCharsets.UTF_8);
            if (pair.startsWith("continuationToken=")) {
                from = Integer.parseInt(value.substring("page-".length()));
            } else if (pair.startsWith("pageSize=")) {
                size = Math.min(size, Integer.parseInt(value));
            }
        }
        int to = Math.min(roster.size(), from + size);
        String next = to < roster.size() ? ",\"continuationToken\":\"page-" + to + "\"" : "";
        return "{\"members\":" + json(roster.subList(from, to)) + next + "}";
    }

    private static String channelList(Map<String, String> names) {
        StringBuilder out = new StringBuilder("{\"conversations\":[");
        names.forEach((id, name) -> out.append(out.charAt(out.length() - 1) == '[' ? "" : ",").append("{\"id\":\"")
                .append(id).append('"').append(name == null ? "" : ",\"name\":\"" + name + "\"").append('}'));
        return out.append("]}").toString();
    }

    private static String conversationOf(String path) {
        String rest = path.substring("/v3/conversations/".length());
        return rest.substring(0, rest.lastIndexOf('/'));
    }

    private static String json(List<Member> members) {
        StringBuilder out = new StringBuilder("[");
        for (Member m : members) {
            out.append(out.length() > 1 ? "," : "").append("{\"id\":\"").append(m.id()).append("\",\"name\":\"")
                    .append(m.name()).append("\",\"aadObjectId\":\"").append(m.aadObjectId()).append('"')
                    .append(m.userPrincipalName() == null ? "" : ",\"userPrincipalName\":\"" + m.userPrincipalName() + "\"")
                    .append('}');
        }
        return out.append(']').toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
