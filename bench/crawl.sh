#!/usr/bin/env bash
# Crawl-speed benchmark on loopback: 40 hosts, 1,000 article pages, simulated latency.
# Prints pages per second and the ratio of wall time to the politeness bound
# (the busiest host's requests x the per-host delay). Any option of `bench-crawl --help` may be added.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/dongtai.jar ] || ./mvnw -q -DskipTests package
java -jar target/dongtai.jar bench-crawl --hosts 40 --pages 1000 --delay 500ms --latency 30ms "$@"
