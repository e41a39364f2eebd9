-- One workspace's send schedule, shared by every replica (TenantRateLimiter).
-- KEYS[1]: hash {tat, until} in microseconds of this Redis' clock (TIME, so replicas whose own
--          clocks disagree still agree): tat is the theoretical arrival time of the next send
--          (GCRA without a burst), until is the end of the platform's last Retry-After.
-- ARGV[1]: 'reserve' (ARGV[2] = interval): takes the next slot;
--          'confirm' (ARGV[2] = interval, ARGV[3] = the slot being confirmed, about): a slot that
--                    a pause covers (one reserved before the pause began) is void and the next one
--                    taken instead; else nothing is taken;
--          'pause'   (ARGV[2] = pause): nothing before now + pause.
-- Returns {wait, now}: microseconds until the slot taken (-1 for a confirmed one), and TIME.
-- The hash expires a second after its last slot or pause: an idle workspace leaves nothing.
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local state = redis.call('HMGET', KEYS[1], 'tat', 'until')
local tat = tonumber(state[1]) or now
local hold = tonumber(state[2]) or 0
local n = tonumber(ARGV[2])
local result = 0
if ARGV[1] == 'pause' then
  hold = math.max(hold, now + n)
elseif ARGV[1] == 'confirm' and hold <= now and hold <= tonumber(ARGV[3]) + 5000 then
  return {-1, now}
else
  local slot = math.max(now, tat, hold)
  tat = slot + n
  result = slot - now
end
redis.call('HSET', KEYS[1], 'tat', string.format('%.0f', tat), 'until', string.format('%.0f', hold))
redis.call('PEXPIRE', KEYS[1], math.floor((math.max(tat, hold) - now) / 1000) + 1000)
return {result, now}
