package curio.challenges;

import curio.chat.ChatAdapter;
import curio.chat.ConversationRef;
import curio.chat.DeliveryException;
import curio.chat.Markdown;
import curio.chat.Message;
import curio.chat.TenantId;
import curio.chat.UserRef;
import curio.delivery.ChatAdapters;
import curio.leads.Languages;
import curio.learners.Learner;
import curio.learners.LearnerStore;
import curio.learners.LocalCalendar;
import curio.store.Keys;
import curio.store.LuaScript;
import curio.words.Texts;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;

/**
 * Tells a challenge's lead in their direct chat who finished it, batched: at most one message an
 * hour per lead, listing everyone who finished since the last. Members who share are named, the
 * others counted. {@link ChallengeStore#record} queues the news; {@link ChallengeSweep} calls
 * {@link #tellLeads()}.
 */
@Singleton
public class FinisherNews {

    static final Duration BATCH = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(FinisherNews.class);

    /**
     * Takes a lead's news (KEYS[1]) when their last message (KEYS[2], epoch ms) is at least ARGV[2] ms
     * before ARGV[1]. Returns the entries, an empty list when there is no news, nil when it must wait.
     */
    private static final LuaScript TAKE = LuaScript.of(List.of(), """
            if redis.call('LLEN', KEYS[1]) == 0 then return {} end
            local last = redis.call('GET', KEYS[2])
            if last and tonumber(ARGV[1]) - tonumber(last) < tonumber(ARGV[2]) then return false end
            redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
            local news = redis.call('LRANGE', KEYS[1], 0, -1)
            redis.call('DEL', KEYS[1])
            return news
            """);

    private final UnifiedJedis redis;
    private final ChallengeStore challenges;
    private final LearnerStore learners;
    private final ChatAdapters adapters;
    private final LocalCalendar calendar;

    private final Languages languages;

    public FinisherNews(UnifiedJedis redis, ChallengeStore challenges, LearnerStore learners, ChatAdapters adapters,
                        LocalCalendar calendar, Languages languages) {
        this.languages = languages;
        this.redis = redis;
        this.challenges = challenges;
        this.learners = learners;
        this.adapters = adapters;
        this.calendar = calendar;
    }

    /** One message to every lead with news whose last one is an hour old. */
    public void tellLeads() {
        for (String entry : redis.smembers(Keys.CHALLENGE_NEWS)) {
            try {
                int bar = entry.lastIndexOf('|');
                tell(new UserRef(TenantId.parse(entry.substring(0, bar)), entry.substring(bar + 1)), entry);
            } catch (RuntimeException e) {
                LOG.warn("Could not tell lead {} who finished: {}", entry, e.getMessage());
            }
        }
    }

    private void tell(UserRef lead, String entry) {
        @SuppressWarnings("unchecked")
        List<String> news = (List<String>) TAKE.run(redis,
                List.of(Keys.challengeNews(lead.tenant(), lead.userId()), Keys.challengeNewsSent(lead.tenant(), lead.userId())),
                List.of(Long.toString(calendar.clock().millis()), Long.toString(BATCH.toMillis())));
        if (news == null) {
            return;
        }
        if (news.isEmpty()) {
            redis.srem(Keys.CHALLENGE_NEWS, entry);
            return;
        }
        Optional<ChatAdapter> adapter = adapters.forPlatform(lead.tenant().platform());
        Optional<ConversationRef> dm = learners.find(lead).flatMap(Learner::conversation)
                .or(() -> adapter.flatMap(a -> a.directConversation(lead)));
        if (adapter.isEmpty() || dm.isEmpty()) {
            return;
        }
        try {
            adapter.get().send(dm.get(), message(lead.tenant(), news, languages.of(lead)));
        } catch (DeliveryException e) {
            LOG.info("Could not tell lead {} who finished: {}", lead, e.getMessage());
        }
    }

    /** "🏁 Finished your challenges: AI week (c1): mia, and 1 with sharing off." */
    private Message message(TenantId tenant, List<String> news, Texts texts) {
        Map<String, List<String>> byChallenge = new LinkedHashMap<>();
        for (String item : news) {
            String[] parts = item.split(" ", 2);
            byChallenge.computeIfAbsent(parts[0], id -> new ArrayList<>()).add(parts[1]);
        }
        StringBuilder out = new StringBuilder(texts.get("finishers.title"));
        byChallenge.forEach((id, users) -> {
            List<String> names = new ArrayList<>();
            int hidden = 0;
            for (String user : users) {
                Optional<Learner> learner = learners.find(new UserRef(tenant, user)).filter(Learner::sharing);
                if (learner.isPresent()) {
                    names.add(Markdown.literal(learner.get().name()));
                } else {
                    hidden++;
                }
            }
            if (hidden > 0) {
                names.add(texts.get("finishers.hidden", hidden));
            }
            String title = challenges.find(tenant, id).map(c -> Markdown.literal(c.title())).orElse(id);
            out.append("\n- *").append(title).append("* (").append(id).append("): ").append(String.join(", ", names));
        });
        return Message.text(out.append(texts.get("finishers.footer")).toString());
    }
}
