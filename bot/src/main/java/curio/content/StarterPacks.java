package curio.content;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The built-in packs, read on a thread of their own while Curio starts: parsing and checking them took
 * about a third of the main thread's samples once the class-data archive served the classes. {@code curio.Application}
 * calls {@link #readEarly()} before the context starts; {@link YamlPromptLibrary} then takes them, and a
 * problem in one of them still stops the start. Without an early read they are read when asked for.
 */
public final class StarterPacks {

    private static volatile CompletableFuture<List<ContentPack>> early;

    private StarterPacks() {
    }

    /** Starts reading the built-in packs on a daemon thread. */
    public static void readEarly() {
        CompletableFuture<List<ContentPack>> reading = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                reading.complete(new PackSources().builtIn(StarterPacks.class.getClassLoader()));
            } catch (RuntimeException e) {
                reading.completeExceptionally(e);
            }
        }, "curio-starter-packs");
        reader.setDaemon(true);
        early = reading;
        reader.start();
    }

    /** The built-in packs: those read early from this class loader, else read now. */
    static List<ContentPack> of(ClassLoader classLoader) {
        CompletableFuture<List<ContentPack>> reading = early;
        if (reading == null || classLoader != StarterPacks.class.getClassLoader()) {
            return new PackSources().builtIn(classLoader);
        }
        try {
            return reading.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failed ? failed : e;
        }
    }
}
