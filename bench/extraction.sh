#!/usr/bin/env bash
# Extraction benchmark: dongtai's generic extractor against Mozilla Readability on the gold set
# (src/test/resources/gold), both scored by the same scorer (dongtai's bench-extraction command).
#
#   bench/extraction.sh            # needs target/dongtai.jar (./mvnw -q -DskipTests package) and Node >= 18
#
# Writes target/bench/{pages,dongtai,readability,readability-decoded}.json and prints the table.
# "readability" is given each page's bytes as a browser would be; "readability-decoded" is given the
# text decoded in the charset dongtai chose, so its column measures extraction alone.
# Runs are pinned to one CPU with taskset when it is available (pages/second is per core).
#
#   bench/extraction.sh --external [DIR]   # the external benchmark (default ../shared/reference/extraction-bench)
#
# runs dongtai's extractor over DIR's pages and scores them with DIR's own score.py, all pages and the
# official-media pages apart; per-page results go to target/bench/extraction-bench/. Needs Python 3.
# The runner (ExternalBench) is test code, not in the production jar: this builds the test classes.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == "--external" ]]; then
  BENCH=${2:-../shared/reference/extraction-bench}
  if [[ ! -f "$BENCH/gold.json" || ! -f "$BENCH/score.py" ]]; then
    echo "extraction.sh: $BENCH is not an extraction benchmark (needs gold.json, pages/ and score.py)" >&2
    exit 1
  fi
  if ! command -v python3 >/dev/null 2>&1; then
    echo "extraction.sh: python3 is not installed (the benchmark's score.py needs it)" >&2
    exit 1
  fi
  ./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-extraction.classpath \
    -Dmdep.includeScope=test >/dev/null
  exec java -cp "target/test-classes:target/classes:$(cat target/bench-extraction.classpath)" \
    cn.gidi.dongtai.extract.gold.ExternalBench "$BENCH" target/bench/extraction-bench
fi

GOLD=src/test/resources/gold
OUT=target/bench
JAR=target/dongtai.jar

if [[ ! -f "$JAR" ]]; then
  echo "extraction.sh: $JAR is missing; build it first: ./mvnw -q -DskipTests package" >&2
  exit 1
fi
if ! node --version >/dev/null 2>&1; then
  echo "extraction.sh: node is not installed (Node 18 or later is needed for Readability)" >&2
  exit 1
fi
node_major=$(node --version | sed -E 's/^v([0-9]+).*/\1/')
if (( node_major < 18 )); then
  echo "extraction.sh: Node $(node --version) is too old; jsdom needs 18 or later" >&2
  exit 1
fi
if [[ ! -d bench/readability/node_modules ]]; then
  echo "installing Readability and jsdom (npm ci, versions pinned in bench/readability/package-lock.json)"
  (cd bench/readability && npm ci --no-audit --no-fund --loglevel=error)
fi

one_core=()
if command -v taskset >/dev/null 2>&1; then
  one_core=(taskset -c 0)
fi

mkdir -p "$OUT"
echo "== dongtai: generic extractor, no selectors"
${one_core[@]+"${one_core[@]}"} java -jar "$JAR" bench-extraction --gold "$GOLD" --out "$OUT/dongtai.json" --pages "$OUT/pages.json" \
  > "$OUT/dongtai-table.txt"
echo "== Mozilla Readability (jsdom)"
${one_core[@]+"${one_core[@]}"} node bench/readability/run.mjs "$OUT/pages.json" "$OUT/readability.json"
${one_core[@]+"${one_core[@]}"} node bench/readability/run.mjs --decoded "$OUT/pages.json" "$OUT/readability-decoded.json"
echo
java -jar "$JAR" bench-extraction --gold "$GOLD" \
  --score "$OUT/dongtai.json" --score "$OUT/readability.json" --score "$OUT/readability-decoded.json"
echo
echo "Scorer: see bench/README.md. Per-page misses: java -jar $JAR bench-extraction --gold $GOLD --score FILE --details"
