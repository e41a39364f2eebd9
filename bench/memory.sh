#!/usr/bin/env bash
# Resident memory (VmRSS) of the packaged jar: after start, and after N check-ins (default 10,000)
# said through the web playground's JSON API by 100 learners, as BENCHMARKS.md reports it.
# Build the jar first: ./mvnw -B -q -pl bot -am -DskipTests package. JAR names another jar.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${JAR:-bot/target/curio-bot-0.1.0.jar}
checkins=${CHECKINS:-10000}
port=${BENCH_PORT:-3917}
data=$(mktemp -d)
PORT=$port CURIO_DATA_DIR=$data java ${JAVA_OPTS:-} -jar "$jar" >"$data/curio.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 300); do curl -sf "localhost:$port/health" >/dev/null && break; sleep 0.2; done
curl -sf "localhost:$port/health" >/dev/null || { echo "Curio did not become healthy"; cat "$data/curio.log"; exit 1; }
rss() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }
say() { # one curl process for many requests ("user<TAB>text" lines on stdin); prints how many answers match $1
  awk -v port="$port" -F'\t' '{
    if (NR > 1) print "next"
    printf "url = \"http://localhost:%s/web/api/messages\"\nheader = \"Content-Type: application/json\"\n", port
    printf "data = \"{\\\"user\\\":\\\"%s\\\",\\\"text\\\":\\\"%s\\\"}\"\n", $1, $2 }' \
    | curl -s -K - | grep -oE "$1" | wc -l
}
sleep 5
echo "after start: $(rss) kB resident"
enrolled=$(seq 1 100 | awk '{printf "learner%d\tstart\n", $1}' | say '"text":"Welcome')
start=$(date +%s.%N)
answered=$(seq 1 "$checkins" | awk '{printf "learner%d\ttried step %d of the memory benchmark\n", $1 % 100 + 1, $1}' | say '"text":"(Checked in|Added to today)')
end=$(date +%s.%N)
sleep 5
echo "after $answered of $checkins check-ins answered, by $enrolled learners: $(rss) kB resident ($(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.1f", e - s}') s to say them)"
