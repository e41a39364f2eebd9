-- streak(learner, bitmap, today, learn): records (or previews) a learning day and returns the streak.
-- A library: it only defines the function; StreakRules and arrival.lua call it from their own scripts.
-- learner: the learner hash; bitmap: the learning-day bitmap (bit 0 = the day in field 'org')
-- today: the learning day as an epoch day; learn: true to record it, false to only look
-- Rules: consecutive learning days; days that are not working days (field 'days', a Monday=bit0
-- mask) or fall in a pause (field 'pauses', "from-to;..." epoch days) neither extend nor break the
-- streak; each missed working day uses a freeze if one is held, else the streak resets; one freeze
-- is earned per 5 learning days, at most 2 held. The same day twice changes nothing.
-- Returns {current, longest, freezes, freezeEarned, freezesUsed, milestone, alreadyToday, total}
local function streak(learner, bitmap, today, learn)
  local f = redis.call('HMGET', learner, 'last', 'cur', 'best', 'frz', 'earn', 'days', 'pauses', 'org', 'total')
  local last = tonumber(f[1])
  local cur = tonumber(f[2]) or 0
  local best = tonumber(f[3]) or 0
  local frz = tonumber(f[4]) or 0
  local earn = tonumber(f[5]) or 0
  local days = tonumber(f[6]) or 31
  local pauses = f[7] or ''
  local org = tonumber(f[8]) or today
  local total = tonumber(f[9]) or 0

  if last ~= nil and today <= last then
    -- the same day again, or an earlier one (a time zone moved west): nothing changes
    return {cur, best, frz, 0, 0, 0, 1, total}
  end

  local function paused(d)
    for a, b in string.gmatch(pauses, '(%d+)-(%d+)') do
      if d >= tonumber(a) and d <= tonumber(b) then return true end
    end
    return false
  end

  local function working(d)
    return bit.band(days, bit.lshift(1, (d + 3) % 7)) ~= 0
  end

  local missed = 0
  if last ~= nil and cur > 0 and today > last + 1 then
    if today - last > 1000 then
      missed = 1000
    else
      for d = last + 1, today - 1 do
        if working(d) and not paused(d) then missed = missed + 1 end
      end
    end
  end
  local used = 0
  if missed > 0 then
    if missed <= frz then
      frz = frz - missed
      used = missed
    else
      cur = 0
    end
  end
  if not learn then
    return {cur, best, frz, 0, used, 0, 0, total}
  end

  cur = cur + 1
  if cur > best then best = cur end
  earn = earn + 1
  local earned = 0
  if earn >= 5 then
    earn = 0
    if frz < 2 then
      frz = frz + 1
      earned = 1
    end
  end
  total = total + 1
  local milestone = 0
  for _, m in ipairs({3, 7, 14, 30, 50, 100, 200, 365}) do
    if cur == m then milestone = m end
  end
  if today >= org then
    redis.call('SETBIT', bitmap, today - org, 1)
  end
  redis.call('HSET', learner, 'last', today, 'cur', cur, 'best', best, 'frz', frz, 'earn', earn,
    'total', total, 'org', org)
  return {cur, best, frz, earned, used, milestone, 0, total}
end
