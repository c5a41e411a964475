#!/usr/bin/env bash
# Broadcast load tool (docs/benchmarks.md, "Broadcasts"): needs redis-server; starts and stops everything itself.
#   benchmarks/broadcasts.sh            rate 30/s, rate 1000/s, enqueue 1,000,000
#   benchmarks/broadcasts.sh rate 1000  one scenario
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build benchmarks/Bot.Benchmarks.Broadcasts -c Release -nologo -clp:ErrorsOnly
dotnet benchmarks/Bot.Benchmarks.Broadcasts/bin/Release/net10.0/Bot.Benchmarks.Broadcasts.dll "$@"
