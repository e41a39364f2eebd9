package curio.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded structural mutations of one JSON document: a field dropped, nulled, given another type,
 * a 100k string, control and odd Unicode characters, deep nesting, huge numbers, a duplicate key,
 * another {@code type}. What is not valid JSON for Jackson's writer (nesting, huge numbers,
 * duplicate keys) goes in as a placeholder replaced in the text. {@link #applied} says what was done.
 */
final class JsonMutator {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Writes every non-ASCII character as {@code \\uXXXX}: lone surrogates reach the server as escapes. */
    private static final ObjectMapper ASCII = new ObjectMapper()
            .configure(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature(), true);
    /** Keys whose value picks a handler: worth setting to another known value. */
    private static final Map<String, List<String>> SWITCHES = Map.of(
            "type", List.of("message", "app_mention", "app_home_opened", "member_joined_channel", "app_uninstalled",
                    "tokens_revoked", "block_actions", "view_submission", "view_closed", "shortcut", "message_action",
                    "block_suggestion", "event_callback", "url_verification", "conversationUpdate",
                    "installationUpdate", "invoke", "messageReaction", "event", "typing", "messageUpdate",
                    "endOfConversation", "", "MESSAGE"),
            "subtype", List.of("bot_message", "message_changed", "thread_broadcast", "file_share", ""),
            "channel_type", List.of("im", "channel", "group", "mpim", ""),
            "conversationType", List.of("personal", "channel", "groupChat", ""),
            "action", List.of("add", "remove", "add-upgrade", "remove-upgrade", ""),
            "actionId", List.of("prompt.quiz", "prompt.got", "curio.opt-in", "data.delete.confirm", "challenge.new.open", ""),
            "action_id", List.of("prompt.quiz#9", "prompt.got#0", "data.delete.confirm#0", "challenge.new.open#0", "#", ""),
            "callback_id", List.of("challenge.new", "checkin", "reflect", "", "nope"),
            "callbackId", List.of("challenge.new", "checkin", "reflect", "", "nope"),
            "channelId", List.of("msteams", "emulator", "slack", "webchat", ""));
    private static final String[] ODD = {"\u0000", "\u0007", "\u001b[31m", "\r\n", "\t", "\u007f", "\u0085", "\u202e",
        "\ufeff", "\ud83d\ude00", "\ud800", "\udfff", "\u0301\u0301\u0301", "Ω≈ç√∫", "<!channel>", "<@U1|x>", "%00",
        "../../etc/passwd", "${jndi:ldap://127.0.0.1:1/x}", "' OR 1=1 --", "*", "?", "[", "{", "}", ":", "|", "\\", "\"",
        "{{n}}", "curio:{slack:T1}:L:U1", "\u200b", "\uffff"};
    private static final String[] HUGE = {"1e400", "-1e400", "18446744073709551616", "9".repeat(400), "-0", "1E-400",
        "0.0000000000000000000000000000001", "123456789.123456789e-99999", "4294967296", "-9223372036854775809"};
    private static final String[] IDS = {"", " ", "U1", "UBOT", "USLACKBOT", "*", "{", "}", "curio:{x}", "a|b", "a:b",
        "x".repeat(600), "\u0000", "../", "ñ", "29:", "28:bot", "T1", "null"};

    private final Random random;
    private final List<String> applied = new ArrayList<>();
    private final Map<String, String> raw = new LinkedHashMap<>();

    JsonMutator(Random random) {
        this.random = random;
    }

    List<String> applied() {
        return applied;
    }

    /** {@code json} with {@code count} mutations; the text as is when it is not a JSON document. */
    String mutate(String json, int count) {
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return json;
        }
        if (!(tree instanceof ContainerNode<?>)) {
            return json;
        }
        for (int i = 0; i < count; i++) {
            mutate((ContainerNode<?>) tree);
        }
        try {
            boolean ascii = random.nextInt(3) == 0;
            String text = (ascii ? ASCII : JSON).writeValueAsString(tree);
            for (Map.Entry<String, String> r : raw.entrySet()) {
                text = text.replace("\"" + r.getKey() + "\"", r.getValue());
            }
            return text;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A place in the tree: a field of an object or an element of an array. */
    private record Slot(ContainerNode<?> parent, String field, int index, String path) {
        JsonNode get() {
            return parent instanceof ObjectNode o ? o.get(field) : ((ArrayNode) parent).get(index);
        }

        void set(JsonNode value) {
            if (parent instanceof ObjectNode o) {
                o.set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void drop() {
            if (parent instanceof ObjectNode o) {
                o.remove(field);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    private void mutate(ContainerNode<?> root) {
        List<Slot> slots = new ArrayList<>();
        collect(root, "$", slots);
        if (slots.isEmpty()) {
            return;
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        JsonNode value = slot.get();
        switch (random.nextInt(11)) {
            case 0 -> {
                slot.drop();
                applied.add("drop " + slot.path());
            }
            case 1 -> {
                slot.set(NullNode.instance);
                applied.add("null " + slot.path());
            }
            case 2 -> retype(slot, value);
            case 3 -> longString(slot);
            case 4 -> odd(slot, value);
            case 5 -> nest(slot);
            case 6 -> placeholder(slot, HUGE[random.nextInt(HUGE.length)], "huge number");
            case 7 -> duplicateKey(slot, value);
            case 8 -> switchValue(slots);
            case 9 -> idValue(slots);
            default -> {
                if (value.isTextual()) {
                    slot.set(TextNode.valueOf(value.asText().isEmpty() ? " " : ""));
                    applied.add("blank " + slot.path());
                } else {
                    retype(slot, value);
                }
            }
        }
    }

    private static void collect(JsonNode node, String path, List<Slot> slots) {
        if (node instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                slots.add(new Slot(o, name, -1, path + "." + name));
                collect(o.get(name), path + "." + name, slots);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                slots.add(new Slot(a, null, i, path + "[" + i + "]"));
                collect(a.get(i), path + "[" + i + "]", slots);
            }
        }
    }

    private void retype(Slot slot, JsonNode value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonNode to = switch (random.nextInt(6)) {
            case 0 -> LongNode.valueOf(random.nextInt(3) == 0 ? Long.MIN_VALUE : random.nextInt(100_000) - 50_000);
            case 1 -> DoubleNode.valueOf(random.nextDouble() * 1e6);
            case 2 -> TextNode.valueOf(value.isContainerNode() ? value.toString() : value.asText() + "x");
            case 3 -> f.objectNode().set("id", value.deepCopy());
            case 4 -> f.arrayNode().add(value.deepCopy());
            default -> BooleanNode.valueOf(random.nextBoolean());
        };
        slot.set(to);
        applied.add("retype " + slot.path() + " to " + to.getNodeType());
    }

    private void longString(Slot slot) {
        String unit = switch (random.nextInt(4)) {
            case 0 -> "a";
            case 1 -> "\u00e9\ud83d\ude00";
            case 2 -> "<@U1> ";
            default -> "\\*_~`";
        };
        slot.set(TextNode.valueOf(unit.repeat(100_000 / unit.length())));
        applied.add("100k string " + slot.path());
    }

    private void odd(Slot slot, JsonNode value) {
        String odd = ODD[random.nextInt(ODD.length)];
        String text = value.isValueNode() ? value.asText() : "";
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        slot.set(TextNode.valueOf(text.substring(0, at) + odd + text.substring(at)));
        applied.add("odd chars " + escape(odd) + " in " + slot.path());
    }

    private void nest(Slot slot) {
        int depth = new int[] {64, 300, 1500, 20_000}[random.nextInt(4)];
        boolean arrays = random.nextBoolean();
        String text = arrays ? "[".repeat(depth) + "]".repeat(depth) : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        placeholder(slot, text, "nested " + depth + (arrays ? " arrays" : " objects"));
    }

    private void placeholder(Slot slot, String text, String what) {
        String token = "@@raw" + raw.size() + "@@";
        raw.put(token, text);
        slot.set(TextNode.valueOf(token));
        applied.add(what + " " + slot.path() + (text.length() < 40 ? " = " + text : ""));
    }

    /** A second value for the same key (it comes last, so most readers keep it). */
    private void duplicateKey(Slot slot, JsonNode value) {
        if (!(slot.parent() instanceof ObjectNode o)) {
            retype(slot, value);
            return;
        }
        String token = "@@dup" + raw.size() + "@@";
        raw.put(token, "\"" + slot.field().replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        JsonNode other = random.nextBoolean() ? NullNode.instance : TextNode.valueOf("dup");
        o.set(token, other);
        applied.add("duplicate key " + slot.path() + " = " + other);
    }

    private void switchValue(List<Slot> slots) {
        List<Slot> switches = slots.stream().filter(s -> s.field() != null && SWITCHES.containsKey(s.field())).toList();
        if (switches.isEmpty()) {
            return;
        }
        Slot slot = switches.get(random.nextInt(switches.size()));
        List<String> values = SWITCHES.get(slot.field());
        String to = values.get(random.nextInt(values.size()));
        slot.set(TextNode.valueOf(to));
        applied.add("set " + slot.path() + " = \"" + to + "\"");
    }

    private void idValue(List<Slot> slots) {
        List<Slot> ids = slots.stream().filter(s -> s.field() != null && s.get().isTextual()
                && (s.field().toLowerCase().endsWith("id") || s.field().equals("user") || s.field().equals("channel")
                || s.field().endsWith("_ts") || s.field().equals("ts"))).toList();
        if (ids.isEmpty()) {
            return;
        }
        Slot slot = ids.get(random.nextInt(ids.size()));
        String to = IDS[random.nextInt(IDS.length)];
        slot.set(TextNode.valueOf(to));
        applied.add("id " + slot.path() + " = \"" + escape(to) + "\"");
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder();
        String shown = s.length() > 120 ? s.substring(0, 80) + "…(" + s.length() + " chars)…" + s.substring(s.length() - 30) : s;
        shown.codePoints().forEach(c -> out.append(c < 0x20 || c >= 0x7f && c < 0xa0 || c >= 0xd800 && c < 0xe000
                || c == 0xfeff || c == 0x202e ? String.format("\\u%04x", c) : new String(Character.toChars(c))));
        return out.toString();
    }
}
