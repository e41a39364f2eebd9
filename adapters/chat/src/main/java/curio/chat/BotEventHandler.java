package curio.chat;

/** The engine's single entry point. Adapters call it for every inbound event. */
public interface BotEventHandler {

    /** Handles an event; never throws for bad user input (the user gets a message instead). */
    void handle(BotEvent event, Responder responder);
}
