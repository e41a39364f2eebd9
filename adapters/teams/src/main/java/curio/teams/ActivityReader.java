package curio.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * Reads an activity body the way Teams sends it. bot-schema 4.14.3 binds {@code timestamp} with
 * the pattern {@code ss.nXXX}: it rejects timestamps without fractional seconds (Teams sends them)
 * and reads ".123" as 123 nanoseconds. Both timestamps are rewritten to nine fractional digits first.
 */
final class ActivityReader {

    /** Larger bodies are refused (413); Teams activities are a few kilobytes. */
    static final int MAX_BYTES = 1024 * 1024;
    /** Teams ids are GUIDs and {@code 29:}/{@code a:}/{@code 19:} strings of a few dozen characters. */
    static final int MAX_ID_CHARS = 256;
    private static final Set<String> ACCOUNTS = Set.of("from", "recipient", "conversation", "membersAdded",
            "membersRemoved", "mentioned");

    private static final DateTimeFormatter NINE_DIGITS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSSXXX");

    private final ObjectMapper mapper;

    ActivityReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Parses a body; throws {@link IOException} for anything that is not an activity object. */
    Activity read(byte[] body) throws IOException {
        JsonNode tree = mapper.readTree(body);
        if (!(tree instanceof ObjectNode activity)) {
            throw new IOException("an activity must be a JSON object");
        }
        checkIds("", activity);
        normalise(activity, "timestamp");
        normalise(activity, "localTimestamp");
        return mapper.treeToValue(activity, Activity.class);
    }

    /**
     * Ids end up in Redis keys and members (a person, a conversation, an activity, a tenant): each
     * one ({@code id} or {@code ...Id}, at any depth) must be at most {@link #MAX_ID_CHARS} characters
     * without control characters or braces, as every id Teams sends is. An account or conversation
     * must be an object: bot-schema would read a string as the account's id, unchecked.
     */
    private static void checkIds(String name, JsonNode value) throws IOException {
        if (value.isTextual()) {
            if (ACCOUNTS.contains(name)) {
                throw new IOException(name + " is a string, not an object");
            }
            String id = value.asText();
            if ((name.equals("id") || name.endsWith("Id")) && (id.length() > MAX_ID_CHARS
                    || id.chars().anyMatch(c -> Character.isISOControl(c) || c == '{' || c == '}'))) {
                throw new IOException("an unusable " + name + " (" + id.length() + " characters)");
            }
        } else if (value.isObject()) {
            for (var fields = value.fields(); fields.hasNext(); ) {
                var field = fields.next();
                checkIds(field.getKey(), field.getValue());
            }
        } else if (value.isArray()) {
            for (JsonNode element : value) {
                checkIds(name, element);
            }
        }
    }

    private static void normalise(ObjectNode activity, String field) throws IOException {
        JsonNode value = activity.get(field);
        if (value == null || !value.isTextual()) {
            return;
        }
        try {
            activity.put(field, NINE_DIGITS.format(OffsetDateTime.parse(value.asText())));
        } catch (DateTimeParseException e) {
            throw new IOException("bad " + field + ": " + value.asText(), e);
        }
    }
}
