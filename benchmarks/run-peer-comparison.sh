#!/usr/bin/env bash
# Side-by-side on one machine: a trivial echo bot (the load tool's own ceiling), our bot (Bot.Host,
# Telegram webhook + Redis store) and a grammY bot with Redis sessions, run alternately at several
# concurrencies, each run against the same fresh redis-server and the load tool's loopback fake Bot API.
# Everything listens on 127.0.0.1 only; every process started here is stopped on exit.
#
# Usage: benchmarks/run-peer-comparison.sh [--seconds 15] [--warmup 30] [--rounds 2] [--levels "1 10 50 200"] [--bots "echo ours grammy"] [--think 0]
#        [--variant NAME "KEY=VALUE …"]… [--lift-send-limits] [--idle]
# --idle: no residents; each bot runs --warmup seconds with no traffic, then its CPU ms per second and wake-ups per thread
# are measured over --seconds (background timers and pollers, which "bot CPU per turn" counts in every turn).
# --lift-send-limits: our bot's send limit goes from 1,000 to 1,000,000 messages/s (Telegram:LiftSendLimitsForLoopbackBenchmark,
# accepted only because the Bot API here is the load tool's loopback fake), so a closed loop (--think 0) measures the bot's own
# ceiling instead of its limiter.
# --variant NAME "KEY=VALUE …": a bot named NAME that is our build run with these extra environment variables (e.g.
# runtime settings: --variant wks "DOTNET_gcServer=0"); list NAME in --bots to run it interleaved with the others.
# --think MS: each resident pauses MS after a reply (0 = closed loop, each bot at its own ceiling; 60 with 50 users
# offers every bot the same load, so CPU per turn and latency compare like for like).
# Output: one line per run, then the Markdown tables (medians over rounds, ratios); raw results in artifacts/peer-comparison/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

seconds=15 warmup=30 rounds=2 levels="1 10 50 200" bots="echo ours grammy" think=0 send_limit=1000 lift=false verb=run
declare -A variants=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --levels) levels=$2; shift 2 ;;
    --bots) bots=$2; shift 2 ;;
    --think) think=$2; shift 2 ;;
    --variant) variants[$2]=$3; shift 3 ;;
    --lift-send-limits) send_limit=1000000 lift=true; shift ;;
    --idle) verb=idle; shift ;;
    *) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done

# ---- what it needs ----
if ! command -v redis-server >/dev/null || ! command -v redis-cli >/dev/null; then
  echo "installing redis-server (apt-get)" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "installing nodejs and npm (apt-get)" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
(cd benchmarks/peer-grammy && timeout 600 npm ci --no-audit --no-fund --loglevel=error >/dev/null)
# BOT_HOST_DLL measures another build of our bot (e.g. a branch before and after a fix) instead of this checkout's;
# BASE_HOST_DLL with --bots "… base …" runs a second build of ours (the "before") interleaved with the others.
host="${BOT_HOST_DLL:-$root/src/Bot.Host/bin/Release/net10.0/Bot.Host.dll}"
[ -n "${BOT_HOST_DLL:-}" ] || timeout 900 dotnet build -c Release src/Bot.Host -v q -nologo >/dev/null
timeout 900 dotnet build -c Release benchmarks/Bot.LoadTest -v q -nologo >/dev/null
tool="$root/benchmarks/Bot.LoadTest/bin/Release/net10.0/Bot.LoadTest.dll"

# ---- a throwaway redis-server on a free loopback port ----
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
redis_port=$(free_port)
redis_dir=$(mktemp -d)
# Each run of our bot gets its own empty data folder (kept content versions, tokens), so the machine's history never weighs on it.
data_root=$(mktemp -d)
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --dir "$redis_dir" --logfile redis.log &
redis_pid=$!
run_group=""
cleanup() {
  [ -n "$run_group" ] && kill -- "-$run_group" 2>/dev/null || true
  kill "$redis_pid" 2>/dev/null || true
  wait "$redis_pid" 2>/dev/null || true
  rm -rf "$redis_dir" "$data_root"
}
trap cleanup EXIT
trap 'exit 130' INT TERM # stop the loop too; the EXIT trap cleans up
for _ in $(seq 100); do redis-cli -p "$redis_port" ping 2>/dev/null | grep -q PONG && break; sleep 0.1; done
redis="127.0.0.1:$redis_port"

mkdir -p artifacts/peer-comparison
results="$root/artifacts/peer-comparison/$(date -u +%Y%m%dT%H%M%SZ).jsonl"
echo "$(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); redis $(redis-server --version | grep -o 'v=[^ ]*'); node $(node --version); dotnet $(dotnet --version)" >&2
echo "runs of ${seconds}s after ${warmup}s warm-up, think ${think} ms; levels: $levels; rounds: $rounds; results: $results" >&2

# One measured run: the load tool starts the bot ({api}, {port}, {secret}, {redis} filled in), measures, stops it.
run_one() {
  local bot=$1 users=$2
  local common=("$verb" --name "$bot" --users "$users" --seconds "$seconds" --warmup "$warmup" --think "$think" --redis "$redis" --json "$results")
  local cmd extra=() kind=$bot
  if [ -n "${variants[$bot]+set}" ]; then
    kind=ours
    for kv in ${variants[$bot]}; do extra+=(--env "$kv"); done
  fi
  case "$kind" in
    echo) cmd=("${common[@]}" --lenient -- dotnet "$tool" echo --port '{port}' --api '{api}' --secret '{secret}') ;;
    ours|base) cmd=("${common[@]}"
          --env 'Urls=http://127.0.0.1:{port}' --env "Content__Path=$root/content"
          --env Telegram__BotToken=123456:OURS-token --env Telegram__Mode=webhook --env 'Telegram__SecretToken={secret}'
          --env Telegram__WebhookUrl=https://127.0.0.1/telegram/webhook --env 'Telegram__ApiBaseUrl={api}'
          --env Telegram__GlobalRateLimit=$send_limit --env Telegram__LiftSendLimitsForLoopbackBenchmark=$lift --env Telegram__PerChatRate=1000 --env Telegram__PerChatBurst=20
          --env 'Redis__ConnectionString={redis}' --env Logging__LogLevel__Default=Warning --env "STATE_DIRECTORY=$(mktemp -d -p "$data_root")" "${extra[@]}"
          -- dotnet "$([ "$bot" = base ] && echo "${BASE_HOST_DLL:?base needs BASE_HOST_DLL}" || echo "$host")") ;;
    grammy) cmd=("${common[@]}"
          --env 'API_ROOT={api}' --env 'PORT={port}' --env 'SECRET={secret}' --env 'REDIS={redis}'
          --env "CONTENT=$root/content" --env NODE_ENV=production
          -- node "$root/benchmarks/peer-grammy/bot.js") ;;
    *) echo "unknown bot $bot" >&2; return 1 ;;
  esac
  # Own process group, so a run that overstays its bound is stopped together with the bot it started.
  setsid timeout --kill-after=10 $((seconds + warmup + 240)) dotnet "$tool" "${cmd[@]}" &
  run_group=$!
  wait "$run_group" || echo "run $bot/$users failed (exit $?); continuing" >&2
  kill -- "-$run_group" 2>/dev/null || true
  run_group=""
}

for round in $(seq "$rounds"); do
  for users in $levels; do
    for bot in $bots; do
      run_one "$bot" "$users"
    done
  done
done

echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$verb" = idle ] || dotnet "$tool" report "$results"
