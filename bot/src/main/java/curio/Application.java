package curio;

import curio.content.StarterPacks;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;

/** Starts Curio: the HTTP server, Redis, the schedule and every configured chat platform. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        start(args);
    }

    static ApplicationContext start(String[] args) {
        StarterPacks.readEarly();
        return Micronaut.build(args).banner(false).start();
    }
}
