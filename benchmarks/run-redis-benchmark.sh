#!/usr/bin/env bash
# Starts a throwaway redis-server on a free loopback port, runs the Redis conversation-store load
# tool (which also runs redis-benchmark -t get,set against the same server) and prints the table.
# Usage: benchmarks/run-redis-benchmark.sh [--conversations 1000] [--seconds 10] [--rounds 3]
set -euo pipefail
cd "$(dirname "$0")/.."

command -v redis-server >/dev/null && command -v redis-benchmark >/dev/null || {
  echo "run-redis-benchmark.sh: install redis-server and redis-tools first (scripts/test.sh does)" >&2; exit 1; }

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
dir=$(mktemp -d)
redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$dir" --logfile redis.log &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 100); do redis-cli -p "$port" ping 2>/dev/null | grep -q PONG && break; sleep 0.1; done

echo "redis-server $(redis-server --version | grep -o 'v=[^ ]*') on 127.0.0.1:$port; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
dotnet run -c Release --project benchmarks/Bot.Benchmarks.Redis -- --redis "127.0.0.1:$port" "$@"
