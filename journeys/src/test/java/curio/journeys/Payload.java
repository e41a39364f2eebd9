package curio.journeys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recorded payload from {@code src/test/resources} with its placeholders ({@code {{name}}}) filled
 * in. Values are escaped for the file's format: JSON string content for {@code .json}, URL encoding
 * for {@code .txt} form bodies; {@link #raw} puts a JSON fragment in as is. {@code {{event_id}}},
 * {@code {{ts}}}, {@code {{epoch}}} and {@code {{activity_id}}} get fresh values when not set.
 * A placeholder left unfilled is a mistake in the journey and fails at once.
 */
public final class Payload {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");
    private static final AtomicLong SEQUENCE = new AtomicLong();
    /** Resources read once: a fake answering thousands of calls a second would read its files as often. */
    private static final Map<String, String> TEMPLATES = new ConcurrentHashMap<>();
    /** Templates cut at their placeholders once, for the same reason. */
    private static final Map<String, List<String>> PARTS = new ConcurrentHashMap<>();

    private final String resource;
    private final String template;
    private final Map<String, String> values = new LinkedHashMap<>();

    private Payload(String resource, String template) {
        this.resource = resource;
        this.template = template;
    }

    public static Payload of(String resource) {
        return new Payload(resource, TEMPLATES.computeIfAbsent(resource, Payload::read));
    }

    /** The resource's text as recorded, placeholders and all. */
    public static String read(String resource) {
        try (InputStream in = Payload.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded payload " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Payload set(String name, String value) {
        values.put(name, resource.endsWith(".txt") ? URLEncoder.encode(value, StandardCharsets.UTF_8) : jsonString(value));
        return this;
    }

    public Payload raw(String name, String fragment) {
        values.put(name, fragment);
        return this;
    }

    public String text() {
        long n = SEQUENCE.incrementAndGet();
        long now = System.currentTimeMillis();
        Map<String, String> fresh = Map.of("event_id", "Ev" + now + n, "ts", (now / 1000) + "." + String.format("%06d", n),
                "epoch", Long.toString(now / 1000), "activity_id", "1" + now + n);
        List<String> parts = PARTS.computeIfAbsent(template, Payload::parts);
        StringBuilder out = new StringBuilder(template.length() + 256);
        for (int i = 0; i < parts.size(); i++) {
            if (i % 2 == 0) {
                out.append(parts.get(i));
                continue;
            }
            String value = values.containsKey(parts.get(i)) ? values.get(parts.get(i)) : fresh.get(parts.get(i));
            if (value == null) {
                throw new IllegalStateException(resource + ": no value for {{" + parts.get(i) + "}}");
            }
            out.append(value);
        }
        return out.toString();
    }

    /** The template cut at its placeholders: text, name, text, name, …, text. */
    private static List<String> parts(String template) {
        List<String> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        int at = 0;
        while (m.find()) {
            parts.add(template.substring(at, m.start()));
            parts.add(m.group(1));
            at = m.end();
        }
        parts.add(template.substring(at));
        return parts;
    }

    /** {@code s} as the inside of a JSON string. */
    public static String jsonString(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }
}
