package curio.dashboard;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The dashboard's files, all served by Curio from its jar: the page, its script and style, and
 * Chart.js from the {@code org.webjars.npm:chart.js} WebJar (its UMD build, which bundles its one
 * dependency). Only these names are served; each is read once.
 */
@Singleton
class DashboardAssets {

    record Asset(byte[] bytes, String contentType) {}

    private static final String WEBJAR = "/META-INF/resources/webjars/chart.js/";
    private final Map<String, Asset> assets;

    DashboardAssets() {
        assets = Map.of(
                "dashboard.html", new Asset(read("/dashboard/dashboard.html"), "text/html; charset=utf-8"),
                "dashboard.js", new Asset(read("/dashboard/dashboard.js"), "text/javascript; charset=utf-8"),
                "dashboard.css", new Asset(read("/dashboard/dashboard.css"), "text/css; charset=utf-8"),
                "chart.umd.min.js", new Asset(read(WEBJAR + chartJsVersion() + "/dist/chart.umd.min.js"),
                        "text/javascript; charset=utf-8"));
    }

    Optional<Asset> find(String name) {
        return Optional.ofNullable(assets.get(name));
    }

    /** The WebJar's version, from the Maven metadata it carries (so a version bump needs no code change). */
    static String chartJsVersion() {
        Properties pom = new Properties();
        try (InputStream in = DashboardAssets.class.getResourceAsStream(
                "/META-INF/maven/org.webjars.npm/chart.js/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("The Chart.js WebJar is not on the class path");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version");
    }

    private static byte[] read(String resource) {
        try (InputStream in = DashboardAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing dashboard resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
