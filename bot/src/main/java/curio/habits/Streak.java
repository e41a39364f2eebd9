package curio.habits;

import java.util.List;

/**
 * A learner's streak as the streak script reports it.
 *
 * @param freezeEarned  true when this learning day earned a streak freeze
 * @param freezesUsed   how many freezes covered missed working days
 * @param milestone     the milestone just reached (3, 7, 14, ...), or 0
 * @param alreadyToday  the day was already counted: nothing changed
 */
public record Streak(int current, int longest, int freezes, boolean freezeEarned, int freezesUsed,
                     int milestone, boolean alreadyToday, int learningDays) {

    /** The streak from the script's reply: the list {@code streak.lua} returns. */
    public static Streak of(List<Long> reply) {
        return new Streak(reply.get(0).intValue(), reply.get(1).intValue(), reply.get(2).intValue(),
                reply.get(3) == 1, reply.get(4).intValue(), reply.get(5).intValue(), reply.get(6) == 1,
                reply.get(7).intValue());
    }
}
