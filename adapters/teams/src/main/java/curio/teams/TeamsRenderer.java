package curio.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.TextFormatTypes;
import curio.chat.Block;
import curio.chat.Markdown;
import curio.chat.Message;
import curio.chat.Platform;
import curio.chat.UnsupportedBlockException;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Renders neutral messages for Teams: text-only messages as markdown text, anything else as an
 * Adaptive Card 1.5, with the engine's mentions as Teams mentions and names ({@link TeamsNames}).
 * People's words ({@link Markdown#literal}) are escaped: in a card as CommonMark backslash escapes,
 * in a text message with {@code < > &} as HTML entities too.
 * Clicks come back as {@code Action.Submit} data {@code {actionId, value}}.
 */
final class TeamsRenderer {

    static final String CARD_TYPE = "application/vnd.microsoft.card.adaptive";
    static final String ACTION_ID = "actionId";
    static final String VALUE = "value";
    /** Marks a submit that may be taken once per card (a quiz answer). */
    static final String ONCE = "once";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /**
     * People's words in a text message, which Teams reads as markdown and HTML: {@code < > &} as
     * entities, so no {@code <at>} of theirs is a tag; the rest as CommonMark escapes.
     */
    private static final Markdown.Literal IN_TEXT = (c, inCode) -> inCode ? Markdown.COMMONMARK.show(c, true)
            : switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                default -> Markdown.COMMONMARK.show(c, false);
            };

    private final TeamsNames names;

    TeamsRenderer(TeamsNames names) {
        this.names = names;
    }

    /** {@code message} for the conversation {@code to}: it may name people and channels of its tenant. */
    Activity render(Message message, ConversationReference to) {
        return render(message, to.getConversation() == null ? null : to.getConversation().getTenantId());
    }

    /** {@code message} for a conversation of {@code tenantId}, whose people and channels it may name. */
    Activity render(Message message, String tenantId) {
        Activity activity = Activity.createMessageActivity();
        if (message.blocks().stream().allMatch(b -> b instanceof Block.Text)) {
            TeamsNames.InMessage mentions = names.inText(tenantId);
            List<String> texts = message.blocks().stream().map(b -> ((Block.Text) b).markdown()).toList();
            String text = texts.isEmpty() ? message.text() : String.join("\n\n", texts);
            activity.setText(Markdown.toCommonMark(text, mentions::markdown, IN_TEXT));
            activity.setTextFormat(TextFormatTypes.MARKDOWN);
            if (!mentions.entities().isEmpty()) {
                activity.setEntities(mentions.entities());
            }
            return activity;
        }
        TeamsNames.InMessage mentions = names.inCard(tenantId);
        ObjectNode card = card();
        ArrayNode body = card.putArray("body");
        message.blocks().forEach(block -> render(block, body, mentions));
        mentions.addTo(card);
        activity.setSummary(Markdown.toPlain(message.text(), mentions::plain));
        activity.setAttachments(List.of(attachment(card)));
        return activity;
    }

    static ObjectNode card() {
        ObjectNode card = JSON.objectNode();
        card.put("type", "AdaptiveCard");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("version", "1.5");
        return card;
    }

    static Attachment attachment(ObjectNode card) {
        Attachment attachment = new Attachment();
        attachment.setContentType(CARD_TYPE);
        attachment.setContent(card);
        return attachment;
    }

    static ObjectNode textBlock(ArrayNode body, String markdown) {
        return textBlock(body, markdown, UnaryOperator.identity());
    }

    /** A TextBlock of {@code markdown} whose engine mentions {@code mentions} rewrites. */
    static ObjectNode textBlock(ArrayNode body, String markdown, UnaryOperator<String> mentions) {
        ObjectNode text = body.addObject().put("type", "TextBlock")
                .put("text", Markdown.toCommonMark(markdown, mentions, Markdown.COMMONMARK));
        return text.put("wrap", true);
    }

    private void render(Block block, ArrayNode body, TeamsNames.InMessage mentions) {
        if (block instanceof Block.Text text) {
            textBlock(body, text.markdown(), mentions::markdown);
        } else if (block instanceof Block.Context context) {
            textBlock(body, context.markdown(), mentions::markdown).put("size", "Small").put("isSubtle", true);
        } else if (block instanceof Block.Buttons buttons) {
            ArrayNode actions = body.addObject().put("type", "ActionSet").putArray("actions");
            buttons.buttons().forEach(b -> submit(actions, mentions.plain(b.label()), b.actionId(), b.value(), false)
                    .put("style", style(b.style())));
        } else if (block instanceof Block.Choice choice) {
            textBlock(body, choice.question(), mentions::markdown).put("weight", "Bolder");
            ArrayNode actions = body.addObject().put("type", "ActionSet").putArray("actions");
            choice.options().forEach(o -> submit(actions, mentions.plain(o.label()), choice.actionId(), o.value(), true));
        } else if (block instanceof Block.Divider) {
            body.addObject().put("type", "TextBlock").put("text", " ").put("separator", true).put("spacing", "Medium");
        } else if (block instanceof Block.Progress progress) {
            textBlock(body, progress.label() + "  `" + bar(progress) + "` " + progress.done() + "/" + progress.goal(),
                    mentions::markdown);
        } else if (block instanceof Block.Heatmap heatmap) {
            heatmap(heatmap, body);
        } else {
            throw new UnsupportedBlockException(Platform.TEAMS, block);
        }
    }

    private static ObjectNode submit(ArrayNode actions, String title, String actionId, String value, boolean once) {
        ObjectNode action = actions.addObject().put("type", "Action.Submit").put("title", title);
        ObjectNode data = action.putObject("data").put(ACTION_ID, actionId).put(VALUE, value);
        if (once) {
            data.put(ONCE, true);
        }
        return action;
    }

    private static String style(Block.Style style) {
        return switch (style) {
            case PRIMARY -> "positive";
            case DANGER -> "destructive";
            case DEFAULT -> "default";
        };
    }

    static String bar(Block.Progress progress) {
        int goal = Math.max(progress.goal(), 1);
        int filled = (int) Math.round(10.0 * Math.min(Math.max(progress.done(), 0), goal) / goal);
        return "▓".repeat(filled) + "░".repeat(10 - filled);
    }

    /** One monospace row per weekday, one column per week: ■ learned, · not. */
    private static void heatmap(Block.Heatmap heatmap, ArrayNode body) {
        ArrayNode rows = body.addObject().put("type", "Container").putArray("items");
        LocalDate first = heatmap.firstDay();
        for (int weekday = 0; weekday < 7; weekday++) {
            StringBuilder row = new StringBuilder();
            LocalDate day = first.plusDays(weekday);
            row.append(heatmap.weekday(day.getDayOfWeek(), TextStyle.SHORT)).append(' ');
            for (int week = 0; week < heatmap.weeks(); week++) {
                row.append(heatmap.learnedOn(day.plusWeeks(week)) ? '■' : '·');
            }
            rows.addObject().put("type", "TextBlock").put("text", row.toString()).put("fontType", "Monospace")
                    .put("spacing", "None");
        }
    }
}
