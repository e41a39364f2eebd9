package curio.chat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person types as a time zone, read by one rule wherever a zone is typed (the
 * {@code timezone} command, {@code team setup #channel Zone}, the web API): an IANA name in any
 * case, spaces for underscores. Abbreviations ({@code CET}, {@code EST}, {@code PST}, also as
 * {@code EST5EDT}) are all refused with the places they usually mean: they hide daylight saving
 * ({@code EST} never has it, New York does) and several are ambiguous ({@code CST}, {@code IST}).
 * Fixed offsets are refused too, except a zero offset ({@code Etc/UTC}, {@code Z}), which is UTC.
 * Any other unknown name gets at most three of the nearest zone names, by city or by edit distance.
 */
public final class TimeZoneNames {

    /**
     * A zone, or {@code problem}: why the words are not one, in engine markdown (English), their words
     * escaped. {@code refusal} and {@code words} say the same for a caller that phrases it in
     * another language.
     */
    public record Reading(Optional<ZoneId> zone, String problem, List<String> suggestions, Refusal refusal,
                          String words) {

        static Reading of(ZoneId zone) {
            return new Reading(Optional.of(zone), "", List.of(), Refusal.NONE, "");
        }
    }

    /** Why typed words are not a zone. */
    public enum Refusal {
        NONE,
        /** {@code CET}, {@code EST5EDT}: the {@code suggestions} are the places it usually means. */
        ABBREVIATION,
        /** {@code UTC+2}, {@code Etc/GMT-1}. */
        FIXED_OFFSET,
        /** No zone; the {@code suggestions} are the nearest names, if any are near. */
        UNKNOWN
    }

    private static final int MAX_SUGGESTIONS = 3;
    /** Longer words are no zone name mistyped; comparing them would only cost time. */
    private static final int MAX_COMPARED = 64;
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Pattern POSIX = Pattern.compile("([A-Z]{3,5})\\d{1,2}(?:[A-Z]{3,5})?");
    private static final Set<String> REGIONS = Set.of("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic",
            "Australia", "Europe", "Indian", "Pacific");
    private static final List<String> PLACES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> REGIONS.contains(id.substring(0, Math.max(0, id.indexOf('/')))))
            .sorted().toList();

    private TimeZoneNames() {
    }

    public static Reading read(String typed) {
        String words = typed.strip();
        String name = words.replaceAll("\\s+", "_");
        List<String> meant = abbreviation(name.toUpperCase(Locale.ROOT));
        if (!meant.isEmpty()) {
            return new Reading(Optional.empty(), "\"" + Markdown.literal(words) + "\" is an abbreviation, which doesn't say "
                    + "when daylight saving applies (and some mean several places). Did you mean " + listed(meant) + "?", meant,
                    Refusal.ABBREVIATION, words);
        }
        Optional<String> known = ZoneId.getAvailableZoneIds().stream().filter(id -> id.equalsIgnoreCase(name)).findFirst();
        try {
            ZoneId zone = ZoneId.of(known.orElse(name));
            if (zone.getRules().isFixedOffset() && zone.getRules().getOffset(Instant.EPOCH).getTotalSeconds() == 0) {
                return Reading.of(UTC);
            }
            if (zone.getRules().isFixedOffset()) {
                return new Reading(Optional.empty(), "\"" + Markdown.literal(words) + "\" is a fixed offset, which doesn't "
                        + "follow daylight saving. Use the name of a place, like `Europe/Berlin` or `America/New_York`.",
                        List.of(), Refusal.FIXED_OFFSET, words);
            }
            return Reading.of(zone);
        } catch (DateTimeException e) {
            List<String> nearest = nearest(name);
            return new Reading(Optional.empty(), "\"" + Markdown.literal(words) + "\" is not a time zone I know. "
                    + (nearest.isEmpty() ? "Use a name like `Europe/Berlin`, `America/New_York` or `Asia/Tokyo`."
                    : "Did you mean " + listed(nearest) + "?"), nearest, Refusal.UNKNOWN, words);
        }
    }

    private static List<String> abbreviation(String upper) {
        Matcher posix = POSIX.matcher(upper);
        return ZoneAbbreviations.places(posix.matches() ? posix.group(1) : upper);
    }

    /**
     * The zones nearest to {@code name}: those whose name or city is fewest edits away (a city named
     * exactly is none), if that is close enough for a typo; alphabetical among equals.
     */
    static List<String> nearest(String name) {
        if (name.length() > MAX_COMPARED) {
            return List.of();
        }
        String whole = key(name);
        String city = key(name.substring(name.lastIndexOf('/') + 1));
        Map<String, Integer> distances = new LinkedHashMap<>();
        ZoneAbbreviations.city(city).ifPresent(id -> distances.put(id, 0));
        for (String id : PLACES) {
            int distance = Math.min(EditDistance.between(whole, key(id)),
                    EditDistance.between(city, key(id.substring(id.lastIndexOf('/') + 1))));
            if (distance <= allowed(city.length())) {
                distances.merge(id, distance, Math::min);
            }
        }
        int best = distances.values().stream().min(Integer::compare).orElse(0);
        return distances.entrySet().stream()
                .filter(entry -> entry.getValue() == best)
                .map(Map.Entry::getKey)
                .sorted()
                .limit(MAX_SUGGESTIONS)
                .toList();
    }

    private static int allowed(int length) {
        return length <= 4 ? 1 : length <= 8 ? 2 : 3;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.']", "");
    }

    private static String listed(List<String> ids) {
        List<String> code = ids.stream().map(id -> "`" + id + "`").toList();
        return code.size() == 1 ? code.get(0)
                : String.join(", ", code.subList(0, code.size() - 1)) + " or " + code.get(code.size() - 1);
    }
}
