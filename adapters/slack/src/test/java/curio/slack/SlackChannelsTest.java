package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.ConversationRef;
import curio.chat.Platform;
import curio.chat.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A team is a channel: who is in it, from conversations.members against the fake Slack API. */
class SlackChannelsTest {

    static final TenantId ACME = new TenantId(Platform.SLACK, "T1");

    FakeSlackApi slack;
    Instant now = Instant.parse("2026-03-02T09:00:00Z");
    SlackChannels channels;

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlackApi();
        Clock clock = new Clock() {
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return now;
            }
        };
        channels = new SlackChannels(slack.client(), new SlackTokens("xoxb-1-test-token-000000", null, null), clock);
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    static ConversationRef team(String channel) {
        return SlackChannels.channel(ACME, channel).orElseThrow();
    }

    @Test
    void aBigChannelsMembersArePagedThroughWithTheCursor() {
        String[] people = IntStream.range(0, 450).mapToObj(i -> String.format("U%04d", i)).toArray(String[]::new);
        slack.channel("C123", true, people);
        Set<String> members = channels.members(team("C123")).orElseThrow();
        assertEquals(Set.of(people), members);
        var pages = slack.calls("conversations.members");
        assertEquals(3, pages.size());
        assertEquals("200", pages.get(0).param("limit"));
        assertEquals(null, pages.get(0).param("cursor"));
        assertTrue(pages.get(1).param("cursor") != null && pages.get(2).param("cursor") != null);
        assertEquals("xoxb-1-test-token-000000", pages.get(0).token());
    }

    @Test
    void aChannelCurioWasNotInvitedToHasNoMembersSoTheLeadCanBeToldToInviteIt() {
        slack.channel("C200", false, "U1", "U2");
        assertEquals(Optional.empty(), channels.members(team("C200")));
        assertTrue(slack.calls("conversations.members").isEmpty());
    }

    @Test
    void notInChannelAndAnUnknownPrivateChannelMeanNotInvited() {
        slack.channel("C300", true, "U1");
        slack.script("conversations.members", 200, Map.of(), "{\"ok\":false,\"error\":\"not_in_channel\"}");
        assertEquals(Optional.empty(), channels.members(team("C300")));
        assertEquals(Optional.empty(), channels.members(team("G400")));
    }

    @Test
    void notInvitedIsNotCachedSoAnInviteCountsAtOnce() {
        slack.channel("C500", false, "U1", "UBOT");
        assertEquals(Optional.empty(), channels.members(team("C500")));
        slack.channel("C500", true, "U1", "UBOT");
        assertEquals(Optional.of(Set.of("U1", "UBOT")), channels.members(team("C500")));
    }

    @Test
    void membersAreAskedOnceAMinuteAndAgainAfterSomeoneJoins() {
        slack.channel("C600", true, "U1");
        channels.members(team("C600"));
        now = now.plusSeconds(59);
        channels.members(team("C600"));
        assertEquals(1, slack.calls("conversations.members").size());
        now = now.plusSeconds(2);
        channels.members(team("C600"));
        assertEquals(2, slack.calls("conversations.members").size());
        slack.channel("C600", true, "U1", "U2");
        channels.forget(team("C600"));
        assertEquals(Optional.of(Set.of("U1", "U2")), channels.members(team("C600")));
    }

    @Test
    void aRateLimitIsAFailureNotAMissingInvite() {
        slack.channel("C700", true, "U1");
        slack.script("conversations.members", 429, Map.of("Retry-After", "3"), "{\"ok\":false,\"error\":\"ratelimited\"}");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> channels.members(team("C700")));
        assertTrue(e.getMessage().contains("rate limited"), e.getMessage());
        assertTrue(!e.getMessage().contains("xoxb"), e.getMessage());
    }

    @Test
    void onlyChannelIdsOfThisWorkspaceBecomeConversations() {
        assertEquals("T1/C123", team("C123").value());
        assertEquals("T1/G0PRIV", team("G0PRIV").value());
        for (String notAChannel : new String[] {"U123", "D123", "#general", "c123", "", "C1/../x"}) {
            assertEquals(Optional.empty(), SlackChannels.channel(ACME, notAChannel), notAChannel);
        }
        assertEquals(Optional.empty(), SlackChannels.channel(new TenantId(Platform.TEAMS, "t"), "C123"));
    }
}
