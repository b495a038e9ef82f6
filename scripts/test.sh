#!/usr/bin/env bash
# Runs every Lantern test: unit, integration (real SQLite files and a real PostgreSQL server, started here; real police
# data from ../shared/data when present), end-to-end CLI tests and browser tests of the web app (screenshots in
# TestResults/screenshots, or under $LANTERN_TEST_ARTIFACTS). Installs nothing by hand: what the tests need is
# installed here.
# Prints a closing line "tests: N passed, N failed, N skipped" and exits non-zero when anything failed.
set -euo pipefail
cd "$(dirname "$0")/.."

# apt-get install, as root or through sudo; on a machine whose package lists are too old to know a package, the lists
# are refreshed once and the install tried again.
apt_install() {
  local sudo
  sudo=$( [ "$(id -u)" -eq 0 ] || echo sudo )
  $sudo apt-get install -y -q "$@" >&2 || { $sudo apt-get update -q >&2 && $sudo apt-get install -y -q "$@" >&2; }
}

# The web pages embed Leaflet from npm (src/Lantern/package-lock.json): the build runs npm ci, so npm must be there.
if ! command -v npm >/dev/null 2>&1; then
  echo "installing Node.js and npm (apt) for the web assets..." >&2
  apt_install nodejs npm
fi
# The browser tests (tests/Lantern.Browser.Tests) drive Debian's Chromium through Playwright. Here they must run:
# LANTERN_REQUIRE_BROWSER=1 makes a missing browser a failure, where a plain 'dotnet test' would skip them.
chromium="${LANTERN_CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "installing Chromium (apt) for the browser tests..." >&2
  apt_install chromium
fi
export LANTERN_REQUIRE_BROWSER=1
configuration="${CONFIGURATION:-Release}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

dotnet build Lantern.slnx -c "$configuration" -nologo -clp:ErrorsOnly

# The PostgreSQL store's tests need a server: a throwaway one (installed with apt-get when missing), stopped however
# the tests end. LANTERN_REQUIRE_POSTGRES makes a missing server a failure, not a skip.
url="$(bash scripts/postgres.sh start)"
trap 'bash scripts/postgres.sh stop; rm -f "$log"' EXIT
export LANTERN_TEST_POSTGRES="$url" LANTERN_REQUIRE_POSTGRES=1

status=0
dotnet test Lantern.slnx -c "$configuration" --no-build -nologo 2>&1 | tee "$log" || status=$?

# dotnet test prints one summary per test project: "Passed!  - Failed: 0, Passed: 12, Skipped: 1, Total: 13, ..." ("Skipped!"
# when every test of a project was skipped)
read -r passed failed skipped < <(
  grep -E '(Passed|Failed|Skipped)! +- +Failed: ' "$log" | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\2 \1 \3/' |
  awk '{p+=$1; f+=$2; s+=$3} END {printf "%d %d %d\n", p, f, s}')
projects=$(grep -cE '(Passed|Failed|Skipped)! +- +Failed: ' "$log" || true)
if [ "$projects" -eq 0 ] && [ "$status" -eq 0 ]; then
  echo "no test results were printed: treating as a failure" >&2
  status=1
fi
echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
