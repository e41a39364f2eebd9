package curio.fuzz;

import curio.words.Texts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * What the fuzz run left in Redis, checked: every key in a known family ({@code curio.store.Keys},
 * the Slack adapter's {@code SlackKeys} and inbox, the Teams adapter's {@code TeamsKeys}) and of a known
 * tenant, no key, member or field name with control characters or over {@link #MAX_NAME_BYTES},
 * learner hashes with known fields only, and nothing naming a request that was refused.
 */
final class StoredData {

    static final int MAX_NAME_BYTES = 512;
    private static final String TAG = "curio:\\{(slack|teams|web):([^{}]+)\\}:";
    private static final List<Pattern> FAMILIES = List.of(
            Pattern.compile("curio:(tenants|cohorts|cohort-fired|challenges-open|content:reloaded)"),
            Pattern.compile("curio:dashboard:key"),
            Pattern.compile(TAG + "dash:(link|session):.+"),
            Pattern.compile(TAG + "settings"),
            Pattern.compile("curio:\\{outbox\\}:(stream|retry|alive:[0-9a-f]+)"),
            Pattern.compile("curio:schedule:in-memory"),
            Pattern.compile("curio:sweep:[a-z-]+"),
            Pattern.compile("curio:slack:inbox"),
            Pattern.compile("curio:slack:(oauth-state|install-rate):.+"),
            Pattern.compile("curio:slack:sig:[0-9a-f]+"),
            Pattern.compile("curio:cohort:.+"),
            Pattern.compile(TAG + "(L|D|Q|A):.+"),
            Pattern.compile(TAG + "S:.+:.+"),
            Pattern.compile(TAG + "(learners|teams|challenges|challenge-seq|cohorts)"),
            Pattern.compile(TAG + "(team|team-leads|team-members|challenge|challenge-progress):.+"),
            Pattern.compile(TAG + "slack:(installation|refresh-lock|installer:.+|event:.+|user:.+)"),
            Pattern.compile(TAG + "slack:(pace:.+|retry-after|in-flight)"),
            Pattern.compile(TAG + "send-rate"),
            Pattern.compile(TAG + "teams:(person:.+|installers|accounts|channels|gone|installed:.+|removed:.+"
                    + "|answered:.+:.+|activity:.+)"));
    /** {@code LearnerFields}, the streak script's fields and {@code PromptSelector}'s (and its {@code c:<track>} cursors). */
    static final Set<String> LEARNER_FIELDS = Set.of("st", "nm", "tz", "pt", "ct", "days", "tx", "sh", "goal", "gq",
            "gask", "pu", "pauses", "cv", "ign", "ignd", "autop", "seen", "org", "last", "cur", "best", "frz", "earn",
            "total", "td", "tid", "tdone", "rr", "xh", "lang");
    private static final Pattern MARKER = Pattern.compile("(?i)fz(\\d{5})");
    private static final Pattern LEARNER = Pattern.compile(TAG + "L:.+");

    private final UnifiedJedis redis;
    private final Set<String> tenants;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Integer> families = new TreeMap<>();
    private int keys;

    /** {@code tenants}: the tenant keys data may be stored for, e.g. {@code slack:T1}. */
    StoredData(UnifiedJedis redis, Set<String> tenants) {
        this.redis = redis;
        this.tenants = tenants;
    }

    /** Checks every key; {@code refused} holds the indexes of the requests answered with a refusal. */
    List<String> check(Set<Integer> refused) {
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<byte[]> page = redis.scan(cursor.getBytes(StandardCharsets.UTF_8), new ScanParams().count(1000));
            for (byte[] raw : page.getResult()) {
                check(raw, refused);
            }
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        return problems;
    }

    int keys() {
        return keys;
    }

    /** How many keys of each family (the part before the first id). */
    Map<String, Integer> families() {
        return families;
    }

    private void check(byte[] raw, Set<Integer> refused) {
        keys++;
        String key = new String(raw, StandardCharsets.UTF_8);
        name("key", key, raw.length, key, refused);
        Matcher tag = Pattern.compile(TAG).matcher(key);
        if (tag.lookingAt() && !tenants.contains(tag.group(1) + ":" + tag.group(2))) {
            problems.add("a key of an unknown tenant: " + JsonMutator.escape(key));
        }
        if (FAMILIES.stream().noneMatch(p -> p.matcher(key).matches())) {
            problems.add("a key in no known family: " + JsonMutator.escape(key));
        }
        families.merge(family(key), 1, Integer::sum);
        String type = redis.type(raw);
        Collection<String> names = switch (type) {
            case "set" -> redis.smembers(key);
            case "hash" -> redis.hkeys(key);
            case "zset" -> redis.zrange(key, 0, -1);
            default -> List.of();
        };
        for (String n : names) {
            name("member or field of " + JsonMutator.escape(key), n, n.getBytes(StandardCharsets.UTF_8).length, key,
                    refused);
        }
        if (LEARNER.matcher(key).matches() && type.equals("hash")) {
            names.stream().filter(f -> !LEARNER_FIELDS.contains(f) && !f.matches("c:[a-z0-9-]+")).forEach(f ->
                    problems.add("an unknown field " + JsonMutator.escape(f) + " in the learner hash " + JsonMutator.escape(key)));
            String language = redis.hget(key, "lang");
            if (language != null && Texts.supported(language).filter(l -> l.getLanguage().equals(language)).isEmpty()) {
                problems.add("a language Curio does not speak, " + JsonMutator.escape(language) + ", in " + JsonMutator.escape(key));
            }
        }
    }

    private void name(String what, String name, int bytes, String key, Set<Integer> refused) {
        if (bytes > MAX_NAME_BYTES) {
            problems.add("a " + what + " of " + bytes + " bytes: " + JsonMutator.escape(name));
        }
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0xfffd)) {
            problems.add("a " + what + " with control or broken characters: " + JsonMutator.escape(name));
        }
        Matcher marker = MARKER.matcher(name);
        while (marker.find()) {
            int index = Integer.parseInt(marker.group(1));
            if (refused.contains(index)) {
                problems.add("stored for request #" + index + ", which was refused: " + what + " "
                        + JsonMutator.escape(name) + (name.equals(key) ? "" : " in " + JsonMutator.escape(key)));
            }
        }
    }

    private static String family(String key) {
        String rest = key.replaceFirst("^" + TAG, "curio:{$1:…}:");
        Matcher m = Pattern.compile("^(curio:(\\{[^}]*\\}:)?(slack:|teams:)?[A-Za-z-]+)").matcher(rest);
        return m.find() ? m.group(1) : JsonMutator.escape(key.substring(0, Math.min(20, key.length())));
    }
}
