package curio.web;

import curio.chat.Block;
import curio.chat.ChatFile;
import curio.chat.Form;
import curio.chat.Message;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders neutral messages as the JSON the web API returns. Every block type has a form here. */
final class WebRenderer {

    private WebRenderer() {
    }

    static Map<String, Object> message(String id, Message message) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("text", message.text());
        out.put("blocks", message.blocks().stream().map(WebRenderer::block).toList());
        return out;
    }

    /** A file of a message: its name, media type, size in bytes and the address that downloads it. */
    static Map<String, Object> file(ChatFile file, String url) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", file.name());
        out.put("mediaType", file.mediaType());
        out.put("bytes", file.content().length);
        out.put("url", url);
        return out;
    }

    static Map<String, Object> block(Block block) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (block instanceof Block.Text text) {
            out.put("type", "text");
            out.put("markdown", text.markdown());
        } else if (block instanceof Block.Context context) {
            out.put("type", "context");
            out.put("markdown", context.markdown());
        } else if (block instanceof Block.Buttons buttons) {
            out.put("type", "buttons");
            out.put("buttons", buttons.buttons().stream().map(b -> Map.of("actionId", b.actionId(), "label", b.label(),
                    "value", b.value() == null ? "" : b.value(), "style", b.style().name().toLowerCase())).toList());
        } else if (block instanceof Block.Choice choice) {
            out.put("type", "choice");
            out.put("actionId", choice.actionId());
            out.put("question", choice.question());
            out.put("options", choice.options().stream().map(o -> Map.of("label", o.label(), "value", o.value())).toList());
        } else if (block instanceof Block.Divider) {
            out.put("type", "divider");
        } else if (block instanceof Block.Progress progress) {
            out.put("type", "progress");
            out.put("label", progress.label());
            out.put("done", progress.done());
            out.put("goal", progress.goal());
        } else if (block instanceof Block.Heatmap heatmap) {
            out.put("type", "heatmap");
            out.put("firstDay", heatmap.firstDay().toString());
            out.put("lastDay", heatmap.lastDay().toString());
            out.put("weeks", heatmap.weeks());
            StringBuilder days = new StringBuilder();
            for (int i = 0; i < heatmap.weeks() * 7; i++) {
                days.append(heatmap.learnedOn(heatmap.firstDay().plusDays(i)) ? '1' : '0');
            }
            out.put("days", days.toString());
        } else {
            throw new curio.chat.UnsupportedBlockException(curio.chat.Platform.WEB, block);
        }
        return out;
    }

    static Map<String, Object> form(Form form) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("callbackId", form.callbackId());
        out.put("title", form.title());
        out.put("submitLabel", form.submitLabel());
        out.put("context", form.context() == null ? "" : form.context());
        out.put("fields", form.fields().stream().map(f -> {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("id", f.id());
            field.put("label", f.label());
            field.put("kind", f.kind().name().toLowerCase());
            field.put("required", f.required());
            field.put("initialValue", f.initialValue() == null ? "" : f.initialValue());
            field.put("options", f.options().stream().map(o -> Map.of("label", o.label(), "value", o.value())).toList());
            return field;
        }).toList());
        return out;
    }

    static Map<String, Object> home(List<Block> blocks) {
        return Map.of("blocks", blocks.stream().map(WebRenderer::block).toList());
    }
}
