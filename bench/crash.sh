#!/usr/bin/env bash
# Crash test: a real `send` process (its own JVM) is killed with SIGKILL at random moments while it mails
# SUBSCRIBERS subscribers (default 2000) on a loopback SMTP server, KILLS times (default 10), and started
# again each time. Fails unless nobody is lost and every duplicate was in flight at a kill and is reported.
# CRASH_SEED picks other kill moments. Prints one line of figures ("crash test: ...").
set -euo pipefail
cd "$(dirname "$0")/.."
log=target/bench-crash.log
mkdir -p target
status=0
./mvnw -B -ntp test -Dtest=CrashResumeTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcrash.subscribers="${1:-2000}" -Dcrash.kills="${2:-10}" -Dcrash.seed="${CRASH_SEED:-20241201}" \
  >"$log" 2>&1 || status=$?
grep -h "crash test:" "$log" || true
if [ "$status" -ne 0 ]; then
  grep -E "FAIL|Expect|expected" "$log" | head -20 >&2
  echo "crash test FAILED (full log: $log)" >&2
fi
exit "$status"
