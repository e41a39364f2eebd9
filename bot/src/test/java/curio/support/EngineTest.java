package curio.support;

import io.micronaut.test.support.TestPropertyProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * Test classes that start the whole engine: an embedded real Redis under a fresh data folder,
 * the in-memory chat adapter, and the web adapter.
 */
public interface EngineTest extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        try {
            return Map.of(
                    "curio.data-dir", Files.createTempDirectory("curio-test").toString(),
                    "curio.test.fake-adapter", "true",
                    "curio.web", "true",
                    "micronaut.server.port", "-1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
