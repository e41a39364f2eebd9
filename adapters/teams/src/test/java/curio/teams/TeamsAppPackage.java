package curio.teams;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds the Teams app package an admin uploads: manifest.json (bot id = {@code MicrosoftAppId}),
 * color.png and outline.png at the zip root. The build runs it from {@link TeamsAppPackageTest}.
 */
public final class TeamsAppPackage {

    static final String PLACEHOLDER = "00000000-0000-0000-0000-000000000000";

    private TeamsAppPackage() {
    }

    /** The manifest with the placeholder bot id replaced (left as is when no app id is given). */
    static String manifest(Path folder, String appId) throws IOException {
        String manifest = Files.readString(folder.resolve("manifest.json"), StandardCharsets.UTF_8);
        return appId == null || appId.isBlank() ? manifest : manifest.replace(PLACEHOLDER, appId.trim());
    }

    static void write(Path folder, String appId, Path zip) throws IOException {
        Files.createDirectories(zip.getParent());
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry("manifest.json"));
            out.write(manifest(folder, appId).getBytes(StandardCharsets.UTF_8));
            for (String icon : new String[] {"color.png", "outline.png"}) {
                out.putNextEntry(new ZipEntry(icon));
                out.write(Files.readAllBytes(folder.resolve(icon)));
            }
        }
    }

    static String appId() {
        String fromProperty = System.getProperty("MicrosoftAppId");
        return fromProperty != null ? fromProperty : System.getenv("MicrosoftAppId");
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args.length > 0 ? args[0] : "manifests/teams"), appId(),
                Path.of(args.length > 1 ? args[1] : "adapters/teams/target/curio-teams-app.zip"));
    }
}
