package curio.challenges;

/** A count with its noun in the right number: "1 day", "2 days", "1 check-in". */
final class Plural {

    private Plural() {
    }

    static String of(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    /** For nouns that take an "s": "1 day", "3 days". */
    static String of(long count, String noun) {
        return of(count, noun, noun + "s");
    }
}
