package curio.content;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Suggests the field an admin probably meant when a pack has a typo ({@code titel} -> {@code title}). */
final class FieldNames {

    private FieldNames() {
    }

    static Optional<String> closest(String typed, Collection<String> known) {
        return known.stream()
                .filter(name -> distance(typed.toLowerCase(), name) <= (name.length() <= 3 ? 1 : Math.max(2, name.length() / 3)))
                .min(Comparator.comparingInt(name -> distance(typed.toLowerCase(), name)));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
