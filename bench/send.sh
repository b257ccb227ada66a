#!/usr/bin/env bash
# Send benchmark on loopback: the demo issue mailed by a real `send` process to 10,000 subscribers into
# Postfix's smtp-sink, against Postfix's smtp-source sending 10,000 messages of the same size with as many
# sessions into the same sink. Prints msg/s of both, the ratio (goal >= 0.8) and the send process's peak
# memory at 1,000 and 10,000 subscribers (goal: flat). Needs Debian's postfix (smtp-sink, smtp-source).
# Arguments: [messages (10000)] [connections (4)] [pairs at MESSAGES (1)]. The send process is started by
# bin/dongtai on the built jar (as installed); each is timed right after an smtp-source run of the same count
# (same load), and the ratio is per pair. The bench is test code: it is not in the production jar.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v smtp-sink >/dev/null || PATH="$PATH:/usr/sbin"
./mvnw -B -ntp -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench-send.classpath \
  -Dmdep.includeScope=test >/dev/null
# BENCH_OPTS: system properties of the bench, e.g. -Dbench.sourceDefaults=false, -Dbench.jvm=..., -Dbench.sendArgs=...
# shellcheck disable=SC2086
java -Xmx1g ${BENCH_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-send.classpath)" \
  cn.gidi.dongtai.mail.SendBench "$@"
