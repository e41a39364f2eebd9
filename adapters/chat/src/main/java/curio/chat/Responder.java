package curio.chat;

/**
 * The way back to where an event came from. Each adapter hands one to the engine with every
 * event, so a reply goes through the adapter that produced the event (Hubot's Response envelope).
 */
public interface Responder {

    /** Answers in the conversation of the event, with the message's files as {@link ChatAdapter#send} sends them. */
    SentMessage reply(Message message);

    /** Replaces the message the event came from (a clicked quiz); a plain reply when there is none. */
    void update(Message message);

    /** Opens a form for the user (Slack modal, Teams dialog, web form) in answer to a click. */
    void openForm(Form form);

    /**
     * Opens a form someone asked for in words (a typed command), where no click may have come
     * first. A platform that opens forms only in answer to a click (Slack: {@code views.open}
     * needs the {@code trigger_id} of a click or slash command) replies with {@code launcher}
     * instead: a message whose button brings the engine back, this time with a click, to open
     * the form. Platforms that can always show a form open it at once.
     */
    default void openForm(Form form, Message launcher) {
        openForm(form);
    }

    /**
     * Refuses a submitted form, naming the field to fix, so the person can correct it without
     * retyping (Slack keeps the modal open with the error under the field). By default the
     * message is a plain reply.
     */
    default void rejectForm(String fieldId, String message) {
        reply(Message.text(message));
    }
}
