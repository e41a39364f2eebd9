package curio.content;

import curio.content.ContentPackException.Problem;
import java.time.Instant;
import java.util.List;

/**
 * What a load of the library found: the packs, tracks and prompts it serves, and the admin packs
 * left out with every problem found in them.
 *
 * @param kept     true when the admin folder could not be read at all, so the library loaded before stays
 * @param loadedAt when the library served now was loaded
 */
public record ContentReport(int packs, int tracks, int prompts, int skipped, List<Problem> problems, boolean kept,
                            Instant loadedAt) {

    public ContentReport {
        problems = List.copyOf(problems);
    }

    /** One line for the log, e.g. {@code 14 packs, 12 tracks, 280 prompts; 1 admin pack skipped}. */
    public String summary() {
        return packs + (packs == 1 ? " pack, " : " packs, ") + tracks + (tracks == 1 ? " track, " : " tracks, ")
                + prompts + (prompts == 1 ? " prompt" : " prompts")
                + (skipped == 0 ? "" : "; " + skipped + " admin pack" + (skipped == 1 ? "" : "s") + " skipped");
    }
}
