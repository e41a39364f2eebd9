package curio.fuzz;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of a body as text (truncation, character flips, spliced junk, another document,
 * a byte-order mark, nothing at all) and of a form body's parameters (dropped, emptied, repeated,
 * badly percent-encoded, 100k long, odd characters). Each appends what it did to {@code applied}.
 */
final class TextMutator {

    private static final String[] JUNK = {",", "}", "]", "\"", "\\", "\\u12", "\u0000", "\n", "{\"", ":", "NaN", "//"};
    private static final String[] OTHER = {"null", "[]", "{}", "42", "\"x\"", "true", "{", "[{}]", " ",
        "<?xml version=\"1.0\"?><a/>", "payload=", "payload", "=", "&&&", "\u0000"};
    private static final String[] BAD_ENCODING = {"%zz", "%", "%E2%82", "%C0%AF", "%FF%FE", "+%2", "%u0041"};

    private final Random random;
    private final List<String> applied;

    TextMutator(Random random, List<String> applied) {
        this.random = random;
        this.applied = applied;
    }

    String body(String text) {
        switch (random.nextInt(7)) {
            case 0 -> {
                int at = text.isEmpty() ? 0 : random.nextInt(text.length());
                applied.add("truncated at " + at + "/" + text.length());
                return text.substring(0, at);
            }
            case 1 -> {
                StringBuilder out = new StringBuilder(text);
                int flips = 1 + random.nextInt(5);
                for (int i = 0; i < flips && out.length() > 0; i++) {
                    out.setCharAt(random.nextInt(out.length()), (char) (random.nextBoolean() ? random.nextInt(128)
                            : random.nextInt(0xd7ff)));
                }
                applied.add(flips + " chars flipped");
                return out.toString();
            }
            case 2 -> {
                String junk = JUNK[random.nextInt(JUNK.length)];
                int at = text.isEmpty() ? 0 : random.nextInt(text.length());
                applied.add("junk " + JsonMutator.escape(junk) + " spliced at " + at);
                return text.substring(0, at) + junk + text.substring(at);
            }
            case 3 -> {
                String other = OTHER[random.nextInt(OTHER.length)];
                applied.add("body replaced by " + JsonMutator.escape(other));
                return other;
            }
            case 4 -> {
                applied.add("byte-order mark");
                return "\ufeff" + text;
            }
            case 5 -> {
                applied.add("trailing garbage");
                return text + text.substring(0, Math.min(text.length(), 1 + random.nextInt(20)));
            }
            default -> {
                applied.add("empty body");
                return "";
            }
        }
    }

    /** A mutation of one parameter of a form body ({@code a=1&b=2}). */
    String form(String body) {
        List<String[]> params = new ArrayList<>();
        for (String pair : body.split("&", -1)) {
            int eq = pair.indexOf('=');
            params.add(eq < 0 ? new String[] {pair, null} : new String[] {pair.substring(0, eq), pair.substring(eq + 1)});
        }
        int i = random.nextInt(params.size());
        String name = decode(params.get(i)[0]);
        switch (random.nextInt(7)) {
            case 0 -> {
                params.remove(i);
                applied.add("param " + name + " dropped");
            }
            case 1 -> {
                params.get(i)[1] = "";
                applied.add("param " + name + " empty");
            }
            case 2 -> {
                params.add(random.nextInt(params.size() + 1), new String[] {params.get(i)[0], encode("again")});
                applied.add("param " + name + " repeated");
            }
            case 3 -> {
                String bad = BAD_ENCODING[random.nextInt(BAD_ENCODING.length)];
                params.get(i)[1] = (params.get(i)[1] == null ? "" : params.get(i)[1]) + bad;
                applied.add("param " + name + " badly encoded " + bad);
            }
            case 4 -> {
                params.get(i)[1] = encode("x".repeat(100_000));
                applied.add("param " + name + " 100k long");
            }
            case 5 -> {
                String odd = new String[] {"\u0000", "\r\n", "\u202e", "\ud83d\ude00", "<!channel>", "|", "{", "*"}[random.nextInt(8)];
                boolean raw = random.nextBoolean();
                params.get(i)[1] = (params.get(i)[1] == null ? "" : params.get(i)[1]) + (raw ? odd : encode(odd));
                applied.add("param " + name + (raw ? " raw " : " ") + "odd chars " + JsonMutator.escape(odd));
            }
            default -> {
                params.get(i)[1] = null;
                applied.add("param " + name + " without =");
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] p : params) {
            out.append(out.isEmpty() ? "" : "&").append(p[0]).append(p[1] == null ? "" : "=" + p[1]);
        }
        return out.toString();
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
