package curio.chat;

import java.time.ZoneId;
import java.util.Locale;

/** What the platform knows about a person: display name, time zone, locale, workspace admin. */
public record Profile(String displayName, ZoneId timeZone, Locale locale, boolean admin) {

    public static Profile unknown() {
        return new Profile("there", ZoneId.of("UTC"), Locale.ENGLISH, false);
    }
}
