// The ingest benchmark's peer (journeys/.../CheckInIngestBenchmarkIT, BENCHMARKS.md): a minimal Bolt-JS
// app doing a check-in's work the way a small Slack bot would. Bolt's HTTP receiver verifies the v0
// signature and acks the event; the listener then runs one Lua script on Redis (by EVALSHA), the
// learner's streak update on keys of one hash tag, and replies with chat.postMessage.
// Settings: PORT, REDIS_URL, SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL (the fake Web API).
'use strict';

const crypto = require('node:crypto');
const { App, LogLevel } = require('@slack/bolt');
const { createClient } = require('redis');

// KEYS[1] the learner hash, KEYS[2] their learning days; ARGV[1] the day. Nil for someone not enrolled.
const CHECK_IN = `
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
local first = redis.call('SADD', KEYS[2], ARGV[1])
local checkins = redis.call('HINCRBY', KEYS[1], 'checkins', 1)
if first == 1 then redis.call('HINCRBY', KEYS[1], 'streak', 1) end
return {checkins, tonumber(redis.call('HGET', KEYS[1], 'streak'))}`;
const SHA = crypto.createHash('sha1').update(CHECK_IN).digest('hex');

const redis = createClient({ url: process.env.REDIS_URL });
redis.on('error', (e) => console.error('redis:', e.message));

const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  logLevel: LogLevel.WARN,
});

async function checkIn(team, user, day) {
  const options = { keys: [`peer:{${team}}:L:${user}`, `peer:{${team}}:D:${user}`], arguments: [day] };
  try {
    return await redis.evalSha(SHA, options);
  } catch (e) {
    if (!String(e.message).startsWith('NOSCRIPT')) throw e;
    return redis.eval(CHECK_IN, options);
  }
}

app.message(/^tried\s+\S/i, async ({ message, context, say }) => {
  const day = new Date().toISOString().slice(0, 10);
  const counted = await checkIn(context.teamId, message.user, day);
  await say(counted === null
    ? 'Say `start` first to begin.'
    : `Checked in. Nice work! Streak: ${counted[1]} day(s), ${counted[0]} check-ins.`);
});

(async () => {
  await redis.connect();
  await app.start({ port: Number(process.env.PORT), host: '127.0.0.1' });
  console.log(`bolt-js peer listening on 127.0.0.1:${process.env.PORT}`);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});

process.on('SIGTERM', async () => {
  await app.stop();
  await redis.quit();
  process.exit(0);
});
