package curio.fuzz;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack requests for the fuzz run: a recorded event, slash command or interaction, mutated, then
 * signed over the bytes sent (v0 HMAC at {@code clock}'s now), so the mutation reaches the parser
 * and the engine. A few carry a broken signature instead, and must be refused.
 */
final class SlackCases {

    static final String FORM = "application/x-www-form-urlencoded";
    private static final String[] OTHER_TYPES = {"text/plain", "application/xml", "multipart/form-data; boundary=zz",
        "application/json; charset=utf-16", FORM, "application/json", null, "*/*"};

    private final String secret;
    private final Clock clock;

    SlackCases(String secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    FuzzRequest build(int index, Random random) {
        String seed = Seeds.SLACK.get(random.nextInt(Seeds.SLACK.size()));
        String marker = String.format("FZ%05d", index);
        String command = Seeds.command(random);
        boolean slash = seed.endsWith(".txt");
        boolean interaction = seed.startsWith("block_actions") || seed.startsWith("view_submission");
        String text = Seeds.load("slack", seed).replace("{{n}}", marker)
                .replace("{{text}}", slash ? TextMutator.encode(command) : Seeds.jsonText(command));
        List<String> applied = new ArrayList<>();
        JsonMutator json = new JsonMutator(random);
        TextMutator plain = new TextMutator(random, applied);
        int roll = random.nextInt(100);
        FuzzRequest.Kind kind = roll < 3 ? FuzzRequest.Kind.CLEAN : roll < 7 ? FuzzRequest.Kind.BAD_AUTH : FuzzRequest.Kind.MUTATED;
        if (kind == FuzzRequest.Kind.MUTATED) {
            if (slash) {
                text = random.nextInt(5) == 0 ? plain.body(text) : plain.form(text);
            } else {
                text = random.nextInt(6) == 0 ? plain.body(text) : json.mutate(text, 1 + random.nextInt(3));
                applied.addAll(0, json.applied());
            }
        }
        String body = interaction ? "payload=" + TextMutator.encode(text) : text;
        if (kind == FuzzRequest.Kind.MUTATED && interaction && random.nextInt(8) == 0) {
            body = plain.form(body);
        }
        String type = slash || interaction ? FORM : "application/json";
        if (kind == FuzzRequest.Kind.MUTATED && random.nextInt(16) == 0) {
            type = OTHER_TYPES[random.nextInt(OTHER_TYPES.length)];
            applied.add("content type " + type);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = signed(bytes, kind == FuzzRequest.Kind.BAD_AUTH ? random : null, applied);
        return new FuzzRequest(index, "/slack/events", seed, applied, bytes, type, headers, marker, kind);
    }

    /** A direct message of {@code text} from {@code U<marker>} in {@code D<marker>}, signed, not mutated. */
    FuzzRequest message(String marker, String text) {
        String seed = "event_callback.message.im.json";
        byte[] body = Seeds.load("slack", seed).replace("{{n}}", marker).replace("{{text}}", Seeds.jsonText(text))
                .getBytes(StandardCharsets.UTF_8);
        return new FuzzRequest(-1, "/slack/events", seed, List.of(), body, "application/json",
                signed(body, null, List.of()), marker, FuzzRequest.Kind.CLEAN);
    }

    /** The signature headers; with {@code breaker}, broken in one of the ways Slack never sends. */
    private Map<String, String> signed(byte[] body, Random breaker, List<String> applied) {
        long now = clock.instant().getEpochSecond();
        String timestamp = Long.toString(now);
        String signature = sign(timestamp, body);
        Map<String, String> headers = new LinkedHashMap<>();
        if (breaker != null) {
            switch (breaker.nextInt(7)) {
                case 0 -> signature = signature.substring(0, signature.length() - 1) + (signature.endsWith("0") ? "1" : "0");
                case 1 -> {
                    timestamp = Long.toString(now - 301);
                    signature = sign(timestamp, body);
                }
                case 2 -> {
                    timestamp = Long.toString(now + 3600);
                    signature = sign(timestamp, body);
                }
                case 3 -> signature = null;
                case 4 -> timestamp = null;
                case 5 -> signature = "v1=" + signature.substring(3);
                default -> signature = sign(timestamp, "{}".getBytes(StandardCharsets.UTF_8));
            }
            applied.add("broken signature: ts=" + timestamp + " sig=" + (signature == null ? null : signature.substring(0, 8)));
        }
        if (timestamp != null) {
            headers.put("X-Slack-Request-Timestamp", timestamp);
        }
        if (signature != null) {
            headers.put("X-Slack-Signature", signature);
        }
        return headers;
    }

    private String sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
