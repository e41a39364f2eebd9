package curio.delivery;

import curio.chat.UserRef;
import java.time.LocalDate;

/**
 * One message Curio owes a learner: a kind on a local day. The triple is the idempotency key:
 * delivering the same (user, day, kind) twice is a no-op.
 */
public record Delivery(UserRef user, Kind kind, LocalDate day) {

    public enum Kind {
        /** The daily micro-learning prompt, at the prompt time. */
        PROMPT,
        /** "What did you try today?", at the check-in time. */
        CHECKIN,
        /** One gentle reminder a day, inside working hours, when nothing was learned yet. */
        NUDGE
    }

    public String idempotencyKey() {
        return day + ":" + kind;
    }
}
