package curio.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The playground's JSON API over real HTTP, called by curl, by its own page and by other pages. */
@MicronautTest
@Property(name = "curio.web", value = "true")
@Property(name = "micronaut.server.port", value = "-1")
class PlaygroundEdgeTest {

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
    private static final String HI = "{\"user\":\"alice\",\"text\":\"hi\"}";

    @Inject
    EmbeddedServer server;
    RawHttp http;

    @BeforeEach
    void dial() {
        http = new RawHttp("127.0.0.1", server.getPort());
    }

    private Map<String, String> json(String... headers) {
        Map<String, String> all = new java.util.LinkedHashMap<>(JSON);
        for (int i = 0; i < headers.length; i += 2) {
            all.put(headers[i], headers[i + 1]);
        }
        return all;
    }

    @Test
    void curlNeedsNoTokenButMustSendJson() throws Exception {
        RawHttp.Response said = http.post("/web/api/messages", JSON, HI);
        assertEquals(200, said.status(), said.body());
        assertTrue(said.body().contains("alice said hi"), said.body());
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data"}) {
            RawHttp.Response refused = http.post("/web/api/messages", Map.of("Content-Type", type), HI);
            assertEquals(415, refused.status(), type + ": " + refused.body());
            assertFalse(refused.body().contains("said"), "the engine never heard it");
        }
    }

    @Test
    void anotherPagesRequestIsRefusedWhateverHostCurioIsCalled() throws Exception {
        String self = "127.0.0.1:" + server.getPort();
        for (String[] originAndHost : new String[][] {{"http://evil.example", self},
                {"http://evil.example", "curio.example.com"}, {"null", self},
                {"http://127.0.0.1:" + (server.getPort() + 1), self}, {"http://curio.example.com.evil.example", "curio.example.com"}}) {
            RawHttp.Response refused = http.post("/web/api/messages",
                    json("Origin", originAndHost[0], "Host", originAndHost[1]), HI);
            assertEquals(403, refused.status(), String.join(" from ", originAndHost) + ": " + refused.body());
            assertTrue(refused.body().contains("other web pages"), refused.head() + "\n\n" + refused.body());
        }
        RawHttp.Response read = http.get("/web/api/inbox?user=alice", Map.of("Sec-Fetch-Site", "cross-site"));
        assertEquals(403, read.status(), "an <img> or no-cors fetch carries no Origin, but no token either");
    }

    @Test
    void thePlaygroundPageWorksUnderAnyHostNameWithItsToken() throws Exception {
        String host = "curio.example.com:8080";
        RawHttp.Response page = http.get("/", Map.of("Host", host));
        assertEquals(200, page.status());
        String cookie = page.header("Set-Cookie");
        assertNotNull(cookie, page.head());
        assertTrue(cookie.contains("SameSite=Strict") && cookie.toLowerCase().contains("httponly"), cookie);
        assertEquals("DENY", page.header("X-Frame-Options"), "no other page may frame the playground");
        Matcher value = Pattern.compile("curio_web_token=([A-Za-z0-9_-]+)").matcher(cookie);
        assertTrue(value.find());
        String token = value.group(1);
        assertTrue(page.body().contains("content=\"" + token + "\""), "the page knows its browser's token");

        RawHttp.Response said = http.post("/web/api/messages", json("Host", host, "Origin", "http://" + host,
                "Cookie", "curio_web_token=" + token, "X-Curio-Web-Token", token), HI);
        assertEquals(200, said.status(), said.body());
        RawHttp.Response behindTls = http.post("/web/api/messages", json("Host", "curio.example.com", "Origin",
                "https://curio.example.com", "Cookie", "curio_web_token=" + token, "X-Curio-Web-Token", token), HI);
        assertEquals(200, behindTls.status(), behindTls.body());
        RawHttp.Response again = http.get("/", Map.of("Host", host, "Cookie", "curio_web_token=" + token));
        assertTrue(again.body().contains(token), "a second tab keeps the browser's token");
    }

    @Test
    void aBrowserRequestWithoutItsTokenIsRefused() throws Exception {
        String self = "127.0.0.1:" + server.getPort();
        String token = "A".repeat(43);
        String other = "B".repeat(43);
        for (Map<String, String> headers : java.util.List.of(json("Origin", "http://" + self),
                json("Origin", "http://" + self, "Cookie", "curio_web_token=" + token),
                json("Origin", "http://" + self, "X-Curio-Web-Token", token),
                json("Origin", "http://" + self, "Cookie", "curio_web_token=" + token, "X-Curio-Web-Token", other),
                json("Referer", "http://" + self + "/", "Cookie", "curio_web_token=x", "X-Curio-Web-Token", "x"))) {
            RawHttp.Response refused = http.post("/web/api/messages", headers, HI);
            assertEquals(403, refused.status(), headers + ": " + refused.body());
            assertTrue(refused.body().contains("X-Curio-Web-Token"), refused.body());
        }
    }

    @Test
    void adminIsHonouredOnlyForRequestsFromThisMachine() throws Exception {
        String boss = "{\"user\":\"boss\",\"text\":\"hi\",\"admin\":true}";
        RawHttp.Response local = http.post("/web/api/messages", JSON, boss);
        assertTrue(local.body().contains("boss said hi as an admin"), local.body());
        RawHttp.Response viaLocalhost = http.post("/web/api/messages", json("Host", "localhost:" + server.getPort()), boss);
        assertEquals(200, viaLocalhost.status(), viaLocalhost.body());

        RawHttp.Response proxied = http.post("/web/api/messages", json("X-Forwarded-For", "203.0.113.9"),
                "{\"user\":\"eve\",\"text\":\"hi\",\"admin\":true}");
        assertEquals(403, proxied.status(), "a proxy on this machine forwards other machines: " + proxied.body());
        assertTrue(proxied.body().contains("field 'admin'"), proxied.body());
        RawHttp.Response rebound = http.post("/web/api/messages", json("Host", "rebound.example:" + server.getPort()),
                "{\"user\":\"eve\",\"text\":\"hi\",\"admin\":true}");
        assertEquals(403, rebound.status(), "a domain rebound to 127.0.0.1 is not this machine: " + rebound.body());

        RawHttp.Response asBoss = http.post("/web/api/messages", json("X-Forwarded-For", "203.0.113.9"),
                "{\"user\":\"boss\",\"text\":\"team setup #general\"}");
        assertEquals(403, asBoss.status(), "nobody elsewhere may speak as an admin: " + asBoss.body());
        assertEquals(403, http.get("/web/api/inbox?user=boss", Map.of("X-Forwarded-For", "203.0.113.9")).status());
        RawHttp.Response asEve = http.post("/web/api/messages", json("X-Forwarded-For", "203.0.113.9"),
                "{\"user\":\"eve\",\"text\":\"hi\"}");
        assertTrue(asEve.body().contains("eve said hi\""), "refused claims made nobody an admin: " + asEve.body());
    }

    @Test
    void deeplyNestedJsonOrAHugeNumberGets400AndOneLogLineNeverAStackTrace() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        try {
            for (String body : new String[] {"[".repeat(10_000) + "]".repeat(10_000),
                    "{\"user\":\"alice\",\"text\":\"hi\",\"values\":" + "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_001),
                    "{\"user\":\"alice\",\"text\":\"hi\",\"n\":" + "9".repeat(5_000) + "}",
                    "{\"user\":\"alice\",\"text\":\"hi\",\"n\":0." + "9".repeat(5_000) + "}"}) {
                int before = log.list.size();
                RawHttp.Response refused = http.post("/web/api/messages", JSON, body);
                assertEquals(400, refused.status(), refused.body());
                assertTrue(refused.body().startsWith("{\"error\":"), refused.body());
                assertFalse(refused.body().contains("Exception") || refused.body().contains("at com."), refused.body());
                java.util.List<ILoggingEvent> lines = log.list.subList(before, log.list.size());
                assertEquals(1, lines.size(), lines.toString());
                assertTrue(lines.stream().allMatch(e -> e.getThrowableProxy() == null), "no stack trace: " + lines);
            }
        } finally {
            root.detachAppender(log);
        }
        assertEquals(200, http.post("/web/api/messages", JSON, HI).status(), "the next request is served");
    }
}
