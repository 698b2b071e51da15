#!/usr/bin/env bash
# Runs every test project. On a fresh Debian machine with the .NET SDK it first installs what the tests need:
# PostgreSQL (the storage suite starts a throwaway server), Chromium (browser tests), and Go with Sprig, gojsonschema
# and a YAML library from Debian's sources (the chart tests build tools/chart-render, which renders the Helm chart).
# It ends with a summary, per project, of what failed and why, so the end of a long log says it.
# The browser suite runs a real Chromium against a live server on a shared machine: a browser check that fails is run
# once more on its own, and the summary names it as flaky when it then passes. A check that fails twice fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v go >/dev/null 2>&1 || need+=(golang-go)
gocode=/usr/share/gocode/src/github.com
[ -d "$gocode/Masterminds/sprig" ] || need+=(golang-github-masterminds-sprig-dev)
[ -d "$gocode/xeipuuv/gojsonschema" ] || need+=(golang-github-xeipuuv-gojsonschema-dev)
[ -d "$gocode/ghodss/yaml" ] || need+=(golang-github-ghodss-yaml-dev)
if [ ${#need[@]} -gt 0 ]; then
  echo "test.sh: installing ${need[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build PracticePlatform.sln -c Release -nologo -clp:ErrorsOnly

# Each project's console log and TRX results stay in artifacts/test-results for CI to keep.
results=artifacts/test-results
rm -rf "$results"
mkdir -p "$results"
summary=()
status=0

# The names of the test methods a TRX file records as failed (a theory's cases share one).
failed_methods() {
  grep -o 'testName="[^"]*"[^>]*outcome="Failed"' "$1" 2>/dev/null | sed -e 's/^testName="//' -e 's/".*//' -e 's/(.*//' | sort -u || true
}

# Whether a TRX file's run executed every test it found (a crashed or aborted run did not: its later tests never ran).
ran_everything() {
  local counters
  counters=$(grep -o '<Counters [^>]*>' "$1" 2>/dev/null || true)
  [ -n "$counters" ] && [ "$(echo "$counters" | sed 's/.* total="\([0-9]*\)".*/\1/')" = "$(echo "$counters" | sed 's/.* executed="\([0-9]*\)".*/\1/')" ]
}

# Whether a retry's TRX file shows every method named on standard input passed and nothing failed (a filter that
# matched nothing exits 0 too, so the exit code alone proves nothing).
retry_passed() {
  local trx=$1 method
  grep -q 'outcome="Failed"' "$trx" 2>/dev/null && return 1
  while read -r method; do
    grep -qF "testName=\"$method" "$trx" 2>/dev/null || return 1
  done
  grep -q 'outcome="Passed"' "$trx"
}

# Each failed check in a console log, with its error message and the top of its stack.
failure_blocks() {
  awk '/^ +Failed [A-Za-z]/ { on = 1; lines = 0; after = -1 }
       on { print; lines++
            if (after > 0 && --after == 0) on = 0
            else if (after < 0 && /^ +Stack Trace:/) after = 4
            if (lines >= 40) on = 0 }' "$1"
}

run_project() {
  local project=$1 log=$2 trx=$3
  shift 3
  dotnet test "$project" -c Release --no-build -nologo --logger "console;verbosity=normal" \
    --logger "trx;LogFileName=$trx" --results-directory "$results" "$@" 2>&1 | tee "$log"
  return "${PIPESTATUS[0]}"
}

for project in tests/*/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  echo "== $project"
  if run_project "$project" "$results/$name.log" "$name.trx" "$@"; then
    summary+=("passed  $name")
    continue
  fi
  failed=$(failed_methods "$results/$name.trx")
  if [ "$name" = PracticePlatform.Web.Tests ] && [ -n "$failed" ] && [ "$(echo "$failed" | wc -l)" -le 3 ] \
    && ran_everything "$results/$name.trx"; then
    filter=$(echo "$failed" | sed 's/^/FullyQualifiedName=/' | paste -sd '|')
    echo "== $project: running again what failed: $(echo "$failed" | paste -sd ' ')"
    if run_project "$project" "$results/$name.retry.log" "$name.retry.trx" --filter "$filter" \
      && echo "$failed" | retry_passed "$results/$name.retry.trx"; then
      summary+=("passed  $name, after a second run of: $(echo "$failed" | paste -sd ' ') (flaky: first failure below)")
      summary+=("$(failure_blocks "$results/$name.log")")
      continue
    fi
    status=1
    summary+=("FAILED  $name: a second run of what failed did not pass it; that run's failures, if any:")
    summary+=("$(failure_blocks "$results/$name.retry.log")")
    continue
  fi
  status=1
  summary+=("FAILED  $name")
  summary+=("$(failure_blocks "$results/$name.log")")
done

echo
echo "== summary"
printf '%s\n' "${summary[@]}"
exit $status
