package curio.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads an activity body the way Teams sends it. bot-schema 4.14.3 binds {@code timestamp} with
 * the pattern {@code ss.nXXX}: it rejects timestamps without fractional seconds (Teams sends them)
 * and reads ".123" as 123 nanoseconds. Both timestamps are rewritten to nine fractional digits first.
 */
final class ActivityReader {

    /** Larger bodies are refused (413); Teams activities are a few kilobytes. */
    static final int MAX_BYTES = 1024 * 1024;

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
        normalise(activity, "timestamp");
        normalise(activity, "localTimestamp");
        return mapper.treeToValue(activity, Activity.class);
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
