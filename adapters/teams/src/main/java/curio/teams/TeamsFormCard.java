package curio.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import curio.chat.Form;

import java.util.List;

/**
 * A {@link Form} as an Adaptive Card with inputs. Its {@code Action.Submit} carries
 * {@code {callbackId, context}}; Teams merges the input values (keyed by field id) into that data.
 */
final class TeamsFormCard {

    static final String CALLBACK_ID = "callbackId";
    static final String CONTEXT = "context";

    Activity render(Form form) {
        ObjectNode card = TeamsRenderer.card();
        ArrayNode body = card.putArray("body");
        TeamsRenderer.textBlock(body, form.title()).put("size", "Medium").put("weight", "Bolder");
        form.fields().forEach(field -> input(field, body));
        ObjectNode submit = card.putArray("actions").addObject()
                .put("type", "Action.Submit").put("title", form.submitLabel()).put("style", "positive");
        ObjectNode data = submit.putObject("data").put(CALLBACK_ID, form.callbackId());
        if (form.context() != null) {
            data.put(CONTEXT, form.context());
        }
        Activity activity = Activity.createMessageActivity();
        activity.setSummary(form.title());
        activity.setAttachments(List.of(TeamsRenderer.attachment(card)));
        return activity;
    }

    private static void input(Form.Field field, ArrayNode body) {
        ObjectNode input = body.addObject().put("id", field.id()).put("label", field.label())
                .put("isRequired", field.required());
        if (field.required()) {
            input.put("errorMessage", field.label() + " is required");
        }
        switch (field.kind()) {
            case TEXT -> input.put("type", "Input.Text");
            case MULTILINE -> input.put("type", "Input.Text").put("isMultiline", true);
            case DATE -> input.put("type", "Input.Date");
            case SELECT -> {
                input.put("type", "Input.ChoiceSet").put("style", "compact");
                ArrayNode choices = input.putArray("choices");
                field.options().forEach(o -> choices.addObject().put("title", o.label()).put("value", o.value()));
            }
        }
        if (field.initialValue() != null) {
            input.put("value", field.initialValue());
        }
    }
}
