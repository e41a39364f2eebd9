package curio.content;

import curio.chat.Markdown;
import curio.chat.UserRef;
import curio.store.Keys;
import curio.store.LuaScript;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import redis.clients.jedis.UnifiedJedis;

/**
 * Picks a learner's prompt of the day: a quiz item due for review first, else the next unseen
 * prompt of their tracks, taking the tracks in turn. The choice is kept for the day, so every
 * channel (scheduled prompt, {@code today}, App Home) shows the same prompt. Progress is one
 * position per track in the learner hash ({@code c:<track>}); tracks only grow at the end.
 * When every prompt of the learner's tracks was seen there is no new prompt (reviews still come):
 * {@link #allSeen} says so, and {@link #tellOnce} lets Curio tell the learner once.
 * A teammate's check-in taken up with "Try this too" ({@link #takeUp}) waits in the hash and becomes
 * the prompt of the next day that has none chosen yet, before reviews and the library. Only its
 * reference waits: that day it is found again through {@link SharedCheckIns} (dropped if its author
 * stopped sharing or deleted it), and its words are kept with the day's choice, so it reads the same all day.
 */
@Singleton
public class PromptSelector {

    private static final String DAY = "td";
    private static final String PROMPT = "tid";
    private static final String DONE = "tdone";
    private static final String TURN = "rr";
    /** {@code <prompts seen>:<epoch day>} of the last time the learner was told they had seen them all. */
    private static final String TOLD = "xh";
    /**
     * A teammate's check-in waiting to be a day's prompt: its reference only ({@code ypn}, {@code ypx}
     * held its author's name and words before; they are dropped when met).
     */
    private static final String PENDING = "ypr";
    /** The teammate's check-in last made a day's prompt: its reference, author's name and words. */
    private static final String SHARED = "ysr";
    private static final String SHARED_NAME = "ysn";
    private static final String SHARED_TEXT = "ysx";
    /** Ids of prompts made from a teammate's check-in start with this, then its reference. */
    public static final String SHARED_PREFIX = "shared:";
    /** What a prompt from a teammate's check-in names as its track. */
    public static final String SHARED_TRACK = "from a teammate";
    /** A check-in longer than this is cut in the prompt made of it, so it fits a message section once escaped. */
    static final int SHARED_CHARS = 1400;

    /**
     * Keeps the reference of a teammate's check-in for the next day's prompt, unless it is waiting or
     * was the prompt already (0); returns 1, or the reference of the check-in it replaced.
     */
    private static final LuaScript TAKE_UP = LuaScript.of(List.of(), """
            local f = redis.call('HMGET', KEYS[1], 'ypr', 'ysr')
            if f[1] == ARGV[1] or f[2] == ARGV[1] then return 0 end
            redis.call('HSET', KEYS[1], 'ypr', ARGV[1])
            redis.call('HDEL', KEYS[1], 'ypn', 'ypx')
            if f[1] then return f[1] end
            return 1
            """);

    /**
     * Makes the waiting check-in ARGV[2] (its author's name and words ARGV[3], ARGV[4], found again
     * just now) the prompt of day ARGV[1], unless that day has one or another check-in waits now:
     * returns the day's choice as {day, prompt id, name, words, 1 if chosen now}, or nothing.
     */
    private static final LuaScript TAKE_PENDING = LuaScript.of(List.of(), """
            local c = redis.call('HMGET', KEYS[1], 'td', 'tid', 'ysn', 'ysx')
            if c[1] == ARGV[1] and c[2] then return {c[1], c[2], c[3] or '', c[4] or '', 0} end
            if redis.call('HGET', KEYS[1], 'ypr') ~= ARGV[2] then return {} end
            local id = 'shared:' .. ARGV[2]
            redis.call('HSET', KEYS[1], 'td', ARGV[1], 'tid', id, 'tdone', '0', 'ysr', ARGV[2], 'ysn', ARGV[3], 'ysx', ARGV[4])
            redis.call('HDEL', KEYS[1], 'ypr', 'ypn', 'ypx')
            return {ARGV[1], id, ARGV[3], ARGV[4], 1}
            """);

    /** Drops the waiting check-in ARGV[1] (its author withdrew it), unless another one waits now. */
    private static final LuaScript DROP_PENDING = LuaScript.of(List.of(), """
            if redis.call('HGET', KEYS[1], 'ypr') ~= ARGV[1] then return 0 end
            return redis.call('HDEL', KEYS[1], 'ypr', 'ypn', 'ypx')
            """);

    /**
     * Keeps the day's first choice: writes ours only if no prompt was chosen for that day yet. A new
     * day's library prompt drops the words of a teammate's check-in an earlier day showed (its
     * reference stays, so it is not taken up twice).
     */
    private static final LuaScript CHOOSE_ONCE = LuaScript.of(List.of(), """
            local current = redis.call('HMGET', KEYS[1], 'td', 'tid')
            local day, prompt
            for i = 1, #ARGV, 2 do
              if ARGV[i] == 'td' then day = ARGV[i + 1] end
              if ARGV[i] == 'tid' then prompt = ARGV[i + 1] end
            end
            if current[1] == day and current[2] then return {current[2], 0} end
            redis.call('HSET', KEYS[1], unpack(ARGV))
            redis.call('HDEL', KEYS[1], 'ysn', 'ysx')
            return {prompt, 1}
            """);

    /** Marks day ARGV[1]'s prompt answered: 0 when it already was, 1 otherwise (or another day's prompt). */
    private static final LuaScript ANSWER_ONCE = LuaScript.of(List.of(), """
            if redis.call('HGET', KEYS[1], 'td') ~= ARGV[1] then return 1 end
            if redis.call('HGET', KEYS[1], 'tdone') == '1' then return 0 end
            redis.call('HSET', KEYS[1], 'tdone', '1')
            return 1
            """);

    /** Records that the learner was told about {@code ARGV[1]} prompts seen, unless they were told already. */
    private static final LuaScript TELL_ONCE = LuaScript.of(List.of(), """
            local told = redis.call('HGET', KEYS[1], 'xh')
            if told and string.match(told, '^(%d+):') == ARGV[1] then return 0 end
            redis.call('HSET', KEYS[1], 'xh', ARGV[1] .. ':' .. ARGV[2])
            return 1
            """);

    private final UnifiedJedis redis;
    private final PromptLibrary library;
    private final ReviewQueue reviews;
    private final SharedCheckIns checkIns;

    public PromptSelector(UnifiedJedis redis, PromptLibrary library, ReviewQueue reviews, SharedCheckIns checkIns) {
        this.redis = redis;
        this.library = library;
        this.reviews = reviews;
        this.checkIns = checkIns;
    }

    /** Today's prompt for the learner, chosen now if it was not yet. */
    public Optional<Prompt> today(UserRef user, List<String> topics, LocalDate day) {
        return choose(user, topics, day).prompt();
    }

    /**
     * The day's prompt, and whether this call chose it (none was chosen for the day before).
     *
     * @param prompt    empty when nothing is due for review and every prompt of the topics was seen
     * @param chosenNow true when no earlier call (the schedule, {@code today}) had chosen a prompt that day
     */
    public record Choice(Optional<Prompt> prompt, boolean chosenNow) {
    }

    /**
     * As {@link #today(UserRef, List, LocalDate)}, first looking in {@code learnerHash} (the learner
     * hash as the caller read it) for a prompt already chosen that day, which saves a round trip.
     */
    public Optional<Prompt> today(UserRef user, List<String> topics, LocalDate day, Map<String, String> learnerHash) {
        return choose(user, topics, day, fields -> Arrays.stream(fields).map(learnerHash::get).toList()).prompt();
    }

    /** Today's prompt for the learner, chosen now if it was not yet. */
    public Choice choose(UserRef user, List<String> topics, LocalDate day) {
        return choose(user, topics, day, fields -> redis.hmget(Keys.learner(user), fields));
    }

    /**
     * Chooses with the learner hash's fields as {@code read} gives them: read now, or as the caller
     * read them earlier. Stale fields are safe: the choice is written only if none was made that
     * day ({@link #CHOOSE_ONCE}), so a choice made meanwhile wins and no position moves twice.
     */
    private Choice choose(UserRef user, List<String> topics, LocalDate day, Function<String[], List<String>> read) {
        String key = Keys.learner(user);
        List<String> current = read.apply(new String[] {DAY, PROMPT, SHARED_NAME, SHARED_TEXT, PENDING});
        Optional<Prompt> already = kept(current, day);
        if (already.isPresent()) {
            return new Choice(already, false);
        }
        if (current.get(4) != null) {
            Optional<Choice> taken = takePending(user, current.get(4), day);
            if (taken.isPresent()) {
                return taken.get();
            }
        }
        Map<String, String> update = new HashMap<>();
        Optional<Prompt> chosen = reviews.due(user, day, 5).stream()
                .map(library::prompt).flatMap(Optional::stream).findFirst()
                .or(() -> nextUnseen(tracks(topics), update, read));
        if (chosen.isEmpty()) {
            return new Choice(chosen, false);
        }
        update.put(DAY, Long.toString(day.toEpochDay()));
        update.put(PROMPT, chosen.get().id());
        update.put(DONE, "0");
        List<String> args = new ArrayList<>();
        update.forEach((field, value) -> {
            args.add(field);
            args.add(value);
        });
        // two callers at once (the scheduled prompt and `today`): the first choice of the day wins
        List<?> kept = (List<?>) CHOOSE_ONCE.run(redis, List.of(key), args);
        return new Choice(prompt(user, (String) kept.get(0)).or(() -> chosen), Long.valueOf(1).equals(kept.get(1)));
    }

    /**
     * The waiting check-in {@code reference} as the day's prompt, found again now: when its author no
     * longer shares it or removed it, it is dropped and the day gets a library prompt instead.
     */
    private Optional<Choice> takePending(UserRef user, String reference, LocalDate day) {
        String key = Keys.learner(user);
        Optional<SharedCheckIns.CheckIn> found = checkIns.shared(user.tenant(), reference);
        if (found.isEmpty()) {
            DROP_PENDING.run(redis, List.of(key), List.of(reference));
            return Optional.empty();
        }
        List<?> taken = (List<?>) TAKE_PENDING.run(redis, List.of(key),
                List.of(Long.toString(day.toEpochDay()), reference, found.get().name(), found.get().text()));
        if (taken.isEmpty()) {
            return Optional.empty();
        }
        List<String> fields = taken.stream().map(Object::toString).toList();
        return Optional.of(new Choice(kept(fields, day), "1".equals(fields.get(4))));
    }

    /**
     * Every prompt of the learner's topics seen: how many, in which tracks, and the other tracks that
     * still hold prompts they have not seen (the ones to offer).
     */
    public record AllSeen(int prompts, List<Track> topics, List<Track> more) {
    }

    /** When the learner has seen every prompt of their topics: what they saw and what else there is. */
    public Optional<AllSeen> allSeen(UserRef user, List<String> topics) {
        List<Track> all = library.tracks();
        List<Track> mine = tracks(topics);
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        List<String> positions = redis.hmget(Keys.learner(user), all.stream().map(PromptSelector::position).toArray(String[]::new));
        List<Track> more = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            boolean unseenLeft = parse(positions.get(i)) < all.get(i).prompts().size();
            if (unseenLeft && mine.contains(all.get(i))) {
                return Optional.empty();
            }
            if (unseenLeft) {
                more.add(all.get(i));
            }
        }
        return Optional.of(new AllSeen(mine.stream().mapToInt(track -> track.prompts().size()).sum(), mine, more));
    }

    /**
     * True the first time the learner is to be told they saw all these prompts; false when they were
     * told already (told again once more prompts came and were seen too). Remembers the day.
     */
    public boolean tellOnce(UserRef user, AllSeen seen, LocalDate day) {
        Object first = TELL_ONCE.run(redis, List.of(Keys.learner(user)),
                List.of(Integer.toString(seen.prompts()), Long.toString(day.toEpochDay())));
        return Long.valueOf(1).equals(first);
    }

    /** Whether the learner was told on {@code day} that they had seen every prompt of their topics. */
    public boolean toldOn(UserRef user, LocalDate day) {
        String told = redis.hget(Keys.learner(user), TOLD);
        return told != null && told.endsWith(":" + day.toEpochDay());
    }

    /**
     * The prompt chosen for {@code day}, when the learner hash's fields (day, prompt id, a shared
     * check-in's author and words) say one was.
     */
    private Optional<Prompt> kept(List<String> fields, LocalDate day) {
        String chosenPrompt = fields.get(1);
        if (!Long.toString(day.toEpochDay()).equals(fields.get(0)) || chosenPrompt == null) {
            return Optional.empty();
        }
        return chosenPrompt.startsWith(SHARED_PREFIX) ? shared(chosenPrompt, fields.get(2), fields.get(3))
                : library.prompt(chosenPrompt);
    }

    /** A prompt by id: the library's, or the teammate's check-in the learner last had as a day's prompt. */
    public Optional<Prompt> prompt(UserRef user, String id) {
        if (!id.startsWith(SHARED_PREFIX)) {
            return library.prompt(id);
        }
        List<String> fields = redis.hmget(Keys.learner(user), SHARED, SHARED_NAME, SHARED_TEXT);
        return id.equals(SHARED_PREFIX + fields.get(0)) ? shared(id, fields.get(1), fields.get(2)) : Optional.empty();
    }

    /** A teammate's check-in as a thing to try, credited to them; their name and words escaped. */
    private static Optional<Prompt> shared(String id, String name, String text) {
        if (name == null || text == null) {
            return Optional.empty();
        }
        String words = text.length() > SHARED_CHARS ? text.substring(0, SHARED_CHARS) + "…" : text;
        return Optional.of(new Prompt(id, SHARED_TRACK, Prompt.Kind.TRY, Markdown.literal(name) + " tried this",
                Markdown.literal(words), List.of(), -1, null));
    }

    /**
     * Keeps a teammate's check-in as the learner's next prompt, replacing one that waited: only its
     * reference, so its words are found again (still shared?) on the day it is used.
     */
    public TakenUp takeUp(UserRef user, String reference) {
        Object taken = TAKE_UP.run(redis, List.of(Keys.learner(user)), List.of(reference));
        if (taken instanceof String replaced) {
            return new TakenUp(true, Optional.of(checkIns.shared(user.tenant(), replaced)
                    .map(SharedCheckIns.CheckIn::name).orElse("a teammate")));
        }
        return new TakenUp(Long.valueOf(1).equals(taken), Optional.empty());
    }

    /**
     * What {@link #takeUp} did: {@code taken} false when the check-in waited already or was a prompt
     * before; {@code replaced} the author's name of a check-in that waited and no longer does.
     */
    public record TakenUp(boolean taken, Optional<String> replaced) {
    }

    /** Whether a prompt was chosen for {@code day} already (so a check-in taken up now waits for the next day). */
    public boolean chosenFor(UserRef user, LocalDate day) {
        return Long.toString(day.toEpochDay()).equals(redis.hget(Keys.learner(user), DAY));
    }

    /** Whether today's prompt was answered (got it, quiz, reflection, tried). */
    public boolean answered(UserRef user, LocalDate day) {
        List<String> state = redis.hmget(Keys.learner(user), DAY, DONE);
        return answered(state.get(0), state.get(1), day);
    }

    /** As {@link #answered(UserRef, LocalDate)}, from the learner hash as the caller read it. */
    public boolean answered(Map<String, String> learnerHash, LocalDate day) {
        return answered(learnerHash.get(DAY), learnerHash.get(DONE), day);
    }

    private static boolean answered(String chosenDay, String done, LocalDate day) {
        return Long.toString(day.toEpochDay()).equals(chosenDay) && "1".equals(done);
    }

    public void markAnswered(UserRef user) {
        redis.hset(Keys.learner(user), DONE, "1");
    }

    /** Marks today's prompt answered; false when it already was (a double click). */
    public boolean answerOnce(UserRef user, LocalDate day) {
        Object won = ANSWER_ONCE.run(redis, List.of(Keys.learner(user)), List.of(Long.toString(day.toEpochDay())));
        return Long.valueOf(1).equals(won);
    }

    private Optional<Prompt> nextUnseen(List<Track> tracks, Map<String, String> update, Function<String[], List<String>> read) {
        if (tracks.isEmpty()) {
            return Optional.empty();
        }
        List<String> fields = new ArrayList<>();
        fields.add(TURN);
        tracks.forEach(track -> fields.add(position(track)));
        List<String> values = read.apply(fields.toArray(String[]::new));
        int turn = parse(values.get(0));
        for (int i = 0; i < tracks.size(); i++) {
            int index = Math.floorMod(turn + i, tracks.size());
            Track track = tracks.get(index);
            int position = parse(values.get(index + 1));
            if (position < track.prompts().size()) {
                update.put(position(track), Integer.toString(position + 1));
                update.put(TURN, Integer.toString(index + 1));
                return Optional.of(track.prompts().get(position));
            }
        }
        return Optional.empty();
    }

    private List<Track> tracks(List<String> topics) {
        List<Track> chosen = topics.stream().map(library::track).flatMap(Optional::stream).toList();
        return chosen.isEmpty() ? library.tracks() : chosen;
    }

    private static String position(Track track) {
        return "c:" + track.id();
    }

    private static int parse(String value) {
        return value == null ? 0 : Integer.parseInt(value);
    }
}
