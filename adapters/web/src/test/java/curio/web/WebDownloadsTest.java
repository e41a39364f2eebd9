package curio.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import curio.chat.ChatFile;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A file the playground can download is kept for an hour of the engine's clock, not the system's. */
class WebDownloadsTest {

    private static final Instant SENT = Instant.parse("2026-03-02T10:00:00Z");
    private static final ChatFile EXPORT = new ChatFile("curio-export.md", "text/markdown",
            "# Everything".getBytes(StandardCharsets.UTF_8));

    @Test
    void anExportCanBeDownloadedForAnHourOfTheEnginesClockThenNoLonger() {
        Clock[] now = {Clock.fixed(SENT, ZoneOffset.UTC)};
        WebDownloads downloads = new WebDownloads(new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0].instant();
            }
        });
        String id = downloads.keep("alice", EXPORT);

        now[0] = Clock.offset(now[0], Duration.ofMinutes(59));
        assertEquals(Optional.of(EXPORT), downloads.find("alice", id), "still there after 59 minutes");
        assertEquals(Optional.empty(), downloads.find("bob", id), "only for its owner");

        now[0] = Clock.offset(now[0], Duration.ofMinutes(2));
        assertEquals(Optional.empty(), downloads.find("alice", id), "gone once the clock passed the hour");
    }
}
