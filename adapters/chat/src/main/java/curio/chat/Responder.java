package curio.chat;

/**
 * The way back to where an event came from. Each adapter hands one to the engine with every
 * event, so a reply goes through the adapter that produced the event (Hubot's Response envelope).
 */
public interface Responder {

    /** Answers in the conversation of the event. */
    SentMessage reply(Message message);

    /** Replaces the message the event came from (a clicked quiz); a plain reply when there is none. */
    void update(Message message);

    /** Opens a form for the user (Slack modal, Teams dialog, web form). */
    void openForm(Form form);

    /**
     * Refuses a submitted form, naming the field to fix, so the person can correct it without
     * retyping (Slack keeps the modal open with the error under the field). By default the
     * message is a plain reply.
     */
    default void rejectForm(String fieldId, String message) {
        reply(Message.text(message));
    }
}
