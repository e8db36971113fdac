#!/usr/bin/env bash
# bench/run.sh: one-shot benchmark of Datadeling on this machine.
#
#   bench/run.sh                              # from the repo root (works from anywhere inside the repo)
#   DURATION=30s CONNECTIONS=64 bench/run.sh  # knobs, see "Settings" below
#
# What it does, in one run (about 2.5 minutes when the project is already built):
#   1. installs what is missing (wrk; pgbench from Debian's postgresql-15; sudo only when not root) and builds the
#      project with -DskipTests when launcher/target/datadeling.jar (or its payara-micro.jar/datadeling.war) is missing;
#   2. starts the launcher with a fresh data dir in bench/target/run/ on a free port and measures COLD START (wall time
#      from process start until GET /health/ready answers 200; the launcher's own "ready in" log line is reported too),
#      then, after IDLE_SECONDS of idling, IDLE RSS (VmRSS from /proc/<pid>/status) of the launcher JVM, the Payara Micro
#      JVM (child of the launcher) and every process of the embedded PostgreSQL (postmaster + its children);
#   3. checks with curl that the arbeidsforhold lookup answers 200 with a dev token, warms up, then runs wrk --latency
#      against (a) the lookup, rotating over SAMPLE_PAIRS existing (oppdragsgiver, arbeidstaker) pairs from
#      `datadeling.jar sample` via a Lua script, and (b) /health/live; reports req/s, p50, p99, non-2xx and socket errors;
#   3b/3c. Folkeregisteret (bench/folkeregister.sh) and NAV Helserefusjon (bench/helserefusjon.sh: KUHR FKR events
#      accepted per second in batches of 100, SAR export rows per second over 1 000 000 rows);
#   4. runs pgbench -S (select-only, over TCP to 127.0.0.1) against the same embedded PostgreSQL, in a separate
#      database `pgbench` initialised with scale PGBENCH_SCALE;
#   5. prints a summary table (with ratios) and replaces the "latest results" section of bench/RESULTS.md;
#   6. stops the launcher with SIGTERM and checks that no java/postgres process of this run is left (kills leftovers by
#      pid and reports them).
# Also (bench/folkeregister.sh, bench/pensjon.sh, sourced): Folkeregisteret lookups and bulkoppslag, and a full read of
# the newest 100 000 events of the dev organisation's samordning vedtak feed by nextUrl paging (events/s).
# All raw output (launcher log, wrk and pgbench output, the Lua script) stays in bench/target/run/ (gitignored).
#
# Caveats worth knowing when reading the figures: wrk, Payara and PostgreSQL share the same cores; Payara runs with
# production-like JVM flags (full JIT, ParallelGC, -Xmx2g; DATADELING_PAYARA_JVM_OPTS) and the launcher's default
# HTTP worker pool (twice the cores); the rate limit is raised so that 429s do not cut the runs short; the embedded PostgreSQL runs with fsync off and
# synchronous_commit=off (irrelevant for the read-only loads measured here). Other work on the machine skews everything:
# the load average at start and end is recorded.
set -euo pipefail

# ---- Settings (environment) ----------------------------------------------------------------------------------------
DURATION=${DURATION:-20s}            # wrk duration per target
CONNECTIONS=${CONNECTIONS:-32}       # wrk connections
THREADS=${THREADS:-2}                # wrk threads
WARMUP=${WARMUP:-10s}                # wrk warm-up on the lookup (the health warm-up is half as long, at least 1 s)
IDLE_SECONDS=${IDLE_SECONDS:-10}     # idle time after ready before RSS is read
SAMPLE_PAIRS=${SAMPLE_PAIRS:-200}    # pairs the lookup rotates over
POPULATION=${POPULATION:-100000}     # --population for the launcher (the issue's figures are for 100 000 persons)
FREG_SAMPLE=${FREG_SAMPLE:-500}      # persons the Folkeregisteret lookups rotate over
BULK_CONNECTIONS=${BULK_CONNECTIONS:-2}  # wrk connections for bulkoppslag of 1000
# JVM flags of Payara Micro: full JIT for throughput (the launcher's own default is C1-only dev flags); ParallelGC
# measured here: /health/live 7.8k req/s, p99 9 ms against G1's 6.6k, 12 ms
export DATADELING_PAYARA_JVM_OPTS=${DATADELING_PAYARA_JVM_OPTS:--Xmx2g -XX:+UseParallelGC}
# the documented 60 000 a minute per organisation would answer 429 after the first ~30 s at these rates; the limiter
# still runs (its lease accounting is part of every measured request), only its budget is out of reach
export DATADELING_RATEBEGRENSNING_PER_MINUTT=${DATADELING_RATEBEGRENSNING_PER_MINUTT:-1000000000}
PGBENCH_SCALE=${PGBENCH_SCALE:-10}
PGBENCH_CLIENTS=${PGBENCH_CLIENTS:-32}
PGBENCH_THREADS=${PGBENCH_THREADS:-2}
PGBENCH_TIME=${PGBENCH_TIME:-20}     # seconds
READY_TIMEOUT=${READY_TIMEOUT:-240}  # seconds to wait for /health/ready

PG_BIN=/usr/lib/postgresql/15/bin
LOOKUP_PREFIX=/arbeidsforholdioppdrag/v1/arbeidstilsynetHmsKort/oppdragsgiver

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
JAR=launcher/target/datadeling.jar
OUT=$ROOT/bench/target/run
DATA=$OUT/data
LOG=$OUT/launcher.log
RESULTS=$ROOT/bench/RESULTS.md
MARKER='<!-- bench/run.sh replaces everything below this line -->'

say() { printf '\n== %s\n' "$*"; }
die() { printf '\nFAILED: %s\n' "$*" >&2; exit 1; }
now() { echo "$EPOCHREALTIME"; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
calc() { awk "BEGIN { printf \"$1\", $2 }"; }
SUDO=
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; fi

# ---- 1. Prerequisites and build ------------------------------------------------------------------------------------
apt_install() {
  say "installing $*"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get install -y -q "$@" || { $SUDO apt-get update -q && $SUDO apt-get install -y -q "$@"; }
}
need=()
command -v wrk >/dev/null || need+=(wrk)
command -v curl >/dev/null || need+=(curl)
[ -x "$PG_BIN/pgbench" ] || need+=(postgresql-15)
[ -x "$PG_BIN/psql" ] || need+=(postgresql-client-15)
if [ ${#need[@]} -gt 0 ]; then apt_install "${need[@]}"; fi
command -v java >/dev/null || die "java not found (JDK 17 needed)"

if [ ! -f "$JAR" ] || [ ! -f launcher/target/payara-micro.jar ] || [ ! -f launcher/target/datadeling.war ]; then
  say "building (launcher/target/datadeling.jar missing)"
  if [ -x ./mvnw ]; then MVN=./mvnw; else MVN=mvn; fi
  $MVN -B -q install -DskipTests
fi
[ -f "$JAR" ] || die "$JAR still missing after the build"

# ---- Machine context -------------------------------------------------------------------------------------------------
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
RUN_DATE=$(date -u '+%Y-%m-%d %H:%M:%S UTC')
NPROC=$(nproc)
MEM_GB=$(awk '/^MemTotal:/{ printf "%.0f", $2 / 1048576 }' /proc/meminfo)
UPTIME_START=$(uptime)
LOAD_START=$(loadavg)
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git status --porcelain -- . ':!bench/RESULTS.md' 2>/dev/null)" ]; then COMMIT="$COMMIT (+ uncommitted changes)"; fi
JAVA_VERSION=$(java -version 2>&1 | head -1)
say "machine: $NPROC cpus, ${MEM_GB} GB; load $LOAD_START; commit $COMMIT"

# ---- Process bookkeeping and cleanup -------------------------------------------------------------------------------
LAUNCHER_PID=
PAYARA_PID=
PG_PID=
KNOWN_PIDS=()          # every pid this run has seen, for the leftover check
CLEANUP_REPORT="not run"
STOPPED=0

alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }
children() { ps -o pid= --ppid "$1" 2>/dev/null | tr -d ' ' || true; }
postmaster_pid() { [ -f "$DATA/postgres/postmaster.pid" ] && sed -n 1p "$DATA/postgres/postmaster.pid" | tr -d ' '; }
pg_port() { sed -n 4p "$DATA/postgres/postmaster.pid" | tr -d ' '; }
remember_pids() {
  local p
  for p in $LAUNCHER_PID $PAYARA_PID $PG_PID; do KNOWN_PIDS+=("$p"); done
  if alive "$PG_PID"; then for p in $(children "$PG_PID"); do KNOWN_PIDS+=("$p"); done; fi
}
# Processes of this run still alive: pids seen earlier that still run java/postgres, plus any process whose command
# line names this run's data dir (the Payara JVM's --rootdir, the postmaster's -D).
leftovers() {
  local p cmd
  {
    for p in "${KNOWN_PIDS[@]}"; do
      [ -r "/proc/$p/cmdline" ] || continue
      cmd=$(tr '\0' ' ' < "/proc/$p/cmdline" 2>/dev/null || true)
      case "$cmd" in *java*|*postgres*) echo "$p" ;; esac
    done
    for p in /proc/[0-9]*; do
      p=${p#/proc/}
      [ "$p" = "$$" ] && continue
      cmd=$(tr '\0' ' ' < "/proc/$p/cmdline" 2>/dev/null || true)
      case "$cmd" in *"$DATA"*) case "$cmd" in *java*|*postgres*) echo "$p" ;; esac ;; esac
    done
  } | sort -un
}
stop_everything() {
  [ "$STOPPED" = 1 ] && return 0
  STOPPED=1
  local t0 i left p
  remember_pids
  t0=$(now)
  if alive "$LAUNCHER_PID"; then
    kill -TERM "$LAUNCHER_PID" 2>/dev/null || true
    for i in $(seq 1 300); do alive "$LAUNCHER_PID" || break; sleep 0.1; done
  fi
  for i in $(seq 1 50); do [ -z "$(leftovers)" ] && break; sleep 0.1; done
  SHUTDOWN_S=$(elapsed "$t0" "$(now)")
  left=$(leftovers | tr '\n' ' ' | sed 's/ $//')
  if [ -z "$left" ]; then
    CLEANUP_REPORT="SIGTERM to the launcher stopped everything in ${SHUTDOWN_S} s; no java/postgres process of this run left"
  else
    for p in $left; do echo "leftover: $p $(tr '\0' ' ' < "/proc/$p/cmdline" 2>/dev/null | cut -c1-150)"; done
    for p in $left; do kill -KILL "$p" 2>/dev/null || true; done
    sleep 1
    CLEANUP_REPORT="LEFTOVERS after SIGTERM (${SHUTDOWN_S} s): pids $left, killed with SIGKILL"
    [ -z "$(leftovers)" ] || CLEANUP_REPORT="$CLEANUP_REPORT; STILL RUNNING: $(leftovers | tr '\n' ' ')"
  fi
  echo "cleanup: $CLEANUP_REPORT"
}
on_exit() {
  local rc=$?
  if [ "$STOPPED" != 1 ] && [ -n "$LAUNCHER_PID" ]; then
    say "cleaning up after exit status $rc"
    stop_everything || true
  fi
  if [ "$rc" -ne 0 ] && [ -f "$LOG" ]; then echo "(launcher log: $LOG)" >&2; fi
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# CPU accounting per load phase, in clock ticks: the whole machine (/proc/stat) versus this run's processes, so the
# results show how much of the machine other work took while we measured.
proc_ticks() { # utime+stime of a pid, plus its reaped children's (cutime+cstime) when $2 is 1
  awk -v c="${2:-0}" '{ sub(/^.*\) /, ""); t = $12 + $13; if (c) t += $14 + $15; print t; f = 1 } END { if (!f) print 0 }' \
    "/proc/$1/stat" 2>/dev/null || echo 0
}
cpu_snap() { # "machine-busy machine-all payara postgres clients ours-other"
  local pg p
  pg=$(proc_ticks "$PG_PID" 1)   # exited backends end up in the postmaster's cutime
  for p in $(children "$PG_PID"); do pg=$((pg + $(proc_ticks "$p"))); done
  echo "$(awk '/^cpu /{ print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9 }' /proc/stat)" \
    "$(proc_ticks "$PAYARA_PID") $pg $(proc_ticks $$ 1) $(proc_ticks "$LAUNCHER_PID")"
}
cpu_report() { # start-snapshot end-snapshot client-name; sets CPU_TEXT ("machine 97% busy: Payara 55%, ...", shares of
  # all cores) and SERVER_CORES (cores' worth of CPU that Payara + PostgreSQL used)
  local r
  r=$(awk -v a="$1" -v b="$2" -v n="$3" -v ncpu="$NPROC" 'BEGIN { split(a, x, " "); split(b, y, " ")
    all = y[2] - x[2]; if (all <= 0) all = 1
    busy = y[1] - x[1]; pay = y[3] - x[3]; pg = y[4] - x[4]; cl = y[5] - x[5]; la = y[6] - x[6]
    other = busy - pay - pg - cl - la; if (other < 0) other = 0
    printf "%.3f|machine %.0f%% busy: Payara %.0f%%, PostgreSQL %.0f%%, %s %.0f%%, launcher %.0f%%, other processes %.0f%%",
      (pay + pg) * ncpu / all, 100 * busy / all, 100 * pay / all, 100 * pg / all, n, 100 * cl / all, 100 * la / all,
      100 * other / all }')
  SERVER_CORES=${r%%|*}
  CPU_TEXT=${r#*|}
}

# ---- 2. Cold start and idle RSS ------------------------------------------------------------------------------------
free_port() {
  local p i
  for i in $(seq 1 100); do
    p=$((20000 + RANDOM % 40000))
    if command -v ss >/dev/null; then
      [ -z "$(ss -Htan "( sport = :$p )" 2>/dev/null)" ] && { echo "$p"; return; }
    elif ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"; return
    fi
  done
  die "no free port found"
}
rm -rf "$OUT"
mkdir -p "$OUT"
PORT=$(free_port)
BASE=http://127.0.0.1:$PORT
launch_args=(--port "$PORT" --data-dir "$DATA" --fresh)
[ -n "$POPULATION" ] && launch_args+=(--population "$POPULATION")

say "starting the launcher on port $PORT (data dir $DATA)"
T_START=$(now)
java -jar "$JAR" "${launch_args[@]}" > "$LOG" 2>&1 &
LAUNCHER_PID=$!
while :; do
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/health/ready" || true)
  [ "$code" = 200 ] && break
  alive "$LAUNCHER_PID" || { tail -30 "$LOG" >&2; die "the launcher exited before /health/ready answered 200"; }
  [ "$(elapsed "$T_START" "$(now)" | cut -d. -f1)" -lt "$READY_TIMEOUT" ] || { tail -30 "$LOG" >&2; die "not ready within $READY_TIMEOUT s"; }
  sleep 0.1
done
COLD_START_S=$(elapsed "$T_START" "$(now)")
for i in $(seq 1 50); do grep -q 'datadeling ready at' "$LOG" && break; sleep 0.1; done
READY_LINE=$(grep -o 'ready at .* in .*' "$LOG" | head -1 | sed 's/^ready at [^ ]* in //' || true)
READY_LINE=${READY_LINE:-"(no 'ready in' line in the log)"}
echo "ready: /health/ready 200 after $COLD_START_S s (wall, from process start); launcher says: $READY_LINE"

PAYARA_PID=$(for p in $(children "$LAUNCHER_PID"); do
  tr '\0' ' ' < "/proc/$p/cmdline" 2>/dev/null | grep -q payara-micro && echo "$p"; done | head -1 || true)
PG_PID=$(postmaster_pid || true)
PGPORT=$(pg_port)
[ -n "$PAYARA_PID" ] || die "no Payara Micro child of the launcher (pid $LAUNCHER_PID) found"
alive "$PG_PID" || die "postmaster from $DATA/postgres/postmaster.pid is not running"
remember_pids
echo "pids: launcher $LAUNCHER_PID, payara $PAYARA_PID, postmaster $PG_PID (port $PGPORT)"

say "idling $IDLE_SECONDS s, then reading RSS"
IDLE_S0=$(cpu_snap)
sleep "$IDLE_SECONDS"
rss_kb() { awk '/^VmRSS:/{ print $2; f = 1 } END { if (!f) print 0 }' "/proc/$1/status" 2>/dev/null || echo 0; }
pss_kb() { awk '/^Pss:/{ print $2; f = 1 } END { if (!f) print 0 }' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0; }
mb() { calc "%.0f" "$1 / 1024"; }
pg_pids() { echo "$PG_PID"; children "$PG_PID"; }
measure_rss() { # sets RSS_* and PSS_* (kB)
  local p
  RSS_LAUNCHER=$(rss_kb "$LAUNCHER_PID"); PSS_LAUNCHER=$(pss_kb "$LAUNCHER_PID")
  RSS_PAYARA=$(rss_kb "$PAYARA_PID"); PSS_PAYARA=$(pss_kb "$PAYARA_PID")
  RSS_PG=0; PSS_PG=0; PG_PROCS=0
  for p in $(pg_pids); do
    RSS_PG=$((RSS_PG + $(rss_kb "$p"))); PSS_PG=$((PSS_PG + $(pss_kb "$p"))); PG_PROCS=$((PG_PROCS + 1))
  done
  RSS_TOTAL=$((RSS_LAUNCHER + RSS_PAYARA + RSS_PG)); PSS_TOTAL=$((PSS_LAUNCHER + PSS_PAYARA + PSS_PG))
}
cpu_report "$IDLE_S0" "$(cpu_snap)" "bench script"
IDLE_CPU=$CPU_TEXT
echo "CPU while idle: $IDLE_CPU"
measure_rss
IDLE_RSS_LAUNCHER=$(mb "$RSS_LAUNCHER"); IDLE_RSS_PAYARA=$(mb "$RSS_PAYARA"); IDLE_RSS_PG=$(mb "$RSS_PG")
IDLE_RSS_TOTAL=$(mb "$RSS_TOTAL"); IDLE_PSS_TOTAL=$(mb "$PSS_TOTAL"); IDLE_PG_PROCS=$PG_PROCS
echo "idle RSS: launcher $IDLE_RSS_LAUNCHER MB, payara $IDLE_RSS_PAYARA MB, postgres $IDLE_RSS_PG MB ($IDLE_PG_PROCS processes);" \
  "total $IDLE_RSS_TOTAL MB (PSS total $IDLE_PSS_TOTAL MB)"
PAYARA_FLAGS=$(tr '\0' ' ' < "/proc/$PAYARA_PID/cmdline" | { grep -o -- '-X[^ ]*' || true; } | tr '\n' ' ' | sed 's/ $//')
PG_VERSION=$(PGPASSWORD=postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -Atc 'show server_version' 2>/dev/null || echo "?")

# ---- 3. HTTP load with wrk -----------------------------------------------------------------------------------------
say "token and $SAMPLE_PAIRS sample pairs"
TOKEN=$(java -jar "$JAR" token --issuer maskinporten --scope skatteetaten:arbeidsforhold --data-dir "$DATA")
[ -n "$TOKEN" ] || die "no token from the launcher"
java -jar "$JAR" sample --kind arbeidsforhold --count "$SAMPLE_PAIRS" --data-dir "$DATA" > "$OUT/pairs.txt"
NPAIRS=$(awk 'NF >= 2' "$OUT/pairs.txt" | wc -l)
[ "$NPAIRS" -gt 0 ] || die "sample printed no pairs"
LUA=$OUT/lookup.lua
{
  echo "-- generated by bench/run.sh: rotates over $NPAIRS existing (oppdragsgiver, arbeidstaker) pairs"
  echo "paths = {"
  awk -v pre="$LOOKUP_PREFIX" 'NF >= 2 { printf "  \"%s/%s/arbeidstaker/%s\",\n", pre, $1, $2 }' "$OUT/pairs.txt"
  echo "}"
  cat <<EOF
wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer $TOKEN"
i = 0
local threads = 0
function setup(thread)
  thread:set("i", (threads * 97) % #paths)  -- threads start at different pairs
  threads = threads + 1
end
function request()
  i = (i % #paths) + 1
  return wrk.format(nil, paths[i])
end
EOF
} > "$LUA"

say "checking the lookup with curl"
checked=0
while read -r org fnr _; do
  code=$(curl -s -o "$OUT/curl-body.txt" -w '%{http_code}' --max-time 30 -H "Authorization: Bearer $TOKEN" \
    "$BASE$LOOKUP_PREFIX/$org/arbeidstaker/$fnr" || true)
  if [ "$code" != 200 ]; then
    cat "$OUT/curl-body.txt" >&2 || true
    die "lookup $org/$fnr answered HTTP $code, expected 200"
  fi
  checked=$((checked + 1))
done < <(awk 'NF >= 2' "$OUT/pairs.txt" | sed -n '1p;2p;$p')
echo "lookup answers 200 for $checked pairs, e.g. $(head -c 200 "$OUT/curl-body.txt")"
code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$BASE/health/live" || true)
[ "$code" = 200 ] || die "/health/live answered HTTP $code"

half() { awk -v d="$1" 'BEGIN { n = d + 0; printf "%ds", (n / 2 < 1 ? 1 : int(n / 2)) }'; }
say "warm-up: wrk $WARMUP on the lookup, $(half "$WARMUP") on /health/live"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$LUA" "$BASE" > "$OUT/wrk-warmup-lookup.txt" 2>&1
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$(half "$WARMUP")" "$BASE/health/live" > "$OUT/wrk-warmup-health.txt" 2>&1

# "rps p50ms p99ms requests non2xx socket-errors..." from wrk --latency output
parse_wrk() {
  awk 'function ms(v) {
         if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
         if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
         if (v ~ /s$/) return substr(v, 1, length(v) - 1) * 1000
         if (v ~ /m$/) return substr(v, 1, length(v) - 1) * 60000
         return v + 0 }
       /^Requests\/sec:/ { rps = $2 }
       /^ +50% / { p50 = ms($2) }
       /^ +99% / { p99 = ms($2) }
       / requests in / { total = $1 }
       /Non-2xx or 3xx responses:/ { non2xx = $NF }
       /Socket errors:/ { sock = $0; sub(/^ *Socket errors: */, "", sock) }
       END { printf "%.0f %.2f %.2f %d %d %s\n", rps, p50, p99, total, non2xx, (sock == "" ? "none" : sock) }' "$1"
}
say "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency: lookup"
S0=$(cpu_snap)
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$LUA" "$BASE" | tee "$OUT/wrk-lookup.txt"
cpu_report "$S0" "$(cpu_snap)" wrk
L_CPU=$CPU_TEXT; L_CORES=$SERVER_CORES
echo "CPU: $L_CPU"
read -r L_RPS L_P50 L_P99 L_REQ L_NON2XX L_SOCK < <(parse_wrk "$OUT/wrk-lookup.txt")

# ---- 3b. NAV Helse: a trygdehendelser page of 100, and the audited uføre lookup ------------------------------------
# The feed page rotates over start numbers across the loaded feed (every page is full); the uføre lookup rotates over
# UFORE_PERSONS persons with an uføre case, each with its own Altinn 2 consent token, and writes one audit row per call.
say "NAV Helse: feed page of 100 and the audited uføre lookup"
FEED_TOKEN=$(java -jar "$JAR" token --issuer maskinporten --scope nav:helse/v1/trygdehendelser --data-dir "$DATA")
FEED_N=$(java -jar "$JAR" sample --kind trygdehendelse --count 1 --data-dir "$DATA" | awk 'NR == 1 { print $1 }')
[ "${FEED_N:-0}" -gt 100 ] || die "the loaded trygdehendelser feed has fewer than 101 events ($FEED_N)"
FEED_LUA=$OUT/feed.lua
cat > "$FEED_LUA" <<EOF2
-- generated by bench/run.sh: pages of 100 from start numbers spread over the $FEED_N loaded events
wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer $FEED_TOKEN"
local last = $FEED_N - 100
i = 0
local threads = 0
function setup(thread)
  thread:set("i", threads * 7919)
  threads = threads + 1
end
function request()
  i = i + 1
  return wrk.format(nil, "/helse/v1/trygdehendelser/hendelser?antallHendelser=100&hendelsesnummer=" .. ((i * 7919) % last + 1))
end
EOF2
code=$(curl -s -o "$OUT/curl-feed.txt" -w '%{http_code}' --max-time 30 -H "Authorization: Bearer $FEED_TOKEN" \
  "$BASE/helse/v1/trygdehendelser/hendelser?hendelsesnummer=1&antallHendelser=100" || true)
[ "$code" = 200 ] || { cat "$OUT/curl-feed.txt" >&2; die "feed page answered HTTP $code"; }
grep -q '"antallHendelser":100' "$OUT/curl-feed.txt" || die "feed page from 1 did not hold 100 events"

UFORE_PERSONS=${UFORE_PERSONS:-20}
UFORE_TOKEN=$(java -jar "$JAR" token --issuer maskinporten --scope nav:helse/v1/uforeopplysninger --data-dir "$DATA")
UFORE_LUA=$OUT/ufore.lua
{
  echo "-- generated by bench/run.sh: $UFORE_PERSONS persons with an uføre case, each with its Altinn 2 consent token"
  echo "people = {"
  java -jar "$JAR" sample --kind ufore --count "$UFORE_PERSONS" --data-dir "$DATA" | awk '{ print $1 }' | while read -r fnr; do
    consent=$(java -jar "$JAR" token --issuer altinn --offered-by "$fnr" --services 5252_2 --fra-og-med 01.01.2015 \
      --til-og-med 31.12.2025 --data-dir "$DATA")
    printf '  { "%s", "%s" },\n' "$fnr" "$consent"
  done
  echo "}"
  cat <<EOF2
wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer $UFORE_TOKEN"
i = 0
local threads = 0
function setup(thread)
  thread:set("i", threads * 7)
  threads = threads + 1
end
function request()
  i = (i % #people) + 1
  wrk.headers["fnr"] = people[i][1]
  wrk.headers["NAV-Samtykke-Token"] = people[i][2]
  return wrk.format(nil, "/dsop-ufo/uforeopplysninger")
end
EOF2
} > "$UFORE_LUA"
UFORE_FIRST=$(awk -F'"' '/^  \{ "/ { print $2 " " $4; exit }' "$UFORE_LUA")
code=$(curl -s -o "$OUT/curl-ufore.txt" -w '%{http_code}' --max-time 30 -H "Authorization: Bearer $UFORE_TOKEN" \
  -H "fnr: ${UFORE_FIRST%% *}" -H "NAV-Samtykke-Token: ${UFORE_FIRST#* }" "$BASE/dsop-ufo/uforeopplysninger" || true)
[ "$code" = 200 ] || { cat "$OUT/curl-ufore.txt" >&2; die "uføre lookup answered HTTP $code"; }
echo "feed and uføre answer 200, e.g. $(head -c 160 "$OUT/curl-ufore.txt")"
say "warm-up: wrk $(half "$WARMUP") on the feed page and on the uføre lookup"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$(half "$WARMUP")" -s "$FEED_LUA" "$BASE" > "$OUT/wrk-warmup-feed.txt" 2>&1
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$(half "$WARMUP")" -s "$UFORE_LUA" "$BASE" > "$OUT/wrk-warmup-ufore.txt" 2>&1
say "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency: trygdehendelser page of 100"
S0=$(cpu_snap)
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$FEED_LUA" "$BASE" | tee "$OUT/wrk-feed.txt"
cpu_report "$S0" "$(cpu_snap)" wrk
F_CPU=$CPU_TEXT
read -r F_RPS F_P50 F_P99 F_REQ F_NON2XX F_SOCK < <(parse_wrk "$OUT/wrk-feed.txt")
say "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency: uføre lookup (consent check + audit row per call)"
AUDIT_BEFORE=$(PGPASSWORD=postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d datadeling -Atc 'select count(*) from audit_logg')
S0=$(cpu_snap)
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$UFORE_LUA" "$BASE" | tee "$OUT/wrk-ufore.txt"
cpu_report "$S0" "$(cpu_snap)" wrk
U_CPU=$CPU_TEXT
read -r U_RPS U_P50 U_P99 U_REQ U_NON2XX U_SOCK < <(parse_wrk "$OUT/wrk-ufore.txt")
AUDIT_ROWS=$(( $(PGPASSWORD=postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d datadeling -Atc 'select count(*) from audit_logg') - AUDIT_BEFORE ))
AUDIT_VERIFY=$(java -jar "$JAR" audit-verify --data-dir "$DATA" 2>&1 | head -3 | tr '\n' ' ' || true)
echo "audit rows written during the uføre run: $AUDIT_ROWS; $AUDIT_VERIFY"
say "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency: /health/live"
S0=$(cpu_snap)
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE/health/live" | tee "$OUT/wrk-health.txt"
cpu_report "$S0" "$(cpu_snap)" wrk
H_CPU=$CPU_TEXT; H_CORES=$SERVER_CORES
echo "CPU: $H_CPU"
read -r H_RPS H_P50 H_P99 H_REQ H_NON2XX H_SOCK < <(parse_wrk "$OUT/wrk-health.txt")
[ "$L_RPS" -gt 0 ] && [ "$H_RPS" -gt 0 ] || die "wrk reported no throughput (see $OUT/wrk-*.txt)"

# ---- 3b. Helsenorge Verktøy: catalogue list, prefix search, metadata (HelseID token, scope verktoykatalog_read) -------
rotating_lua() { # script paths-file token description: a wrk script that rotates over the paths, threads apart
  { echo "-- generated by bench/run.sh: $4 ($(wc -l < "$2") paths)"
    echo "paths = {"; sed 's/.*/  "&",/' "$2"; echo "}"
    cat <<EOF
wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer $3"
i = 0
local threads = 0
function setup(thread)
  thread:set("i", (threads * 97) % #paths)
  threads = threads + 1
end
function request()
  i = (i % #paths) + 1
  return wrk.format(nil, paths[i])
end
EOF
  } > "$1"
}
say "Helsenorge Verktøy: token, tool ids and search prefixes"
VTOKEN=$(java -jar "$JAR" token --issuer helseid --scope verktoykatalog_read --data-dir "$DATA")
[ -n "$VTOKEN" ] || die "no HelseID token from the launcher"
java -jar "$JAR" sample --kind verktoy --count 500 --data-dir "$DATA" > "$OUT/verktoy.txt"
NVERKTOY=$(awk 'NF >= 4' "$OUT/verktoy.txt" | wc -l)
[ "$NVERKTOY" -gt 0 ] || die "sample printed no tools"
awk 'NF >= 4 { print "/verktoy/v1/SelvstendigVerktoy/" $1 }' "$OUT/verktoy.txt" > "$OUT/paths-metadata.txt"
# what a user types: the first 3-5 letters of a word of a tool name (ASCII words only, so no URL encoding is needed)
awk 'NF >= 4 { for (f = 4; f <= NF; f++) { w = tolower($f); if (w ~ /^[a-z]+$/ && length(w) >= 4) print substr(w, 1, 3 + (NR + f) % 3) } }' \
  "$OUT/verktoy.txt" | sort -u | awk '{ print "/verktoy/v1/SelvstendigVerktoy/SokSelvstendigVerktoy?SokeOrd=" $1 }' > "$OUT/paths-sok.txt"
NSOK=$(wc -l < "$OUT/paths-sok.txt")
for filter in "" "Fagomrader=1&" "Fagomrader=2&" "Fagomrader=3&" "Malgrupper=1&" "Malgrupper=2&" "Malgrupper=3&" "Malgrupper=4&" \
    "Sprak=1&" "KanLeggesTilAvInnbygger=true&" "KunAnonymTilgang=true&" "Fagomrader=2&Sprak=1&Malgrupper=3&"; do
  for side in 1 2 3 4 5; do echo "/verktoy/v1/SelvstendigVerktoy?${filter}Sidereferanse=$side&AntallVerktoy=10"; done
done > "$OUT/paths-liste.txt"
NLISTE=$(wc -l < "$OUT/paths-liste.txt")
rotating_lua "$OUT/verktoy-liste.lua" "$OUT/paths-liste.txt" "$VTOKEN" "Verktøymetadataliste, filters x pages"
rotating_lua "$OUT/verktoy-sok.lua" "$OUT/paths-sok.txt" "$VTOKEN" "SokSelvstendigVerktoy, prefixes of name words"
rotating_lua "$OUT/verktoy-metadata.lua" "$OUT/paths-metadata.txt" "$VTOKEN" "Verktøymetadata, every tool"
for f in liste sok metadata; do
  first=$(head -1 "$OUT/paths-$f.txt")
  code=$(curl -s -o "$OUT/curl-verktoy-$f.txt" -w '%{http_code}' --max-time 30 -H "Authorization: Bearer $VTOKEN" "$BASE$first" || true)
  [ "$code" = 200 ] || { cat "$OUT/curl-verktoy-$f.txt" >&2; die "Verktøy $f $first answered HTTP $code"; }
done
echo "Verktøy: $NLISTE list paths, $NSOK search prefixes, $NVERKTOY tools; all answer 200"
say "warm-up: wrk $(half "$WARMUP") on each Verktøy target"
for f in liste sok metadata; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$(half "$WARMUP")" -s "$OUT/verktoy-$f.lua" "$BASE" > "$OUT/wrk-warmup-verktoy-$f.txt" 2>&1
done
for f in liste sok metadata; do
  say "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency: Verktøy $f"
  S0=$(cpu_snap)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$OUT/verktoy-$f.lua" "$BASE" | tee "$OUT/wrk-verktoy-$f.txt"
  cpu_report "$S0" "$(cpu_snap)" wrk
  echo "CPU: $CPU_TEXT"
  read -r rps p50 p99 req non2xx sock < <(parse_wrk "$OUT/wrk-verktoy-$f.txt")
  printf -v "V_${f}_RPS" %s "$rps"; printf -v "V_${f}_P50" %s "$p50"; printf -v "V_${f}_P99" %s "$p99"
  printf -v "V_${f}_REQ" %s "$req"; printf -v "V_${f}_NON2XX" %s "$non2xx"; printf -v "V_${f}_SOCK" %s "$sock"
  printf -v "V_${f}_CPU" %s "$CPU_TEXT"
  [ "$rps" -gt 0 ] || die "wrk reported no throughput for Verktøy $f"
done
SEARCH_TARGET=$(awk -v p="$V_sok_P99" 'BEGIN { if (p <= 20) print "met"; else print "NOT met" }')
# ---- 3b. Folkeregisteret -----------------------------------------------------------------------------------------
# shellcheck source=bench/folkeregister.sh
source "$ROOT/bench/folkeregister.sh"
# ---- 3c. Pensjon Simuler Alderspensjon -----------------------------------------------------------------------------
# shellcheck source=bench/simulering.sh
source "$ROOT/bench/simulering.sh"

# ---- 3d. Pensjon samordning --------------------------------------------------------------------------------------
# shellcheck source=bench/pensjon.sh
source "$ROOT/bench/pensjon.sh"

# ---- 3e. NAV Helserefusjon -----------------------------------------------------------------------------------------
# shellcheck source=bench/helserefusjon.sh
source "$ROOT/bench/helserefusjon.sh"
measure_rss
LOADED_RSS_PAYARA=$(mb "$RSS_PAYARA"); LOADED_RSS_PG=$(mb "$RSS_PG"); LOADED_PG_PROCS=$PG_PROCS
LOADED_RSS_TOTAL=$(mb "$RSS_TOTAL"); LOADED_PSS_TOTAL=$(mb "$PSS_TOTAL")

# ---- 4. pgbench against the embedded PostgreSQL --------------------------------------------------------------------
export PGPASSWORD=postgres
PGCONN=(-h 127.0.0.1 -p "$PGPORT" -U postgres)
say "pgbench: init scale $PGBENCH_SCALE in database pgbench, then -S -c $PGBENCH_CLIENTS -j $PGBENCH_THREADS -T $PGBENCH_TIME"
"$PG_BIN/psql" "${PGCONN[@]}" -d postgres -q -v ON_ERROR_STOP=1 -c 'DROP DATABASE IF EXISTS pgbench' -c 'CREATE DATABASE pgbench'
T0=$(now)
"$PG_BIN/pgbench" "${PGCONN[@]}" -i -q -s "$PGBENCH_SCALE" pgbench > "$OUT/pgbench-init.txt" 2>&1 \
  || { cat "$OUT/pgbench-init.txt" >&2; die "pgbench -i failed"; }
PGB_INIT_S=$(elapsed "$T0" "$(now)")
PG_CHILDREN_BEFORE=$(children "$PG_PID" | wc -l)
S0=$(cpu_snap)
"$PG_BIN/pgbench" "${PGCONN[@]}" -S -c "$PGBENCH_CLIENTS" -j "$PGBENCH_THREADS" -T "$PGBENCH_TIME" pgbench 2>&1 \
  | tee "$OUT/pgbench.txt"
MACHINE_END=$(awk '/^cpu /{ print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9 }' /proc/stat)
# pgbench's backends count in the postmaster's cutime only once it has reaped them: wait for that (machine totals
# are taken above, when pgbench ended)
for i in $(seq 1 50); do [ "$(children "$PG_PID" | wc -l)" -le "$PG_CHILDREN_BEFORE" ] && break; sleep 0.1; done
S1=$(cpu_snap)
cpu_report "$S0" "$MACHINE_END ${S1#* * }" pgbench
P_CPU=$CPU_TEXT; P_CORES=$SERVER_CORES
echo "CPU: $P_CPU"
PGB_TPS=$(awk '/^tps = / { printf "%.0f", $3; exit }' "$OUT/pgbench.txt")
PGB_LAT=$(awk '/^latency average = / { print $4; exit }' "$OUT/pgbench.txt")
PGB_FAILED=$(awk '/^number of failed transactions: / { print $5; exit }' "$OUT/pgbench.txt")
[ -n "$PGB_TPS" ] || die "no tps in pgbench output ($OUT/pgbench.txt)"

# ---- 6. Stop (before the summary, so the summary can say whether cleanup worked) -----------------------------------
LOAD_END=$(loadavg)
UPTIME_END=$(uptime)
say "stopping the launcher (SIGTERM)"
stop_everything

# ---- 5. Summary ----------------------------------------------------------------------------------------------------
RATIO_LOOKUP_PG=$(calc "%.3f" "$L_RPS / $PGB_TPS")
RATIO_HEALTH_LOOKUP=$(calc "%.2f" "$H_RPS / $L_RPS")
RATIO_FEED_LOOKUP=$(calc "%.2f" "$F_RPS / $L_RPS"); RATIO_FEED_P50=$(calc "%.2f" "$F_P50 / $L_P50")
RATIO_UFORE_LOOKUP=$(calc "%.2f" "$U_RPS / $L_RPS")
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN { ok = (op == ">=") ? (v >= t) : (v <= t); print (ok ? "met" : "NOT met") }'; }
RATIO_HEALTH_SOK=$(calc "%.2f" "$H_RPS / $V_sok_RPS")
per_core() { awk -v r="$1" -v c="$2" 'BEGIN { if (c > 0) printf "%.0f", r / c; else print "?" }'; }
L_PER_CORE=$(per_core "$L_RPS" "$L_CORES"); H_PER_CORE=$(per_core "$H_RPS" "$H_CORES"); P_PER_CORE=$(per_core "$PGB_TPS" "$P_CORES")
ratio() { awk -v a="$1" -v b="$2" -v f="$3" 'BEGIN { if (a + 0 > 0 && b + 0 > 0) printf f, a / b; else print "?" }'; }
RATIO_LOOKUP_PG_CORE=$(ratio "$L_PER_CORE" "$P_PER_CORE" "%.3f"); RATIO_HEALTH_LOOKUP_CORE=$(ratio "$H_PER_CORE" "$L_PER_CORE" "%.2f")
WRK_DESC="wrk -t$THREADS -c$CONNECTIONS -d$DURATION, after ${WARMUP} warm-up"
FJ_HEALTH=$(ratio "$FJ_RPS" "$H_RPS" "%.2f"); FJ_PG=$(ratio "$FJ_RPS" "$PGB_TPS" "%.3f")
FX_HEALTH=$(ratio "$FX_RPS" "$H_RPS" "%.2f"); FX_PG=$(ratio "$FX_RPS" "$PGB_TPS" "%.3f")
FS_HEALTH=$(ratio "$FS_RPS" "$H_RPS" "%.2f"); FS_PG=$(ratio "$FS_RPS" "$PGB_TPS" "%.3f")
target() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN { if (v == "?") print "?"; else if ((op == ">=" && v + 0 >= t) || (op == "<=" && v + 0 <= t)) print "met"; else print "NOT met" }'; }
SUMMARY=$(cat <<EOF
## Latest results

- Date: $RUN_DATE; commit $COMMIT
- Machine: nproc $NPROC, ${MEM_GB} GB RAM; $JAVA_VERSION; embedded PostgreSQL $PG_VERSION
- Load: at start \`$UPTIME_START\`; at end \`$UPTIME_END\`
- Payara Micro JVM flags (set by the launcher): \`$PAYARA_FLAGS\`; population: ${POPULATION:-launcher default}

| Figure | Value |
|---|---|
| Cold start to /health/ready 200 (wall, from process start) | **$COLD_START_S s** |
| Launcher's own "ready in" line | $READY_LINE |
| Idle RSS total (after ${IDLE_SECONDS} s idle) | **$IDLE_RSS_TOTAL MB** |
| &nbsp;&nbsp;CPU during the idle ${IDLE_SECONDS} s (share of all $NPROC cores) | $IDLE_CPU |
| &nbsp;&nbsp;launcher JVM / Payara Micro JVM / PostgreSQL ($IDLE_PG_PROCS processes) | $IDLE_RSS_LAUNCHER / $IDLE_RSS_PAYARA / $IDLE_RSS_PG MB |
| &nbsp;&nbsp;same processes, PSS total (shared pages counted once) | $IDLE_PSS_TOTAL MB |
| RSS after the HTTP load: Payara Micro JVM / PostgreSQL ($LOADED_PG_PROCS processes) / total (PSS total) | $LOADED_RSS_PAYARA / $LOADED_RSS_PG / $LOADED_RSS_TOTAL MB ($LOADED_PSS_TOTAL MB) |
| Lookup, $NPAIRS rotating pairs ($WRK_DESC) | **$L_RPS req/s**, p50 $L_P50 ms, p99 $L_P99 ms |
| &nbsp;&nbsp;requests / non-2xx / socket errors | $L_REQ / $L_NON2XX / $L_SOCK |
| &nbsp;&nbsp;CPU during the run (share of all $NPROC cores) | $L_CPU |
| &nbsp;&nbsp;per core of server CPU (Payara + PostgreSQL used $L_CORES cores) | $L_PER_CORE req/s |
| Trygdehendelser page of 100, start numbers spread over the $FEED_N loaded events ($WRK_DESC) | **$F_RPS req/s**, p50 $F_P50 ms, p99 $F_P99 ms |
| &nbsp;&nbsp;requests / non-2xx / socket errors | $F_REQ / $F_NON2XX / $F_SOCK |
| &nbsp;&nbsp;CPU during the run (share of all $NPROC cores) | $F_CPU |
| &nbsp;&nbsp;cost vs the lookup (target: a page of 100 costs ≤ 2× a lookup) | req/s ratio $RATIO_FEED_LOOKUP (≥ 0.5: $(verdict "$RATIO_FEED_LOOKUP" 0.5 ">=")), p50 ratio $RATIO_FEED_P50 (≤ 2: $(verdict "$RATIO_FEED_P50" 2 "<=")) |
| Uføre lookup, $UFORE_PERSONS persons with their own Altinn 2 consent, consent check + audit row per call ($WRK_DESC) | **$U_RPS req/s**, p50 $U_P50 ms, p99 $U_P99 ms |
| &nbsp;&nbsp;requests / non-2xx / socket errors / audit rows written | $U_REQ / $U_NON2XX / $U_SOCK / $AUDIT_ROWS |
| &nbsp;&nbsp;CPU during the run (share of all $NPROC cores) | $U_CPU |
| &nbsp;&nbsp;vs the unaudited lookup (target ≥ 0.5) | **$RATIO_UFORE_LOOKUP** ($(verdict "$RATIO_UFORE_LOOKUP" 0.5 ">=")); audit-verify afterwards: $AUDIT_VERIFY |
| Samordning vedtak feed of tpnr $PTPNR ($PFEED_N events): full read of the newest $PS_EVENTS by nextUrl paging, antall 10000, one client, after one warm-up read | **$PS_EPS events/s** ($PS_PAGES pages, $PS_MB MB, $PS_SECONDS s) |
| &nbsp;&nbsp;CPU during the read (share of all $NPROC cores) | $PS_CPU |
| /health/live ($WRK_DESC) | **$H_RPS req/s**, p50 $H_P50 ms, p99 $H_P99 ms |
| &nbsp;&nbsp;requests / non-2xx / socket errors | $H_REQ / $H_NON2XX / $H_SOCK |
| &nbsp;&nbsp;CPU during the run (share of all $NPROC cores) | $H_CPU |
| &nbsp;&nbsp;per core of server CPU (Payara + PostgreSQL used $H_CORES cores) | $H_PER_CORE req/s |
| Verktøy list, $NLISTE rotating filter/page combinations, 10 tools each ($WRK_DESC) | **$V_liste_RPS req/s**, p50 $V_liste_P50 ms, p99 $V_liste_P99 ms |
| &nbsp;&nbsp;requests / non-2xx / socket errors | $V_liste_REQ / $V_liste_NON2XX / $V_liste_SOCK |
| &nbsp;&nbsp;CPU during the run (share of all $NPROC cores) | $V_liste_CPU |
| Verktøy search, $NSOK rotating prefixes ($WRK_DESC) | **$V_sok_RPS req/s**, p50 $V_sok_P50 ms, p99 $V_sok_P99 ms |
| &nbsp;&nbsp;requests / non-2xx / socket errors | $V_sok_REQ / $V_sok_NON2XX / $V_sok_SOCK |
| &nbsp;&nbsp;CPU during the run (share of all $NPROC cores) | $V_sok_CPU |
| &nbsp;&nbsp;target: search p99 ≤ 20 ms at $CONNECTIONS connections, $NVERKTOY-tool catalogue | **$SEARCH_TARGET** (p99 $V_sok_P99 ms) |
| Verktøy metadata, $NVERKTOY rotating tools ($WRK_DESC) | **$V_metadata_RPS req/s**, p50 $V_metadata_P50 ms, p99 $V_metadata_P99 ms |
| &nbsp;&nbsp;requests / non-2xx / socket errors | $V_metadata_REQ / $V_metadata_NON2XX / $V_metadata_SOCK |
| &nbsp;&nbsp;CPU during the run (share of all $NPROC cores) | $V_metadata_CPU |
| pgbench -S -c $PGBENCH_CLIENTS -j $PGBENCH_THREADS -T $PGBENCH_TIME, scale $PGBENCH_SCALE (init ${PGB_INIT_S} s) | **$PGB_TPS tps**, latency avg $PGB_LAT ms, failed ${PGB_FAILED:-0} |
| &nbsp;&nbsp;CPU during the run (share of all $NPROC cores) | $P_CPU |
| &nbsp;&nbsp;per core of server CPU (PostgreSQL used $P_CORES cores) | $P_PER_CORE tps |
| Ratio lookup req/s ÷ pgbench tps | **$RATIO_LOOKUP_PG** |
| Ratio health req/s ÷ lookup req/s | **$RATIO_HEALTH_LOOKUP** |
| Ratio health req/s ÷ Verktøy search req/s | **$RATIO_HEALTH_SOK** |
| Same ratios per core of server CPU (lookup ÷ pgbench, health ÷ lookup) | $RATIO_LOOKUP_PG_CORE, $RATIO_HEALTH_LOOKUP_CORE |
| **Folkeregisteret** ($POPULATION persons; $NPERSONS rotating; offentlig-med-hjemmel, default part) | |
| Single lookup, JSON ($WRK_DESC) | **$FJ_RPS req/s**, p50 $FJ_P50 ms, p99 $FJ_P99 ms ($FJ_REQ requests) |
| &nbsp;&nbsp;CPU during the run | $FJ_CPU |
| &nbsp;&nbsp;÷ /health/live (target ≥ 0.33) / ÷ pgbench -S (target ≥ 0.10) / p99 (target ≤ 30 ms) | $FJ_HEALTH ($(target "$FJ_HEALTH" 0.33 ">=")) / $FJ_PG ($(target "$FJ_PG" 0.10 ">=")) / $FJ_P99 ms ($(target "$FJ_P99" 30 "<=")) |
| Single lookup, XML | **$FX_RPS req/s**, p50 $FX_P50 ms, p99 $FX_P99 ms; ÷ health $FX_HEALTH, ÷ pgbench $FX_PG |
| &nbsp;&nbsp;CPU during the run | $FX_CPU |
| Entydig søk (identifikasjonsnummer + navn) | **$FS_RPS req/s**, p50 $FS_P50 ms, p99 $FS_P99 ms; ÷ health $FS_HEALTH, ÷ pgbench $FS_PG |
| Bulkoppslag of 1000 (JSON, wrk -t1 -c$BULK_CONNECTIONS -d$DURATION; answer $BULK_BYTES bytes) | **$FB_RPS_RAW req/s**, p50 $FB_P50 ms, p99 $FB_P99 ms ($FB_REQ requests); p50 per person $BULK_P50_PER_PERSON ms |
| &nbsp;&nbsp;CPU during the run | $FB_CPU |
| Server CPU per request: single lookup / bulk of 1000 / bulk per person | $FJ_CPU_MS ms / $FB_CPU_MS ms / $FB_CPU_PER_PERSON ms |
| Bulk cost per person ÷ single lookup cost (server CPU; target ≤ 0.05 = 1/20) | **$BULK_RATIO** ($(target "$BULK_RATIO" 0.05 "<=")) |
| **Pensjon Simuler Alderspensjon v3** ($NSIM rotating persons born 1954 or later; full withdrawal at 67, future income) | |
| Simulations ($WRK_DESC) | **$SM_RPS req/s**, p50 $SM_P50 ms, p99 $SM_P99 ms ($SM_REQ requests, $SM_NON2XX non-2xx, socket errors $SM_SOCK) |
| &nbsp;&nbsp;CPU during the run / server CPU per simulation | $SM_CPU / $SM_CPU_MS ms |
| &nbsp;&nbsp;target ≥ 500 simulations/s (issue 7) | **$SM_TARGET** |
| **NAV Helserefusjon** | |
| KUHR FKR events accepted, batches of 100 new events (wrk -t$THREADS -c$CONNECTIONS -d$DURATION; each answered batch stored and numbered) | **$HR_EPS events/s** ($HR_LAGRET stored); $HR_RPS batches/s, p50 $HR_P50 ms, p99 $HR_P99 ms per batch |
| &nbsp;&nbsp;CPU during the run | $HR_CPU |
| SAR export, NDJSON streamed, $HR_SAR_RADER rows ($HR_SAR_BYTES bytes; best of 3, curl) | **$HR_SAR_RPS rows/s** ($HR_SAR_BEST s) |
| Cleanup | $CLEANUP_REPORT |
EOF
)
printf '\n%s\n' "$SUMMARY"

HEADER=$(cat <<'EOF'
# Benchmark results

Run `bench/run.sh` from the repository root (it installs wrk and pgbench if missing, builds if needed, and takes
about 7 minutes). Knobs via environment: `DURATION` (20s), `CONNECTIONS` (32), `THREADS` (2), `WARMUP` (10s),
`IDLE_SECONDS` (10), `SAMPLE_PAIRS` (200), `UFORE_PERSONS` (20), `POPULATION` (100000), `FREG_SAMPLE` (500),
`BULK_CONNECTIONS` (2), `SIM_PERSONS` (200), `PGBENCH_SCALE` (10), `PGBENCH_CLIENTS` (32), `PGBENCH_TIME` (20). Raw output of the last run: `bench/target/run/`.

What the figures mean:

- **Cold start**: wall time from starting `java -jar launcher/target/datadeling.jar --fresh` (fresh data dir: embedded
  PostgreSQL initdb, schema, synthetic population, Payara Micro boot and deploy) until `GET /health/ready` answers 200.
  The launcher's own "ready in" line (measured inside its JVM, so without JVM start) is shown beside it.
- **Idle RSS**: VmRSS from `/proc/<pid>/status` after ready plus a short idle, for the launcher JVM, the Payara Micro
  JVM (its child) and every process of the embedded PostgreSQL (postmaster and children). RSS counts shared pages
  (PostgreSQL's shared buffers, libraries) once per process, so the sum overstates; the PSS total divides shared
  pages between the processes sharing them.
- **Lookup**: `GET /arbeidsforholdioppdrag/v1/arbeidstilsynetHmsKort/oppdragsgiver/{orgnr}/arbeidstaker/{fnr}` with a
  dev-issuer Maskinporten token (scope `skatteetaten:arbeidsforhold`), rotating over existing pairs from
  `datadeling.jar sample`; full path: JWT validation, grant check, SQL query, JSON. wrk `--latency` p50/p99.
- **Trygdehendelser page of 100**: `GET /helse/v1/trygdehendelser/hendelser?hendelsesnummer=N&antallHendelser=100`
  (Maskinporten token, scope `nav:helse/v1/trygdehendelser`), N spread over the loaded feed so every page is full.
  Target (issue 4): a page of 100 costs at most twice a single lookup (req/s ratio ≥ 0.5, p50 ratio ≤ 2).
- **Uføre lookup**: `GET /dsop-ufo/uforeopplysninger` rotating over `UFORE_PERSONS` (20) persons with an uføre case,
  each with its own Altinn 2 consent token (signature verified, every consent rule checked), and one audit row written
  and hash-chained in the same transaction per call; `audit-verify` runs afterwards. Target: at least half the
  unaudited lookup's throughput.
- **Verktøy list / search / metadata**: Helsenorge Verktøy's catalogue (500 tools) with a dev-issuer HelseID token
  (scope `verktoykatalog_read`): `GET /verktoy/v1/SelvstendigVerktoy` rotating over 12 filters x 5 pages of 10 tools,
  `.../SokSelvstendigVerktoy?SokeOrd=` rotating over 3-5-letter prefixes of the tools' name words, and
  `.../SelvstendigVerktoy/{guid}` rotating over every tool. The issue's target is search p99 ≤ 20 ms at 32 connections.
- **Folkeregisteret**: `GET /folkeregisteret/offentlig-med-hjemmel/api/v1/personer/{fnr}` in JSON and XML (default
  `part`, Maskinporten token with scope `folkeregister:deling/offentligmedhjemmel`, rights-package grant checked per
  call), `personer/entydigsoek?identifikasjonsnummer=&navn=`, all rotating over `FREG_SAMPLE` (500) persons of a
  `POPULATION` (100 000) register, and `POST personer/bulkoppslag` of 1 000 persons at `BULK_CONNECTIONS` (2).
  Targets (issue 3): single lookup ≥ 0.33x /health/live and ≥ 0.10x pgbench -S, p99 ≤ 30 ms; a bulk lookup's
  server CPU per person ≤ 1/20 of a single lookup's.
- **Pensjon Simuler Alderspensjon**: `POST /simuler/alderspensjon/v3` (Maskinporten token with scope
  `nav:pensjon/v3/alderspensjon`, header `tp-nr: 3010`, the dev organisation's own ordning) rotating over `SIM_PERSONS`
  (200) persons born 1954 or later: full withdrawal at 67, a future income of 500 000 kr, married with eps over 2 G.
  Each call checks the tp-nr in the TP register, reads the person's earnings history (one row) and runs the whole
  kapittel 19/20 calculation. Target (issue 7): ≥ 500 simulations a second.
- **NAV Helserefusjon**: `POST /helserefusjon/v1/kuhrfkrhendelse/hendelser` with batches of 100 new KUHR FKR events
  (unique `hendelseId` per event, Maskinporten token, scope `nav:helserefusjon/v1/kuhrfkrhendelse`): events/s is how much
  wrk's answered batches x 100 (each batch validated, made idempotent, numbered in the gap-free feed and committed before
  its answer; the embedded PostgreSQL runs with fsync and synchronous_commit off, so commits cost less here than on a
  durable production database). SAR export: 1 000 000 rows added with `generate_series`, the whole NDJSON export read
  with curl three times (best run), the rows deleted again.
- **/health/live**: the cheapest request the server answers; an upper bound for the HTTP stack on this machine.
- **pgbench -S**: select-only pgbench over TCP against the same embedded PostgreSQL (separate database `pgbench`):
  what the database alone does with the same concurrency.
- **Ratios**: lookup req/s ÷ pgbench tps (how close the API gets to the bare database) and health req/s ÷ lookup
  req/s (what the application work costs over the bare HTTP stack).

Everything (wrk, Payara, PostgreSQL, pgbench) shares the machine's cores, and other work on the machine skews the
figures: compare runs only with similar load. The "CPU during the run" rows split the machine's CPU time (all cores
= 100%) between Payara, PostgreSQL, the load generator, the launcher and everything else ("other processes": other
work on the machine plus kernel time not charged to a process); a large "other" share means the figures are
depressed. The "per core of server CPU" rows divide throughput by the cores' worth of CPU time Payara and PostgreSQL
actually got, which is less sensitive to other load (not immune: caches and memory bandwidth are shared too).
Payara runs with production-like JVM flags (full JIT, ParallelGC, -Xmx2g) and the launcher's HTTP worker pool (twice
the cores: Payara's default of 200 threads tripled the p99 here); the rate limit is raised out of reach for the run;
the embedded PostgreSQL runs with fsync off (irrelevant to these read loads).
EOF
)
if [ -f "$RESULTS" ] && grep -qF "$MARKER" "$RESULTS"; then
  HEADER=$(awk -v m="$MARKER" '$0 == m { exit } { print }' "$RESULTS")
fi
printf '%s\n\n%s\n\n%s\n' "$HEADER" "$MARKER" "$SUMMARY" > "$RESULTS"
say "summary written to ${RESULTS#"$ROOT"/}"
