package curio.slack;

import com.google.gson.Gson;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.DatePickerElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import curio.chat.Form;
import curio.chat.HomeView;
import curio.chat.SentMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Modals and the App Home. A modal's {@code private_metadata} carries the engine's form context
 * and the message the form was opened from, so the submission can update that message.
 */
final class SlackViews {

    private static final Gson GSON = new Gson();

    /** What a modal remembers between views.open and view_submission. */
    record Metadata(String context, String channel, String ts) {
    }

    private SlackViews() {
    }

    static View home(HomeView home) {
        return View.builder().type("home").blocks(SlackRenderer.render(home.blocks(), SlackRenderer.MAX_VIEW_BLOCKS)).build();
    }

    static View modal(Form form, SentMessage source) {
        List<LayoutBlock> inputs = new ArrayList<>();
        for (Form.Field field : form.fields()) {
            inputs.add(InputBlock.builder().blockId(field.id()).optional(!field.required())
                    .label(SlackRenderer.plain(field.label(), 2000)).element(element(field)).build());
        }
        Metadata metadata = new Metadata(form.context(), source == null ? null : source.conversation().value(),
                source == null ? null : source.id());
        return View.builder().type("modal").callbackId(form.callbackId())
                .title(ViewTitle.builder().type("plain_text").text(clip(form.title(), 24)).build())
                .submit(ViewSubmit.builder().type("plain_text").text(clip(form.submitLabel(), 24)).build())
                .close(ViewClose.builder().type("plain_text").text("Cancel").build())
                .privateMetadata(GSON.toJson(metadata)).blocks(inputs).build();
    }

    static Metadata metadata(String privateMetadata) {
        try {
            Metadata m = privateMetadata == null || privateMetadata.isEmpty() ? null : GSON.fromJson(privateMetadata, Metadata.class);
            return m == null ? new Metadata("", null, null) : m;
        } catch (RuntimeException e) {
            return new Metadata(privateMetadata, null, null);
        }
    }

    /** The input blocks of a submitted modal, by block id (a field's id); empty when the payload lists none. */
    static Set<String> inputBlockIds(View view) {
        Set<String> ids = new HashSet<>();
        if (view.getBlocks() != null) {
            view.getBlocks().stream().filter(b -> b instanceof InputBlock).map(LayoutBlock::getBlockId)
                    .filter(Objects::nonNull).forEach(ids::add);
        }
        if (view.getState() != null && view.getState().getValues() != null) {
            ids.addAll(view.getState().getValues().keySet());
        }
        return ids;
    }

    /** The submitted values keyed by field id (the block id). */
    static Map<String, String> values(ViewState state) {
        Map<String, String> values = new HashMap<>();
        if (state == null || state.getValues() == null) {
            return values;
        }
        state.getValues().forEach((blockId, actions) -> actions.values().forEach(v -> {
            String value = v.getValue() != null ? v.getValue()
                    : v.getSelectedDate() != null ? v.getSelectedDate()
                    : v.getSelectedOption() != null ? v.getSelectedOption().getValue() : null;
            if (value != null) {
                values.put(blockId, value);
            }
        }));
        return values;
    }

    private static BlockElement element(Form.Field field) {
        return switch (field.kind()) {
            case TEXT, MULTILINE -> PlainTextInputElement.builder().actionId(field.id())
                    .multiline(field.kind() == Form.Kind.MULTILINE).initialValue(field.initialValue()).build();
            case DATE -> DatePickerElement.builder().actionId(field.id()).initialDate(field.initialValue()).build();
            case SELECT -> {
                List<OptionObject> options = field.options().stream()
                        .map(o -> OptionObject.builder().text(SlackRenderer.plain(o.label(), 75)).value(o.value()).build())
                        .toList();
                yield StaticSelectElement.builder().actionId(field.id()).options(options)
                        .initialOption(options.stream().filter(o -> o.getValue().equals(field.initialValue())).findFirst()
                                .orElse(null))
                        .build();
            }
        };
    }

    private static String clip(String text, int max) {
        String t = text == null || text.isBlank() ? "Curio" : text;
        return t.length() > max ? t.substring(0, max) : t;
    }
}
