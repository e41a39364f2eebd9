package curio.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Where Curio listens, tried from this machine's own network address (a client that is not
 * loopback, as another machine would be).
 */
class WebBindTest {

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    private static EmbeddedServer start(String... properties) {
        Map<String, Object> all = new HashMap<>(Map.of("micronaut.server.port", "-1"));
        for (int i = 0; i < properties.length; i += 2) {
            all.put(properties[i], properties[i + 1]);
        }
        return ApplicationContext.run(EmbeddedServer.class, all);
    }

    private static String networkAddress() throws SocketException {
        Optional<String> address = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(WebBindTest::up)
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .map(InetAddress::getHostAddress).findFirst();
        assumeTrue(address.isPresent(), "this machine has a network address besides loopback");
        return address.get();
    }

    private static boolean up(NetworkInterface i) {
        try {
            return i.isUp() && !i.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }

    @Test
    void thePlaygroundListensOnLoopbackOnlyByDefault() throws Exception {
        String address = networkAddress();
        try (EmbeddedServer server = start("curio.web", "true")) {
            assertEquals(200, new RawHttp("127.0.0.1", server.getPort()).get("/", Map.of()).status());
            assertThrows(ConnectException.class,
                    () -> new RawHttp(address, server.getPort()).get("/", Map.of()), "other machines cannot connect");
        }
    }

    @Test
    void curioWebBindOpensThePlaygroundButOtherMachinesGetNoAdmin() throws Exception {
        String address = networkAddress();
        try (EmbeddedServer server = start("curio.web", "true", "curio.web-bind", "0.0.0.0")) {
            RawHttp remote = new RawHttp(address, server.getPort());
            RawHttp.Response said = remote.post("/web/api/messages", JSON, "{\"user\":\"ann\",\"text\":\"hi\"}");
            assertTrue(said.body().contains("ann said hi"), said.body());
            RawHttp.Response admin = remote.post("/web/api/messages", JSON,
                    "{\"user\":\"ann\",\"text\":\"hi\",\"admin\":true}");
            assertEquals(403, admin.status(), admin.body());
            assertTrue(admin.body().contains("field 'admin' is honoured only for requests from this machine"),
                    admin.body());
        }
    }

    @Test
    void teamsDevelopmentModeListensOnLoopbackOnlyUnlessCurioWebBindSaysOtherwise() throws Exception {
        String address = networkAddress();
        try (EmbeddedServer server = start("teams.dev-mode", "true", "teams.app-id", "")) {
            assertEquals(404, new RawHttp("127.0.0.1", server.getPort()).get("/web/api/inbox?user=a", Map.of()).status());
            assertThrows(ConnectException.class, () -> new RawHttp(address, server.getPort()).get("/", Map.of()),
                    "unauthenticated Teams activities come from this machine only");
        }
        try (EmbeddedServer server = start("teams.dev-mode", "true", "curio.web-bind", "0.0.0.0")) {
            assertEquals(404, new RawHttp(address, server.getPort()).get("/web/api/inbox?user=a", Map.of()).status());
        }
        try (EmbeddedServer server = start("teams.dev-mode", "true", "microsoftappid", "11111111-2222-3333-4444-555555555555")) {
            assertEquals(404, new RawHttp(address, server.getPort()).get("/web/api/inbox?user=a", Map.of()).status(),
                    "with an app id every activity carries a token: Teams must reach Curio");
        }
    }

    @Test
    void withAnotherPlatformAndNoPlaygroundCurioListensOnEveryInterface() throws Exception {
        String address = networkAddress();
        try (EmbeddedServer server = start("microsoftappid", "11111111-2222-3333-4444-555555555555")) {
            RawHttp.Response none = new RawHttp(address, server.getPort()).get("/web/api/inbox?user=a", Map.of());
            assertEquals(404, none.status(), "Slack and Teams can reach Curio; the playground is off");
        }
    }

    @Test
    void aBindAddressThatIsNoAddressStopsTheStart() throws IOException {
        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> start("curio.web", "true", "curio.web-bind", "0.0.0.0:3000").close());
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append(" | ");
        }
        assertTrue(messages.toString().contains("CURIO_WEB_BIND"), messages.toString());
    }
}
