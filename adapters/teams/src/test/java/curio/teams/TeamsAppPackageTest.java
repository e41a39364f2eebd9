package curio.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The app package an admin uploads: a valid v1.30 manifest and both icons at the zip root. */
class TeamsAppPackageTest {

    static final Path MANIFESTS = Path.of("../../manifests/teams");
    static final Path ZIP = Path.of("target/curio-teams-app.zip");

    @Test
    void theManifestIsValidAgainstTheTeamsSchemaV130() throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(TeamsAppPackage.manifest(MANIFESTS, TeamsAppPackage.appId()));
        Set<ValidationMessage> errors = schema().validate(manifest);

        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals("1.30", manifest.get("manifestVersion").asText());
        assertEquals(List.of("personal", "team", "groupChat"),
                new ObjectMapper().convertValue(manifest.at("/bots/0/scopes"), List.class));
    }

    @Test
    void aManifestWithoutABotIdIsRejected() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode manifest = json.readTree(TeamsAppPackage.manifest(MANIFESTS, null));
        ((com.fasterxml.jackson.databind.node.ObjectNode) manifest.at("/bots/0")).remove("botId");

        assertTrue(!schema().validate(manifest).isEmpty());
    }

    @Test
    void theIconsHaveTheSizesTeamsAsksFor() throws IOException {
        BufferedImage color = ImageIO.read(MANIFESTS.resolve("color.png").toFile());
        BufferedImage outline = ImageIO.read(MANIFESTS.resolve("outline.png").toFile());

        assertEquals(192, color.getWidth());
        assertEquals(192, color.getHeight());
        assertEquals(32, outline.getWidth());
        for (int x = 0; x < 32; x++) {
            for (int y = 0; y < 32; y++) {
                int argb = outline.getRGB(x, y);
                boolean transparent = (argb >>> 24) == 0;
                assertTrue(transparent || (argb & 0xFFFFFF) == 0xFFFFFF, "outline must be white on transparent");
            }
        }
    }

    @Test
    void theBuildZipsManifestAndIconsAtTheRootWithTheBotId() throws IOException {
        TeamsAppPackage.write(MANIFESTS, "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", Path.of("target/test-app.zip"));
        List<String> names = new ArrayList<>();
        String manifest = "";
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(Path.of("target/test-app.zip")))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                names.add(entry.getName());
                if (entry.getName().equals("manifest.json")) {
                    manifest = new String(zip.readAllBytes());
                }
            }
        }
        assertEquals(List.of("manifest.json", "color.png", "outline.png"), names);
        assertTrue(manifest.contains("\"botId\": \"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee\""));

        TeamsAppPackage.write(MANIFESTS, TeamsAppPackage.appId(), ZIP);
        assertTrue(Files.size(ZIP) > 0);
    }

    private static JsonSchema schema() throws IOException {
        try (InputStream in = Files.newInputStream(MANIFESTS.resolve("schema/MicrosoftTeams.schema.v1.30.json"))) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .regularExpressionFactory(JoniRegularExpressionFactory.getInstance()).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in, config);
        }
    }
}
