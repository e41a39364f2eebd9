package curio.leads;

import curio.chat.ConversationRef;
import curio.chat.TenantId;
import curio.chat.UserRef;
import curio.store.Keys;
import curio.store.SlotTransaction;
import curio.words.Texts;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;

/** Teams of a workspace in Redis: the team hash, its leads and its members' snapshot. */
@Singleton
public class TeamStore {

    /** The team hash field of {@link Team#language()}. */
    static final String LANGUAGE = "lang";

    private final UnifiedJedis redis;

    public TeamStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    /** Creates or updates a team; {@code lead} joins its leads. One transaction. */
    public Team save(TenantId tenant, String teamId, String name, ConversationRef channel, ZoneId zone, String lead,
                     Set<String> members, Map<String, String> state) {
        try (AbstractTransaction tx = SlotTransaction.begin(redis, Keys.teams(tenant))) {
            tx.hset(Keys.team(tenant, teamId), Map.of("ref", channel.value(), "tz", zone.getId(), "name", name));
            if (!state.isEmpty()) {
                tx.hset(Keys.team(tenant, teamId), state);
            }
            tx.sadd(Keys.teams(tenant), teamId);
            tx.sadd(Keys.teamLeads(tenant, teamId), lead);
            tx.del(Keys.teamMembers(tenant, teamId));
            if (!members.isEmpty()) {
                tx.sadd(Keys.teamMembers(tenant, teamId), members.toArray(String[]::new));
            }
            tx.exec();
        }
        return find(tenant, teamId).orElseThrow();
    }

    public void delete(TenantId tenant, String teamId) {
        try (AbstractTransaction tx = SlotTransaction.begin(redis, Keys.teams(tenant))) {
            tx.del(Keys.team(tenant, teamId), Keys.teamLeads(tenant, teamId), Keys.teamMembers(tenant, teamId));
            tx.srem(Keys.teams(tenant), teamId);
            tx.exec();
        }
    }

    public Optional<Team> find(TenantId tenant, String teamId) {
        return team(tenant, teamId, redis.hgetAll(Keys.team(tenant, teamId)),
                () -> redis.smembers(Keys.teamLeads(tenant, teamId)));
    }

    public List<Team> all(TenantId tenant) {
        return teams(tenant, null);
    }

    /** The teams whose channel the user is a member of. */
    public List<Team> teamsOf(UserRef user) {
        return teams(user.tenant(), user.userId());
    }

    /**
     * The workspace's teams, only those {@code member} is in when not null: the team set, then one
     * pipeline for every team's hash, leads and membership (two round trips, however many teams).
     */
    private List<Team> teams(TenantId tenant, String member) {
        List<String> ids = redis.smembers(Keys.teams(tenant)).stream().sorted().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Response<Map<String, String>>> hashes = new ArrayList<>();
        List<Response<Set<String>>> leads = new ArrayList<>();
        List<Response<Boolean>> in = new ArrayList<>();
        try (AbstractPipeline pipeline = redis.pipelined()) {
            for (String id : ids) {
                hashes.add(pipeline.hgetAll(Keys.team(tenant, id)));
                leads.add(pipeline.smembers(Keys.teamLeads(tenant, id)));
                in.add(member == null ? null : pipeline.sismember(Keys.teamMembers(tenant, id), member));
            }
            pipeline.sync();
        }
        List<Team> teams = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (member == null || in.get(i).get()) {
                team(tenant, ids.get(i), hashes.get(i).get(), leads.get(i)::get).ifPresent(teams::add);
            }
        }
        return teams;
    }

    private static Optional<Team> team(TenantId tenant, String teamId, Map<String, String> hash, Supplier<Set<String>> leads) {
        if (!hash.containsKey("ref")) {
            return Optional.empty();
        }
        return Optional.of(new Team(tenant, teamId, hash.getOrDefault("name", teamId),
                new ConversationRef(tenant.platform(), hash.get("ref")), ZoneId.of(hash.get("tz")), leads.get(),
                Texts.supported(hash.getOrDefault(LANGUAGE, "en")).orElse(Locale.ENGLISH)));
    }

    public boolean isMember(Team team, String userId) {
        return redis.sismember(Keys.teamMembers(team.tenant(), team.id()), userId);
    }

    public Set<String> members(Team team) {
        return redis.smembers(Keys.teamMembers(team.tenant(), team.id()));
    }

    public void addMember(Team team, String userId) {
        redis.sadd(Keys.teamMembers(team.tenant(), team.id()), userId);
    }

    public void replaceMembers(Team team, Set<String> members) {
        try (AbstractTransaction tx = SlotTransaction.begin(redis, Keys.teams(team.tenant()))) {
            tx.del(Keys.teamMembers(team.tenant(), team.id()));
            if (!members.isEmpty()) {
                tx.sadd(Keys.teamMembers(team.tenant(), team.id()), members.toArray(String[]::new));
            }
            tx.exec();
        }
    }

    /** A new team's first state, with the language of its channel posts. */
    public static Map<String, String> withLanguage(Map<String, String> state, Locale language) {
        Map<String, String> all = new java.util.HashMap<>(state);
        all.put(LANGUAGE, Texts.language(language).getLanguage());
        return all;
    }

    /** The language of the team's channel posts from now on. */
    public void setLanguage(Team team, Locale language) {
        redis.hset(Keys.team(team.tenant(), team.id()), LANGUAGE, Texts.language(language).getLanguage());
    }

    public void addLead(Team team, String userId) {
        redis.sadd(Keys.teamLeads(team.tenant(), team.id()), userId);
    }

    public void removeLead(Team team, String userId) {
        redis.srem(Keys.teamLeads(team.tenant(), team.id()), userId);
    }

    /**
     * Claims a once-only job (a week's digest) for this team across replicas: true for the one
     * replica that should do it.
     */
    public boolean claim(Team team, String job, java.time.Duration keep) {
        return "OK".equals(redis.set(Keys.team(team.tenant(), team.id()) + ":claim:" + job, "1",
                new redis.clients.jedis.params.SetParams().nx().ex(keep.toSeconds())));
    }

    /** Gives a claimed job back (it failed), so the next tick can try again. */
    public void release(Team team, String job) {
        redis.del(Keys.team(team.tenant(), team.id()) + ":claim:" + job);
    }

    /** A small per-team state value (feed thread, last digest). */
    public Optional<String> state(Team team, String field) {
        return Optional.ofNullable(redis.hget(Keys.team(team.tenant(), team.id()), field));
    }

    /** Several state values in one round trip; a value not set is null. */
    public List<String> states(Team team, String... fields) {
        return redis.hmget(Keys.team(team.tenant(), team.id()), fields);
    }

    public void setState(Team team, Map<String, String> fields) {
        redis.hset(Keys.team(team.tenant(), team.id()), fields);
    }
}
