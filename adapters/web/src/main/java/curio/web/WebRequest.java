package curio.web;

import com.fasterxml.jackson.databind.JsonNode;
import curio.chat.Markdown;
import curio.chat.TimeZoneNames;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads and checks a web API body; every problem names the field. */
final class WebRequest {

    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._@+-]{1,64}");
    private final JsonNode body;

    WebRequest(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new BadRequest("the body must be a JSON object");
        }
        this.body = body;
    }

    String user() {
        return checkName("user", required("user"));
    }

    /** User and room names: 1-64 letters, digits or . _ @ + - (no spaces, no glob characters). */
    static String checkName(String field, String value) {
        if (value == null || !USER.matcher(value).matches()) {
            throw new BadRequest("field '" + field + "' must be 1-64 letters, digits or . _ @ + -");
        }
        return value;
    }

    String required(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            throw new BadRequest("field '" + field + "' is required");
        }
        if (!node.isTextual()) {
            throw new BadRequest("field '" + field + "' must be a string");
        }
        return node.asText();
    }

    String optional(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return "";
        }
        if (!node.isTextual()) {
            throw new BadRequest("field '" + field + "' must be a string");
        }
        return node.asText();
    }

    /** An optional room to speak in, like {@code general}; empty for a direct message. */
    String channel() {
        String channel = optional("channel").replaceFirst("^#", "");
        return channel.isEmpty() ? channel : checkName("channel", channel);
    }

    Optional<Boolean> flag(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isBoolean()) {
            throw new BadRequest("field '" + field + "' must be true or false");
        }
        return Optional.of(node.asBoolean());
    }

    /** The playground's time zone, read by the same rule as the {@code timezone} command. */
    Optional<ZoneId> timeZone() {
        String zone = optional("timeZone");
        if (zone.isEmpty()) {
            return Optional.empty();
        }
        TimeZoneNames.Reading reading = TimeZoneNames.read(zone);
        if (reading.zone().isEmpty()) {
            throw new BadRequest("field 'timeZone': " + Markdown.toPlain(reading.problem()));
        }
        return reading.zone();
    }

    Map<String, String> values() {
        JsonNode node = body.get("values");
        if (node == null || !node.isObject()) {
            throw new BadRequest("field 'values' is required and must be an object of field id to text");
        }
        Map<String, String> values = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            if (!e.getValue().isTextual()) {
                throw new BadRequest("field 'values." + e.getKey() + "' must be a string");
            }
            values.put(e.getKey(), e.getValue().asText());
        });
        return values;
    }

    /** A request the caller got wrong: answered with 400 and this message. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }
}
