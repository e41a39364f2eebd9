package curio.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One request of the fuzz run: to Slack's {@code /slack/events} or Teams' {@code /api/messages},
 * made from {@code seed} by {@code mutations}. {@code marker} names it in every id it carries
 * ({@code FZ01234}), so what it stored can be found. {@code contentType} null sends none.
 */
record FuzzRequest(int index, String path, String seed, List<String> mutations, byte[] body, String contentType,
                   Map<String, String> headers, String marker, Kind kind) {

    enum Kind {
        /** Not mutated: must be accepted (2xx). */
        CLEAN,
        /** Mutated, correctly signed or with a valid token: anything but a 5xx. */
        MUTATED,
        /** A broken signature or token: must be refused (never 2xx). */
        BAD_AUTH
    }

    /** What a failure message shows: the request, its mutations and the start of its body. */
    String describe() {
        String text = new String(body, StandardCharsets.UTF_8);
        String shown = text.length() > 600 ? text.substring(0, 600) + "…(" + text.length() + " chars)" : text;
        return "#" + index + " " + path + " seed=" + seed + " type=" + contentType + " " + kind + " mutations="
                + mutations + "\n      body: " + JsonMutator.escape(shown.replace("\n", " ")).replace("\\u000a", " ");
    }
}
