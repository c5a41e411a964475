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
# Screenshot reading (src/Bot.Ocr): tesseract with its Vietnamese and English data.
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr tesseract-ocr-eng)
{ command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx vie; } || need+=(tesseract-ocr-vie)
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
# The summary below is printed even when tests fail, so the exit status is kept rather than acted on here.
# A private log (not a fixed /tmp path): two runs on one machine must not overwrite each other's counts.
log=$(mktemp -t bot-test-output.XXXXXX)
set +e
dotnet test Bot.sln -c Release --no-build --nologo -m:1 --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line CI understands, summed over every test project.
# awk alone (not grep | awk): under pipefail a grep that finds no "Failed:" line would end the script.
count() { awk -v key="$1" '$1 == key":" {s += $2} END {print s + 0}' "$log"; }
passed=$(count Passed)
failed=$(count Failed)
skipped=$(count Skipped)
# Name every failed test again at the end, where CI's tail shows it (the console log is long).
if [ "$failed" -gt 0 ]; then
  echo "Failed tests:"
  awk '/^[[:space:]]*Failed [A-Za-z_][A-Za-z0-9_.]*/ {print; n = 12; next} n > 0 {print; n--}' "$log" | head -200
fi
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
