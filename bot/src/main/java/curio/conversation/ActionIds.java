package curio.conversation;

/** The action and form ids Curio puts on buttons and forms; adapters pass them back verbatim. */
final class ActionIds {

    static final String GOT_IT = "prompt.got";
    static final String QUIZ = "prompt.quiz";
    static final String ANSWER = "prompt.answer";
    static final String DID_IT = "prompt.done";
    static final String CHECK_IN = "checkin.open";
    static final String KEEP_GOING = "inactive.continue";
    static final String STOP = "inactive.stop";
    static final String CONFIRM_DELETE = "data.delete.confirm";
    static final String CANCEL_DELETE = "data.delete.cancel";
    static final String START = "learner.start";
    static final String ADD_TOPIC = "topics.add";
    /** "Try this too" on a check-in in a team thread; its value is {@link curio.leads.SharedTries#reference}. */
    static final String TRY_TOO = "feed.try";

    static final String CHECKIN_FORM = "checkin";
    static final String REFLECT_FORM = "reflect";
    static final String TEXT_FIELD = "text";

    private ActionIds() {
    }
}
