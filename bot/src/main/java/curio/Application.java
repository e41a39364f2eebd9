package curio;

import curio.content.StarterPacks;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.runtime.Micronaut;

/** Starts Curio: the HTTP server, Redis, the schedule and every configured chat platform. */
public final class Application {

    static final String NETTY_JFR = "io.netty.jfr.enabled";

    private Application() {
    }

    public static void main(String[] args) {
        start(args);
    }

    static ApplicationContext start(String[] args) {
        quietNettyRecorder();
        StarterPacks.readEarly();
        ServiceIndex.useIfShipped();
        return new Start().args(args).banner(false).start();
    }

    /**
     * Netty's flight-recorder events (buffer allocations) off unless asked for with
     * {@code -Dio.netty.jfr.enabled=true}: Curio reads none of them, and registering them made the first
     * HTTP request, the first {@code /health}, about 20 ms slower (BENCHMARKS.md, Start-up).
     */
    static void quietNettyRecorder() {
        if (System.getProperty(NETTY_JFR) == null) {
            System.setProperty(NETTY_JFR, "false");
        }
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
