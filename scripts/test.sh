#!/usr/bin/env bash
# The one test command (README, .ci/run): installs what the tests need on a fresh machine, then
# builds and runs every test project in Bot.sln.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v redis-cli >/dev/null 2>&1 || need+=(redis-tools)
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v promtool >/dev/null 2>&1 || need+=(prometheus)
if [ ${#need[@]} -gt 0 ]; then
  echo "test.sh: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# Playwright drives Debian's chromium; never let it try to download a browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build Bot.sln -c Release -nologo -clp:ErrorsOnly
# One test project at a time (-m:1): several start real hosts, browsers and redis-servers, and on a
# 2-core machine running them side by side made start-ups time out.
dotnet test Bot.sln -c Release --no-build --nologo -m:1 --logger "console;verbosity=normal" "$@" 2>&1 | tee /tmp/bot-test-output.txt

# One closing line CI understands, summed over every test project.
passed=$(grep -Eo 'Passed: +[0-9]+' /tmp/bot-test-output.txt | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' /tmp/bot-test-output.txt | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' /tmp/bot-test-output.txt | awk '{s+=$2} END {print s+0}')
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
