package curio.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import curio.chat.Block;
import curio.chat.BotEvent;
import curio.chat.BotEventHandler;
import curio.chat.ConversationRef;
import curio.chat.DeliveryException;
import curio.chat.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Hands an authenticated activity's events to the engine, each with a {@link TeamsResponder}.
 * When Curio is added to a team it greets the channel once with an opt-in button; it enrols
 * nobody itself: a click is that person's own {@code start}, answered in their personal chat.
 * <p>
 * Removal is never a {@code WORKSPACE} uninstall: Teams has no tenant-wide uninstall signal (an
 * admin blocking the app sends nothing), so a removal from a personal chat is {@code PERSONAL} and
 * one from a team or group chat is {@code CHANNEL}, for that conversation only.
 */
final class TeamsBot {

    private static final Logger LOG = LoggerFactory.getLogger(TeamsBot.class);

    private final TeamsEvents events;
    private final TeamsReferences references;
    private final TeamsSender sender;
    private final TeamsRenderer renderer;
    private final TeamsDirectory directory;
    private final BotEventHandler handler;

    TeamsBot(TeamsEvents events, TeamsReferences references, TeamsSender sender, TeamsRenderer renderer,
             TeamsDirectory directory, BotEventHandler handler) {
        this.events = events;
        this.references = references;
        this.sender = sender;
        this.renderer = renderer;
        this.directory = directory;
        this.handler = handler;
    }

    /** Processes an activity once: a redelivered activity id is acknowledged and skipped. */
    void onActivity(Activity activity) {
        if (!events.firstDelivery(activity)) {
            LOG.debug("Skipped a redelivered Teams {} activity", activity.getType());
            return;
        }
        List<BotEvent> translated = events.toBotEvents(activity);
        if (translated.isEmpty()) {
            return;
        }
        ConversationReference reference = activity.getConversationReference();
        ConversationRef here = references.of(activity);
        TeamsResponder inActivity = new TeamsResponder(here, reference, activity.getReplyToId(), sender, renderer);
        for (BotEvent event : translated) {
            TeamsResponder responder = inActivity;
            if (event instanceof BotEvent.MessageReceived opened && opened.personal()
                    && !opened.conversation().equals(here)) {
                responder = new TeamsResponder(opened.conversation(), references.read(opened.conversation()),
                        null, sender, renderer);
            }
            if (event instanceof BotEvent.AppInstalled installed) {
                sender.remember(reference);
                if (!installed.personal()) {
                    greet(reference);
                }
            }
            if (event instanceof BotEvent.AppUninstalled uninstalled) {
                sender.forget(reference);
                if (uninstalled.scope() == BotEvent.AppUninstalled.Scope.PERSONAL) {
                    directory.forgetPersonalConversation(uninstalled.user());
                }
            }
            try {
                handler.handle(event, responder);
            } catch (RuntimeException e) {
                LOG.error("The engine failed on a Teams {}", event.getClass().getSimpleName(), e);
            }
        }
    }

    private void greet(ConversationReference team) {
        Message hello = Message.builder("Curio is here: one small learning prompt a day, for those who want it.")
                .text("*Hi, I'm Curio.* Each working day I can send you one short learning prompt "
                        + "and ask in the evening what you tried. It's opt-in: nobody is signed up "
                        + "unless they choose to.")
                .buttons(new Block.Button(TeamsEvents.OPT_IN, "Count me in", "start", Block.Style.PRIMARY))
                .context("You can also message me `start` in a personal chat; `help` lists everything.")
                .build();
        try {
            sender.send(team, renderer.render(hello, team));
        } catch (DeliveryException e) {
            LOG.warn("Could not greet a team: {}", e.getMessage());
        }
    }
}
