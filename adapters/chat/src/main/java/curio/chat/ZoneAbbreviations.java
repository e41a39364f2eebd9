package curio.chat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The places people usually mean by a time zone abbreviation, and big cities that have no zone of
 * their own in the IANA database, for {@link TimeZoneNames}' suggestions.
 */
final class ZoneAbbreviations {

    private static final List<String> CENTRAL_EUROPE = List.of("Europe/Berlin", "Europe/Paris", "Europe/Madrid");
    private static final List<String> EASTERN_EUROPE = List.of("Europe/Athens", "Europe/Helsinki", "Europe/Bucharest");
    private static final List<String> WESTERN_EUROPE = List.of("Europe/Lisbon", "Atlantic/Canary");
    private static final List<String> BRITAIN = List.of("Europe/London", "UTC");
    private static final List<String> EASTERN_US = List.of("America/New_York", "America/Toronto");
    private static final List<String> CENTRAL_US = List.of("America/Chicago", "America/Mexico_City", "Asia/Shanghai");
    private static final List<String> MOUNTAIN_US = List.of("America/Denver", "America/Phoenix", "America/Edmonton");
    private static final List<String> PACIFIC_US = List.of("America/Los_Angeles", "America/Vancouver");
    private static final List<String> EASTERN_AUSTRALIA = List.of("Australia/Sydney", "Australia/Melbourne",
            "Australia/Brisbane");

    private static final Map<String, List<String>> PLACES = Map.ofEntries(
            Map.entry("CET", CENTRAL_EUROPE), Map.entry("CEST", CENTRAL_EUROPE), Map.entry("MET", CENTRAL_EUROPE),
            Map.entry("MEST", CENTRAL_EUROPE), Map.entry("EET", EASTERN_EUROPE), Map.entry("EEST", EASTERN_EUROPE),
            Map.entry("WET", WESTERN_EUROPE), Map.entry("WEST", WESTERN_EUROPE), Map.entry("GMT", BRITAIN),
            Map.entry("BST", BRITAIN), Map.entry("IST", List.of("Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem")),
            Map.entry("MSK", List.of("Europe/Moscow")), Map.entry("EST", EASTERN_US), Map.entry("EDT", EASTERN_US),
            Map.entry("ET", EASTERN_US), Map.entry("CST", CENTRAL_US), Map.entry("CDT", CENTRAL_US),
            Map.entry("CT", CENTRAL_US), Map.entry("MST", MOUNTAIN_US), Map.entry("MDT", MOUNTAIN_US),
            Map.entry("MT", MOUNTAIN_US), Map.entry("PST", PACIFIC_US), Map.entry("PDT", PACIFIC_US),
            Map.entry("PT", PACIFIC_US), Map.entry("AKST", List.of("America/Anchorage")),
            Map.entry("AKDT", List.of("America/Anchorage")), Map.entry("HST", List.of("Pacific/Honolulu")),
            Map.entry("AST", List.of("America/Halifax", "America/Puerto_Rico", "Asia/Riyadh")),
            Map.entry("NST", List.of("America/St_Johns")), Map.entry("BRT", List.of("America/Sao_Paulo")),
            Map.entry("ART", List.of("America/Argentina/Buenos_Aires")), Map.entry("AEST", EASTERN_AUSTRALIA),
            Map.entry("AEDT", EASTERN_AUSTRALIA), Map.entry("ACST", List.of("Australia/Adelaide", "Australia/Darwin")),
            Map.entry("AWST", List.of("Australia/Perth")), Map.entry("NZST", List.of("Pacific/Auckland")),
            Map.entry("NZDT", List.of("Pacific/Auckland")), Map.entry("JST", List.of("Asia/Tokyo")),
            Map.entry("KST", List.of("Asia/Seoul")), Map.entry("HKT", List.of("Asia/Hong_Kong")),
            Map.entry("SGT", List.of("Asia/Singapore")), Map.entry("PHT", List.of("Asia/Manila")),
            Map.entry("WIB", List.of("Asia/Jakarta")), Map.entry("PKT", List.of("Asia/Karachi")),
            Map.entry("GST", List.of("Asia/Dubai")), Map.entry("SAST", List.of("Africa/Johannesburg")),
            Map.entry("CAT", List.of("Africa/Maputo", "Africa/Harare")), Map.entry("EAT", List.of("Africa/Nairobi")),
            Map.entry("WAT", List.of("Africa/Lagos")));

    /** Cities people name that share another city's zone; keys as {@link TimeZoneNames} compares names. */
    private static final Map<String, String> CITIES = Map.ofEntries(
            Map.entry("munich", "Europe/Berlin"), Map.entry("frankfurt", "Europe/Berlin"),
            Map.entry("hamburg", "Europe/Berlin"), Map.entry("cologne", "Europe/Berlin"),
            Map.entry("barcelona", "Europe/Madrid"), Map.entry("milan", "Europe/Rome"),
            Map.entry("geneva", "Europe/Zurich"), Map.entry("manchester", "Europe/London"),
            Map.entry("edinburgh", "Europe/London"), Map.entry("washington", "America/New_York"),
            Map.entry("nyc", "America/New_York"), Map.entry("newyorkcity", "America/New_York"),
            Map.entry("boston", "America/New_York"), Map.entry("atlanta", "America/New_York"),
            Map.entry("miami", "America/New_York"), Map.entry("montreal", "America/Toronto"),
            Map.entry("austin", "America/Chicago"), Map.entry("dallas", "America/Chicago"),
            Map.entry("houston", "America/Chicago"), Map.entry("seattle", "America/Los_Angeles"),
            Map.entry("sanfrancisco", "America/Los_Angeles"), Map.entry("portland", "America/Los_Angeles"),
            Map.entry("mumbai", "Asia/Kolkata"), Map.entry("delhi", "Asia/Kolkata"),
            Map.entry("newdelhi", "Asia/Kolkata"), Map.entry("bangalore", "Asia/Kolkata"),
            Map.entry("bengaluru", "Asia/Kolkata"), Map.entry("beijing", "Asia/Shanghai"),
            Map.entry("shenzhen", "Asia/Shanghai"), Map.entry("osaka", "Asia/Tokyo"));

    private ZoneAbbreviations() {
    }

    /** The places an abbreviation usually means (upper case); empty when it is not one. */
    static List<String> places(String abbreviation) {
        return PLACES.getOrDefault(abbreviation, List.of());
    }

    /** The zone of a city without one of its own, by its compared name. */
    static Optional<String> city(String key) {
        return Optional.ofNullable(CITIES.get(key));
    }
}
