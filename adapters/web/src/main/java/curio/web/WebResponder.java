package curio.web;

import curio.chat.ChatFile;
import curio.chat.Form;
import curio.chat.Message;
import curio.chat.Responder;
import curio.chat.SentMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the engine's answers to one web request; they become the response's "replies". */
class WebResponder implements Responder {

    private final WebAdapter adapter;
    private final String user;
    private final String sourceMessageId;
    private final List<Map<String, Object>> replies = new ArrayList<>();
    private final List<ChatFile> files = new ArrayList<>();

    WebResponder(WebAdapter adapter, String user, String sourceMessageId) {
        this.adapter = adapter;
        this.user = user;
        this.sourceMessageId = sourceMessageId;
    }

    @Override
    public SentMessage reply(Message message) {
        String id = adapter.nextId();
        replies.add(adapter.rendered(id, message, user));
        files.addAll(message.files());
        return new SentMessage(WebAdapter.conversation(user), id);
    }

    @Override
    public void update(Message message) {
        Map<String, Object> updated = new LinkedHashMap<>(WebRenderer.message(adapter.nextId(), message));
        if (sourceMessageId != null && !sourceMessageId.isBlank()) {
            updated.put("updates", sourceMessageId);
        }
        replies.add(updated);
    }

    @Override
    public void openForm(Form form) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", adapter.nextId());
        entry.put("text", form.title());
        entry.put("blocks", List.of());
        entry.put("form", WebRenderer.form(form));
        replies.add(entry);
    }

    /** The files the replies carried. */
    List<ChatFile> files() {
        return List.copyOf(files);
    }

    /** The replies' fallback texts, one a line. */
    String texts() {
        return String.join("\n", replies.stream().map(r -> String.valueOf(r.get("text"))).toList());
    }

    Map<String, Object> body() {
        return Map.of("replies", replies);
    }
}
