package curio;

import curio.content.StarterPacks;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
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
        ServiceIndex.useIfShipped();
        return new Start().args(args).banner(false).start();
    }

    /** Micronaut's start, reading its configuration from the jar by {@link JarResources}. */
    private static final class Start extends Micronaut {

        private ClassPathResourceLoader resources;

        @Override
        public ClassPathResourceLoader getResourceLoader() {
            if (resources == null) {
                resources = new JarResources(getClassLoader());
            }
            return resources;
        }
    }
}
