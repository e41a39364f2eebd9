#!/usr/bin/env bash
# Start-up time of the packaged jar, as BENCHMARKS.md reports it: RUNS starts (default 5), each from a
# fresh data folder on a free port with no settings (embedded Redis, the web playground). For each, the
# wall time from exec to the first 200 from /health (polled every 10 ms) and the JVM's CPU time at that
# moment (user + system, /proc/PID/stat), then a stop (SIGTERM, wait). A run not healthy within 60 s
# fails. JAVA_OPTS adds JVM options (e.g. -XX:SharedArchiveFile=bot/target/curio-bot.jsa).
# Build the jar first: ./mvnw -B -q -pl bot -am -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${JAR:-bot/target/curio-bot-0.1.0.jar}
runs=${RUNS:-5}
tick=$(getconf CLK_TCK)
[ -f "$jar" ] || { echo "no $jar: build it first" >&2; exit 1; }
exec {nap}<> <(:)   # read -t on a pipe nobody writes to: a 10 ms pause without starting a process

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

healthy() { # one GET /health over bash's /dev/tcp; true on a 200
  local http status
  { exec {http}<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
  printf 'GET /health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&"$http"
  read -r -t 5 _ status _ <&"$http" || status=
  exec {http}>&-
  [ "$status" = 200 ]
}

seconds() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }   # milliseconds as seconds

cpu_ms() { # utime + stime of the process, in milliseconds
  local stat f
  stat=$(<"/proc/$1/stat")
  read -r -a f <<<"${stat##*) }"   # fields from the 3rd on: utime is the 14th, stime the 15th
  echo $(((f[11] + f[12]) * 1000 / tick))
}

stop() { # SIGTERM, at most 30 s to stop, then whatever it started that is still there
  local pid=$1 children
  children=$(cat /proc/"$pid"/task/*/children 2>/dev/null || true)
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; read -r -t 0.1 -u "$nap" || true; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  for child in $children; do kill "$child" 2>/dev/null || true; done
}

echo "start-up of $jar, JAVA_OPTS=${JAVA_OPTS:-} (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
walls=() cpus=()
for run in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  port=$(free_port)
  start=${EPOCHREALTIME/./}
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  env -u REDIS_URL PORT="$port" CURIO_DATA_DIR="$data" java ${JAVA_OPTS:-} -jar "$jar" >"$data.log" 2>&1 &
  pid=$!
  wall= cpu=
  while ((${EPOCHREALTIME/./} - start < 60000000)); do
    if healthy "$port"; then
      wall=$(((${EPOCHREALTIME/./} - start) / 1000))
      cpu=$(cpu_ms "$pid")
      break
    fi
    kill -0 "$pid" 2>/dev/null || break
    read -r -t 0.01 -u "$nap" || true
  done
  logged=$(grep -oE 'Startup completed in [0-9]+ms' "$data.log" | grep -oE '[0-9]+' || echo '?')
  stop "$pid"
  if [ -z "$wall" ]; then
    echo "run $run: not healthy within 60 s"; cat "$data.log"; rm -rf "$data" "$data.log"; exit 1
  fi
  echo "run $run: healthy after $(seconds "$wall") s wall, $(seconds "$cpu") s CPU (log: started in $logged ms)"
  walls+=("$wall") cpus+=("$cpu")
  rm -rf "$data" "$data.log"
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR] = $1} END {printf "%d", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
echo "median of $runs: $(seconds "$(median "${walls[@]}")") s wall, $(seconds "$(median "${cpus[@]}")") s CPU to healthy (load average after: $(cut -d' ' -f1-3 /proc/loadavg))"
