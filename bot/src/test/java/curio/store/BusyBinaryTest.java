package curio.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;
import redis.embedded.RedisServer;

/**
 * The embedded Redis starts even when its freshly written binary is still open for writing somewhere for a
 * moment ("Text file busy"), as when another thread of the JVM forks a process right after writing it.
 */
class BusyBinaryTest {

    @Test
    void aBinaryStillOpenForWritingIsStartedOnceItIsFree(@TempDir Path dir) throws Exception {
        int port = freePort();
        List<String> shipped = RedisServer.newRedisServer().bind("127.0.0.1").port(port).setting("save \"\"").buildCommandArgs();
        Path binary = Files.copy(Path.of(shipped.get(0)), dir.resolve("redis-server"), StandardCopyOption.REPLACE_EXISTING);
        assertTrue(binary.toFile().setExecutable(true));
        List<String> command = new ArrayList<>(shipped);
        command.set(0, binary.toString());
        RedisServer server = new RedisServer(port, command, false);

        FileOutputStream writer = new FileOutputStream(binary.toFile(), true);
        IOException busy = assertThrows(IOException.class, server::start, "the binary is open for writing");
        assertTrue(String.valueOf(busy.getCause()).contains("Text file busy"), busy::toString);

        CompletableFuture<Void> released = CompletableFuture.runAsync(() -> close(writer),
                CompletableFuture.delayedExecutor(150, TimeUnit.MILLISECONDS));
        try {
            RedisFactory.startWhenTheBinaryIsFree(server);
            try (Jedis redis = new Jedis("127.0.0.1", port)) {
                assertEquals("PONG", redis.ping());
            }
        } finally {
            released.join();
            server.stop();
            Files.deleteIfExists(Path.of(shipped.get(1)));
        }
    }

    @Test
    void anotherFailureToStartIsNotRetried(@TempDir Path dir) throws Exception {
        RedisServer server = new RedisServer(freePort(), List.of(dir.resolve("no-such-binary").toString()), false);

        IOException failed = assertThrows(IOException.class, () -> RedisFactory.startWhenTheBinaryIsFree(server));
        assertTrue(String.valueOf(failed.getCause()).contains("No such file"), failed::toString);
    }

    private static void close(FileOutputStream writer) {
        try {
            writer.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
