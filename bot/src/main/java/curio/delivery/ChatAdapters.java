package curio.delivery;

import curio.chat.ChatAdapter;
import curio.chat.Platform;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The chat adapters switched on by configuration, by platform. */
@Singleton
public class ChatAdapters {

    private final Map<Platform, ChatAdapter> byPlatform = new EnumMap<>(Platform.class);

    public ChatAdapters(List<ChatAdapter> adapters) {
        for (ChatAdapter adapter : adapters) {
            byPlatform.put(adapter.platform(), adapter);
        }
    }

    public Optional<ChatAdapter> forPlatform(Platform platform) {
        return Optional.ofNullable(byPlatform.get(platform));
    }

    public java.util.Set<Platform> platforms() {
        return byPlatform.keySet();
    }
}
