package curio.content;

import curio.chat.EditDistance;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Suggests the field an admin probably meant when a pack has a typo ({@code titel} -> {@code title}). */
final class FieldNames {

    private FieldNames() {
    }

    static Optional<String> closest(String typed, Collection<String> known) {
        return known.stream()
                .filter(name -> EditDistance.between(typed.toLowerCase(), name)
                        <= (name.length() <= 3 ? 1 : Math.max(2, name.length() / 3)))
                .min(Comparator.comparingInt(name -> EditDistance.between(typed.toLowerCase(), name)));
    }
}
