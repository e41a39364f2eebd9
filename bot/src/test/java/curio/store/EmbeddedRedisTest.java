package curio.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import curio.chat.BotEventHandler;
import curio.support.Chat;
import io.micronaut.context.ApplicationContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

/** Without REDIS_URL, Curio's own Redis lets in only Curio: a local process without the password is refused. */
class EmbeddedRedisTest {

    private static ApplicationContext start(Path data) {
        return ApplicationContext.run(Map.of("curio.data-dir", data.toString(), "curio.redis-url", "",
                "curio.test.fake-adapter", "true", "curio.web", "false", "micronaut.server.port", "-1"));
    }

    @Test
    void aLocalProcessWithoutThePasswordGetsNoauthWhileCurioWorks() throws Exception {
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        logs.start();
        root.addAppender(logs);
        String password;
        int port;
        try (ApplicationContext curio = start(Files.createTempDirectory("curio-redis-auth"))) {
            EmbeddedRedis embedded = curio.getBean(EmbeddedRedis.class);
            HostAndPort address = embedded.address().orElseThrow();
            port = address.getPort();
            password = embedded.clientConfig().getPassword();

            assertTrue(send(address, "PING").startsWith("-NOAUTH"), "PING without AUTH");
            assertTrue(send(address, "GET", "anything").startsWith("-NOAUTH"), "GET without AUTH");
            assertTrue(send(address, "AUTH", "guess").startsWith("-WRONGPASS"), "AUTH with a guess");

            Chat chat = new Chat(curio.getBean(BotEventHandler.class));
            assertTrue(chat.say("ada", "start").text().contains("Welcome aboard"), "Curio answers, over its Redis");
            try (Jedis signedIn = new Jedis(address, embedded.clientConfig())) {
                assertEquals("127.0.0.1", signedIn.configGet("bind").get("bind"), "listens on loopback only");
                assertEquals(64, password.length(), "32 random bytes, hex");
            }
        } finally {
            root.detachAppender(logs);
        }
        String logged = logs.list.stream().map(EmbeddedRedisTest::render).collect(Collectors.joining("\n"));
        assertTrue(logged.contains("Embedded Redis on 127.0.0.1:" + port + " with a random password"), logged);
        assertTrue(logged.contains("production: set REDIS_URL to Redis 7.x"), logged);
        assertFalse(logged.contains(password), "the password is never logged");
        try (Stream<Path> temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertTrue(temp.noneMatch(f -> f.getFileName().toString().startsWith("embedded-redis-server_" + port)),
                    "the config file that carried the password is gone");
        }
    }

    @Test
    void eachStartHasItsOwnPasswordAndKeepsTheData() throws Exception {
        Path data = Files.createTempDirectory("curio-redis-restart");
        String first;
        try (ApplicationContext curio = start(data)) {
            first = curio.getBean(EmbeddedRedis.class).clientConfig().getPassword();
            new Chat(curio.getBean(BotEventHandler.class)).say("ada", "start");
        }
        try (ApplicationContext again = start(data)) {
            assertNotEquals(first, again.getBean(EmbeddedRedis.class).clientConfig().getPassword());
            String answer = new Chat(again.getBean(BotEventHandler.class)).say("ada", "start").text();
            assertTrue(answer.contains("already in"), "Ada is still enrolled after the restart: " + answer);
        }
    }

    private static String render(ILoggingEvent event) {
        return event.getFormattedMessage()
                + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
    }

    /** One command in Redis's wire protocol, from a client that knows no password; the first line of the answer. */
    private static String send(HostAndPort address, String... command) throws IOException {
        try (Socket socket = new Socket(address.getHost(), address.getPort())) {
            socket.setSoTimeout(5_000);
            StringBuilder request = new StringBuilder("*" + command.length + "\r\n");
            for (String part : command) {
                request.append('$').append(part.length()).append("\r\n").append(part).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
        }
    }
}
