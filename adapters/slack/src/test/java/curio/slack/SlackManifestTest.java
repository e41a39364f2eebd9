package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Both Slack manifests validate against Slack's official manifest schema, copied to manifests/slack/schema. */
class SlackManifestTest {

    static final Path DIR = Path.of("../../manifests/slack");
    static final String REMOTE = "https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/";

    static JsonSchema schema() {
        String local = DIR.resolve("schema").toAbsolutePath().normalize().toUri().toString();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
                b -> b.schemaMappers(m -> m.mapPrefix(REMOTE, local)));
        return factory.getSchema(SchemaLocation.of(local + "manifest.schema.json"));
    }

    static JsonNode load(String file) throws IOException {
        Object yaml = new Yaml().load(Files.readString(DIR.resolve(file)));
        return new ObjectMapper().valueToTree(yaml);
    }

    @Test
    void theHttpManifestIsValid() throws IOException {
        assertValid("manifest.yml");
    }

    @Test
    void theSocketModeManifestIsValid() throws IOException {
        assertValid("manifest.socket-mode.yml");
    }

    private static void assertValid(String file) throws IOException {
        Set<ValidationMessage> errors = schema().validate(load(file));
        assertTrue(errors.isEmpty(), file + ": " + errors);
        JsonNode manifest = load(file);
        assertEquals("Curio", manifest.at("/display_information/name").asText());
        assertEquals("/curio", manifest.at("/features/slash_commands/0/command").asText());
        assertTrue(manifest.at("/features/slash_commands/0/should_escape").asBoolean(),
                "/curio must send channels and people as <#C1|name> and <@U1>");
        List<String> events = new ObjectMapper().convertValue(manifest.at("/settings/event_subscriptions/bot_events"), List.class);
        assertTrue(events.containsAll(List.of("message.im", "app_mention", "app_home_opened", "app_uninstalled",
                "tokens_revoked", "member_joined_channel")), events.toString());
    }

    @Test
    void theSchemaCatchesABrokenManifest() throws IOException {
        ObjectNode broken = (ObjectNode) load("manifest.yml");
        ((ObjectNode) broken.get("features")).putArray("slash_commands").addObject().put("command", "curio");
        assertFalse(schema().validate(broken).isEmpty());
    }

    @Test
    void socketModeNeedsNoPublicUrlAndHttpModeUsesTheEventsEndpoint() throws IOException {
        assertFalse(Files.readString(DIR.resolve("manifest.socket-mode.yml")).contains("YOUR-HOST"));
        assertTrue(load("manifest.socket-mode.yml").at("/settings/socket_mode_enabled").asBoolean());
        assertEquals("https://YOUR-HOST/slack/events", load("manifest.yml").at("/settings/event_subscriptions/request_url").asText());
    }
}
