-- A learner's message arrives: the learner read, marked seen, their direct chat kept and, for a
-- check-in, the answer logged and the day counted, in one round trip. Called after answers.lua
-- and streak.lua, whose functions it uses. Learner hash fields: see LearnerFields.
-- KEYS[1] the learner hash, KEYS[2] the learning-day bitmap, KEYS[3] the answer log (one hash tag)
-- ARGV[1] the time zone the learning day was reckoned in, ARGV[2] that learning day (epoch day)
-- ARGV[3] the direct chat to keep as the learner's conversation ('' for a message in a channel)
-- ARGV[4] '1' when the command wakes a learner Curio paused itself
-- ARGV[5..7] append_answer's entry, capacity and cutoff (an empty entry: not a check-in)
-- Returns {} for someone not enrolled. Writes nothing and returns {'zone', hash} when the learner's
-- time zone is not ARGV[1] (the day was reckoned wrong), {'wake', hash} when Curio must resume
-- them first. Else {'ok', hash, streak}: the hash as read, the streak ({} when not a check-in).
local hash = redis.call('HGETALL', KEYS[1])
local field = {}
for i = 1, #hash, 2 do field[hash[i]] = hash[i + 1] end
if not field['st'] then return {} end
if (field['tz'] or 'UTC') ~= ARGV[1] then return {'zone', hash} end
if ARGV[4] == '1' and field['autop'] then return {'wake', hash} end
redis.call('HSET', KEYS[1], 'ign', '0', 'seen', ARGV[2])
if ARGV[3] ~= '' then redis.call('HSET', KEYS[1], 'cv', ARGV[3]) end
local counted = {}
if ARGV[5] ~= '' then
  append_answer(KEYS[3], ARGV[5], tonumber(ARGV[6]), tonumber(ARGV[7]))
  counted = streak(KEYS[1], KEYS[2], tonumber(ARGV[2]), true)
end
return {'ok', hash, counted}
