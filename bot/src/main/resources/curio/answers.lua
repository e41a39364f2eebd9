-- append_answer(log, entry, capacity, cutoff): the answer log, newest first, capped and within retention.
-- A library: it only defines the function; AnswerLog and arrival.lua call it from their own scripts.
-- log: the answer list; entry: the JSON entry to push ('' = only prune); capacity: entries kept at most;
-- cutoff: epoch day before which entries (field "e") are dropped. Returns the entries left.
local function append_answer(log, entry, capacity, cutoff)
  if entry ~= '' then
    redis.call('LPUSH', log, entry)
    redis.call('LTRIM', log, 0, capacity - 1)
  end
  while true do
    local oldest = redis.call('LINDEX', log, -1)
    if not oldest then break end
    local day = tonumber(string.match(oldest, '"e":(%-?%d+)'))
    if day and day < cutoff then redis.call('RPOP', log) else break end
  end
  return redis.call('LLEN', log)
end
