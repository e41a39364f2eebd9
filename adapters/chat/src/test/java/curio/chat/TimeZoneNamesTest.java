package curio.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeZoneNamesTest {

    @Test
    void aNearMissGetsAtMostThreeNearestNamesTheSameEveryTime() {
        List<String> suggested = TimeZoneNames.read("Manaa").suggestions();
        assertEquals(3, suggested.size(), "seven zones are equally near; three are offered: " + suggested);
        assertEquals(suggested.stream().sorted().toList(), suggested, "alphabetical among equals");
        assertEquals(suggested, TimeZoneNames.read("Manaa").suggestions());
        assertEquals(List.of("Europe/Berlin"), TimeZoneNames.read("berlin").suggestions());
        assertEquals(List.of("Europe/Berlin"), TimeZoneNames.read("Europe/Berln").suggestions());
    }

    @Test
    void everyAbbreviationIsRefusedNamingThePlacesItUsuallyMeans() {
        for (String abbreviation : new String[] {"CET", "cest", "EST", "EDT", "PST", "EST5EDT", "MST7MDT", "GMT"}) {
            TimeZoneNames.Reading reading = TimeZoneNames.read(abbreviation);
            assertEquals(Optional.empty(), reading.zone(), abbreviation);
            assertTrue(reading.problem().contains("is an abbreviation") && !reading.suggestions().isEmpty(), reading.problem());
        }
        assertEquals(List.of("Europe/Berlin", "Europe/Paris", "Europe/Madrid"), TimeZoneNames.read("CET").suggestions());
        assertEquals("America/New_York", TimeZoneNames.read("EST").suggestions().get(0));
    }

    @Test
    void namesInAnyCaseAreZonesAndOnlyAZeroOffsetIsAllowedAmongFixedOnes() {
        assertEquals(Optional.of(ZoneId.of("America/New_York")), TimeZoneNames.read("america/new york").zone());
        assertEquals(Optional.of(ZoneId.of("UTC")), TimeZoneNames.read("Etc/UTC").zone());
        assertEquals(Optional.of(ZoneId.of("UTC")), TimeZoneNames.read("utc").zone());
        assertTrue(TimeZoneNames.read("+05:00").problem().contains("fixed offset"));
        assertTrue(TimeZoneNames.read("<!channel>").problem().startsWith("\"\\<!channel\\>\""), "their words are escaped");
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(3, EditDistance.between("kitten", "sitting"));
        assertEquals(0, EditDistance.between("berlin", "berlin"));
        assertEquals(6, EditDistance.between("", "berlin"));
    }
}
