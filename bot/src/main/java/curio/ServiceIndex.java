package curio;

import io.micronaut.core.io.service.SoftServiceLoader;
import io.micronaut.core.io.service.SoftServiceLoader.StaticDefinition;
import io.micronaut.core.io.service.SoftServiceLoader.StaticServiceLoader;
import io.micronaut.core.optim.StaticOptimizations;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The jar's Micronaut services, listed by the build ({@link ServiceIndexWriter}, at {@code prepare-package}) as
 * {@value #RESOURCE}: one {@code service implementation} pair a line, every file under
 * {@code META-INF/micronaut/}. {@link #useIfShipped()} hands the list to Micronaut before it starts. Without
 * it Micronaut finds its services by opening the 54 MB jar as a zip file system and walking that folder, a
 * seventh of the main thread's start (BENCHMARKS.md, Start-up). Used only when the list sits in the jar
 * Curio runs from, so tests on the build's class folders, whose class path differs, scan as before.
 */
final class ServiceIndex {

    static final String RESOURCE = "META-INF/curio/micronaut-services";
    private static boolean handedOver;

    private ServiceIndex() {
    }

    /** Hands the index to Micronaut when this class was loaded from the jar that holds it; once a JVM. */
    static synchronized void useIfShipped() {
        ClassLoader loader = ServiceIndex.class.getClassLoader();
        URL index = loader.getResource(RESOURCE);
        URL self = loader.getResource(ServiceIndex.class.getName().replace('.', '/') + ".class");
        if (handedOver || !sameJar(index, self)) {
            return;
        }
        Map<String, List<String>> services = read(index);
        StaticOptimizations.set(new SoftServiceLoader.Optimizations(new Complete(services, loader)));
        handedOver = true;
    }

    /** True when both are entries of one jar; false for a class folder, a missing entry or two jars. */
    static boolean sameJar(URL index, URL self) {
        return index != null && self != null && "jar".equals(index.getProtocol()) && "jar".equals(self.getProtocol())
                && jarOf(index).equals(jarOf(self));
    }

    private static String jarOf(URL url) {
        String text = url.toString();
        return text.substring(0, text.indexOf("!/"));
    }

    static Map<String, List<String>> read(URL index) {
        Map<String, List<String>> services = new LinkedHashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int space = line.indexOf(' ');
                if (space > 0) {
                    services.computeIfAbsent(line.substring(0, space), s -> new ArrayList<>())
                            .add(line.substring(space + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + index, e);
        }
        return services;
    }

    /**
     * Every service Micronaut asks for: the index's implementations of it and, as Micronaut's own scan
     * adds, those named in {@code META-INF/services} (read through the class loader: no zip file system).
     * A service the jar does not name has none, rather than sending Micronaut back to its scan.
     */
    private static final class Complete extends AbstractMap<String, StaticServiceLoader<?>> {

        private final Map<String, List<String>> services;
        private final ClassLoader loader;
        private final Map<String, StaticServiceLoader<?>> asked = new ConcurrentHashMap<>();

        Complete(Map<String, List<String>> services, ClassLoader loader) {
            this.services = services;
            this.loader = loader;
        }

        @Override
        public StaticServiceLoader<?> get(Object service) {
            return asked.computeIfAbsent((String) service, name -> new Listed<>(Stream.concat(
                    services.getOrDefault(name, List.of()).stream(), standardServices(name).stream()).distinct().toList(), loader));
        }

        @Override
        public boolean containsKey(Object service) {
            return service instanceof String;
        }

        @Override
        public Set<Entry<String, StaticServiceLoader<?>>> entrySet() {
            Map<String, StaticServiceLoader<?>> known = new LinkedHashMap<>();
            services.keySet().forEach(name -> known.put(name, get(name)));
            return known.entrySet();
        }

        private List<String> standardServices(String name) {
            try {
                return Collections.list(loader.getResources(SoftServiceLoader.META_INF_SERVICES + "/" + name))
                        .stream().flatMap(ServiceIndex::implementations).toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the services " + name, e);
            }
        }
    }

    private static Stream<String> implementations(URL services) {
        try (InputStream in = services.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(line -> line.contains("#") ? line.substring(0, line.indexOf('#')) : line)
                    .map(String::strip).filter(line -> !line.isEmpty()).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + services, e);
        }
    }

    /** Implementations by name; one whose class or constructor is missing is left out, as Micronaut's scan does. */
    private record Listed<S>(List<String> names, ClassLoader loader) implements StaticServiceLoader<S> {

        private static final MethodType NO_ARGUMENTS = MethodType.methodType(void.class);

        @Override
        public Stream<StaticDefinition<S>> findAll(Predicate<String> condition) {
            return names.stream().filter(condition).flatMap(name -> type(name).map(type -> StaticDefinition.of(name, type)));
        }

        @Override
        public List<S> load(Predicate<String> condition, Predicate<S> predicate) {
            return names.stream().filter(condition).flatMap(name -> type(name).flatMap(this::instance))
                    .filter(service -> predicate == null || predicate.test(service)).toList();
        }

        @SuppressWarnings("unchecked")
        private Stream<Class<S>> type(String name) {
            try {
                return Stream.of((Class<S>) Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                return Stream.empty();
            }
        }

        @SuppressWarnings("unchecked")
        private Stream<S> instance(Class<S> type) {
            try {
                return Stream.of((S) MethodHandles.publicLookup().findConstructor(type, NO_ARGUMENTS).invoke());
            } catch (NoSuchMethodException | IllegalAccessException | NoClassDefFoundError e) {
                return Stream.empty();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot create the service " + type.getName(), e);
            }
        }
    }
}
