package curio.web;

import curio.chat.BotEvent;
import curio.chat.BotEventHandler;
import curio.chat.Message;
import curio.chat.Responder;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;

/** A stand-in for the engine: echoes what was said and whether the speaker counts as an admin. */
@Singleton
class EchoEngine implements BotEventHandler {

    private final BeanProvider<WebAdapter> adapter;

    EchoEngine(BeanProvider<WebAdapter> adapter) {
        this.adapter = adapter;
    }

    @Override
    public void handle(BotEvent event, Responder responder) {
        if (event instanceof BotEvent.MessageReceived m) {
            boolean admin = adapter.get().profile(m.user()).admin();
            responder.reply(Message.text(m.user().userId() + " said " + m.text() + (admin ? " as an admin" : "")));
        }
    }
}
