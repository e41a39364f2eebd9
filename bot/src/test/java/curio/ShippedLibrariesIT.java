package curio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What ships is what the SBOM says. After {@code package}, bot/target/bom.json (CycloneDX) names each
 * library of the shaded jar once, with the version whose Maven metadata the jar holds, and none at a
 * version with a published advisory (issue 9). Failsafe runs it on the built jar in {@code verify}.
 */
class ShippedLibrariesIT {

    /** The oldest version allowed to ship: older ones have advisories, or were replaced on purpose. */
    private static final Map<String, String> OLDEST_ALLOWED = Map.of(
            "com.squareup.okhttp3:okhttp", "4.9.2",                 // CVE-2021-0341; 3.12.2 shipped before
            "com.squareup.okio:okio", "3.4.0",                      // CVE-2023-3635; 1.15.0 shipped before
            "com.squareup.okio:okio-jvm", "3.4.0",
            "org.apache.commons:commons-lang3", "3.18.0",           // CVE-2025-48924; 3.9 shipped before
            "commons-io:commons-io", "2.18.0",                      // CVE-2024-47554; 2.8.0 shipped before
            "net.minidev:json-smart", "2.5.2",                      // CVE-2024-57699; 2.4.7 shipped before
            "com.nimbusds:nimbus-jose-jwt", "10.0.2",               // CVE-2025-53864
            "com.microsoft.azure:msal4j", "1.26.1",                 // 1.11.0 shipped before (CVE-2024-35255 < 1.15.1)
            "com.auth0:java-jwt", "4.5.0",                          // 3.13.0 shipped before
            "com.auth0:jwks-rsa", "0.23.0");                        // 0.15.0 shipped before

    /** Libraries another library carries inside its own jar: their Maven metadata is in ours, not in the SBOM. */
    private static final Map<String, String> BUNDLED_INSIDE = Map.of(
            "org.glassfish.tyrus:", "org.glassfish.tyrus.bundles:tyrus-standalone-client",
            "org.glassfish.grizzly:", "org.glassfish.tyrus.bundles:tyrus-standalone-client",
            "jakarta.websocket:", "org.glassfish.tyrus.bundles:tyrus-standalone-client",
            "org.jctools:jctools-core", "io.netty:netty-common");

    private static final Pattern POM_PROPERTIES = Pattern.compile("META-INF/maven/([^/]+)/([^/]+)/pom\\.properties");

    private static final Path BOM = Path.of(System.getProperty("curio.sbom"));
    private static final Path JAR = Path.of(System.getProperty("curio.jar"));
    private static final Map<String, List<String>> LISTED = new TreeMap<>();
    private static JsonNode sbom;
    private static boolean written;

    @BeforeAll
    static void readTheSbom() throws IOException {
        written = Files.exists(BOM) && !Files.getLastModifiedTime(BOM).toInstant()
                .isBefore(Files.getLastModifiedTime(JAR).toInstant());
        if (!written) {
            return;
        }
        sbom = new ObjectMapper().readTree(Files.readString(BOM));
        for (JsonNode component : sbom.path("components")) {
            LISTED.computeIfAbsent(component.path("group").asText() + ":" + component.path("name").asText(),
                    k -> new ArrayList<>()).add(component.path("version").asText());
        }
    }

    @BeforeEach
    void packageWroteTheSbom() {
        // cyclonedx's makeBom runs online only: Maven skips it offline (-o) with a warning
        assumeTrue(written || !Boolean.getBoolean("curio.offline"), "offline build: no SBOM was written to check");
        assertTrue(written, BOM + " is missing or older than " + JAR + ": package did not write the SBOM");
    }

    @Test
    void theSbomDescribesCurioAndListsItsLibraries() {
        assertEquals("curio-bot", sbom.path("metadata").path("component").path("name").asText());
        assertTrue(LISTED.containsKey("redis.clients:jedis") && LISTED.containsKey("dev.curio:curio-teams"),
                () -> "the SBOM misses Curio's own libraries: " + LISTED.keySet());
    }

    @Test
    void eachLibraryIsListedWithOneVersion() {
        assertEquals(Map.of(), LISTED.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "libraries listed with two versions");
    }

    @Test
    void noLibraryShipsAtAVersionWithAnAdvisory() {
        List<String> tooOld = new ArrayList<>();
        OLDEST_ALLOWED.forEach((library, oldest) -> LISTED.getOrDefault(library, List.of()).stream()
                .filter(version -> compare(version, oldest) < 0)
                .forEach(version -> tooOld.add(library + " " + version + " (oldest allowed: " + oldest + ")")));
        assertEquals(List.of(), tooOld, "libraries at versions with advisories");
    }

    @Test
    void everyLibraryInTheJarIsInTheSbomAtTheVersionTheJarHolds() throws IOException {
        List<String> differ = new ArrayList<>();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            for (JarEntry entry : jar.stream().toList()) {
                Matcher m = POM_PROPERTIES.matcher(entry.getName());
                if (!m.matches() || m.group(2).equals("curio-bot")) {
                    continue;
                }
                String library = m.group(1) + ":" + m.group(2);
                String version = version(jar, entry);
                List<String> listed = LISTED.get(library);
                if (listed != null && !listed.equals(List.of(version))) {
                    differ.add(library + " " + version + " (the SBOM says " + listed + ")");
                } else if (listed == null && (bundler(library) == null || !LISTED.containsKey(bundler(library)))) {
                    differ.add(library + " " + version + " (not in the SBOM, nor in BUNDLED_INSIDE)");
                }
            }
        }
        assertEquals(List.of(), differ, "libraries the jar holds other than the SBOM says");
    }

    private static String bundler(String library) {
        return BUNDLED_INSIDE.entrySet().stream().filter(e -> library.startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static String version(JarFile jar, JarEntry entry) throws IOException {
        try (InputStream in = jar.getInputStream(entry)) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        }
    }

    /** Compares dotted versions by their numbers (4.12.0 after 4.9.2); qualifiers count as 0. */
    static int compare(String a, String b) {
        String[] x = a.split("[.-]");
        String[] y = b.split("[.-]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Long.compare(number(x, i), number(y, i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static long number(String[] parts, int i) {
        return i < parts.length && parts[i].matches("\\d{1,18}") ? Long.parseLong(parts[i]) : 0;
    }
}
