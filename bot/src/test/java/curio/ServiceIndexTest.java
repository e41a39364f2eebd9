package curio;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.junit.jupiter.api.Test;

class ServiceIndexTest {

    private static final String INDEX = "!/" + ServiceIndex.RESOURCE;
    private static final String SELF = "!/curio/ServiceIndex.class";

    @Test
    void handsOverOnlyWhenTheIndexAndThisClassComeFromOneJar() throws Exception {
        URL index = new URL("jar:file:/opt/curio/curio-bot.jar" + INDEX);

        assertTrue(ServiceIndex.sameJar(index, new URL("jar:file:/opt/curio/curio-bot.jar" + SELF)));
        assertFalse(ServiceIndex.sameJar(index, new URL("jar:file:/opt/other.jar" + SELF)), "another jar");
        assertFalse(ServiceIndex.sameJar(index, new URL("file:/work/bot/target/classes/curio/ServiceIndex.class")),
                "this class from a class folder, the index from a jar");
        assertFalse(ServiceIndex.sameJar(new URL("file:/work/bot/target/classes/" + ServiceIndex.RESOURCE),
                new URL("file:/work/bot/target/classes/curio/ServiceIndex.class")), "class folders");
        assertFalse(ServiceIndex.sameJar(null, new URL("jar:file:/opt/curio/curio-bot.jar" + SELF)), "no index");
    }
}
