#!/usr/bin/env bash
# JVM options compared at start-up, as BENCHMARKS.md reports them: ROUNDS rounds (default 5), each starting
# the jar once with every option set given as an argument in turn (bench/startup.sh with RUNS=1; "" is the
# README's options alone), so that all of them see the same moments of a shared machine. Prints each set's
# median wall and CPU time to a healthy /health, with every round's wall time.
#   bench/startup-compare.sh "" "-XX:+UseSerialGC" "-XX:CompileThresholdScaling=3"
# BASE_OPTS are the options of every start (default: the README's); JAR as for bench/startup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${ROUNDS:-5}
base=${BASE_OPTS:--XX:SharedArchiveFile=bot/target/curio-bot.jsa -Xms64m}
(($#)) || { echo "usage: $0 OPTIONS... (\"\" for none)" >&2; exit 2; }
declare -a walls cpus
for _ in $(seq 1 "$rounds"); do
  for i in $(seq 0 $(($# - 1))); do
    options=${*:i+1:1}
    line=$(RUNS=1 JAVA_OPTS="$base $options" bench/startup.sh | grep '^run 1:')
    [[ $line =~ after\ ([0-9.]+)\ s\ wall,\ ([0-9.]+)\ s\ CPU ]] || { echo "no figure: $line" >&2; exit 1; }
    walls[i]="${walls[i]:-} ${BASH_REMATCH[1]}"
    cpus[i]="${cpus[i]:-} ${BASH_REMATCH[2]}"
  done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
for i in $(seq 0 $(($# - 1))); do
  options=${*:i+1:1}
  echo "[${options:-none}] median of $rounds: $(median <<<"${walls[i]}") s wall, $(median <<<"${cpus[i]}") s CPU (walls:${walls[i]})"
done
