package curio.delivery;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Application contexts for delivery tests: the fakes, an embedded Redis under a given data folder. */
public final class TestContexts {

    private TestContexts() {
    }

    public static Path newDataDir(String name) {
        try {
            return Files.createTempDirectory("curio-" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fast retries and claims, so the tests need seconds, not minutes. */
    public static Map<String, Object> properties(Path dataDir) {
        Map<String, Object> props = new HashMap<>();
        props.put("curio.data-dir", dataDir.toString());
        props.put("curio.redis-url", "");
        props.put("micronaut.server.port", "-1");
        props.put("curio.outbox.retry-base", "100ms");
        props.put("curio.outbox.claim-idle", "1s");
        props.put("curio.outbox.max-attempts", "4");
        return props;
    }

    /** {@link #properties} in a fresh data folder, as a {@code TestPropertyProvider} returns them. */
    public static Map<String, String> propertyStrings(String name) {
        Map<String, String> props = new HashMap<>();
        properties(newDataDir(name)).forEach((k, v) -> props.put(k, v.toString()));
        return props;
    }

    public static ApplicationContext start(Path dataDir, Map<String, Object> extra) {
        Map<String, Object> props = properties(dataDir);
        props.putAll(extra);
        return ApplicationContext.run(props, "delivery-test");
    }
}
