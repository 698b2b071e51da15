#!/usr/bin/env bash
# Runs every test project. On a fresh Debian machine with the .NET SDK it first installs what the tests need:
# PostgreSQL (the storage suite starts a throwaway server), Chromium (browser tests), and Go with Sprig, gojsonschema
# and a YAML library from Debian's sources (the chart tests build tools/chart-render, which renders the Helm chart).
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
status=0
for project in tests/*/*.Tests.csproj; do
  echo "== $project"
  dotnet test "$project" -c Release --no-build -nologo --logger "console;verbosity=normal" "$@" || status=1
done
exit $status
