#!/usr/bin/env bash
# Render benchmark on the demo issue (第20期, 23 items): `render --issue` as a whole process (cold: JVM start,
# settings, fonts, layout), by `java -jar` and by bin/dongtai (also as a first render, with no earlier manifest to take
# the pages from), a command that renders nothing, the same issue re-rendered in one JVM (warm, as the console does after an edit),
# and headless Chromium printing the same issue.html to PDF, side by side: median wall and CPU seconds (CPU of
# every process a command starts, by `perf stat`) of 5 runs each (RUNS_COLD=N for more), the warm figures of 10
# re-renders (RUNS=N for more).
# Needs target/dongtai.jar and the test classes (built here if missing) and the demo draft (made here by
# `dongtai demo` if missing). Writes only below target/bench/render/.
set -euo pipefail
cd "$(dirname "$0")/.."
ID=2024-20
B=target/bench/render
mkdir -p "$B"
[ -f target/dongtai.jar ] || ./mvnw -q -DskipTests package
[ -d target/test-classes/cn/gidi/dongtai/render ] || ./mvnw -q test-compile
[ -f "$B/classpath.txt" ] || ./mvnw -q dependency:build-classpath -Dmdep.outputFile="$B/classpath.txt" >/dev/null
DRAFTS="$B/issues"
if [ ! -d "$DRAFTS/$ID" ]; then
  if [ ! -d "$B/demo-out/demo/issues/$ID" ]; then
    echo "making the demo draft: java -jar target/dongtai.jar demo (into $B/demo-out, not output/)" >&2
    java -jar target/dongtai.jar demo --dongtai.paths.output="$B/demo-out" >/dev/null
  fi
  mkdir -p "$DRAFTS" && cp -r "$B/demo-out/demo/issues/$ID" "$DRAFTS/"
fi

# CPU seconds of a command and of every process it starts. `perf stat` counts each descendant when it ends, whether
# or not its parent waits for it; /usr/bin/time (rusage) counts only the children that were waited for, which
# leaves out Chromium's renderer and GPU processes (two thirds of its CPU: 1.0 CPU-s by rusage, 3.0 by perf here).
if perf stat -x, -e task-clock -o /dev/null true 2>/dev/null; then
  CPU_BY="perf stat (all descendants)"
else
  CPU_BY="rusage (children waited for only: Chromium's figure is too low; install linux-perf)"
fi
measure() { # label, command...: prints wall and CPU seconds
  local label=$1; shift
  if [[ $CPU_BY == perf* ]]; then
    /usr/bin/time -f "%e" -o "$B/time.txt" perf stat -x, -e task-clock -o "$B/perf.txt" "$@" >"$B/$label.log" 2>&1 \
        || { cat "$B/$label.log" >&2; exit 1; }
    awk -v w="$(cat "$B/time.txt")" -F, '$3 == "task-clock" { printf "%s %.2f\n", w, $1 / 1000 }' "$B/perf.txt"
  else
    /usr/bin/time -f "%e %U %S" -o "$B/time.txt" "$@" >"$B/$label.log" 2>&1 || { cat "$B/$label.log" >&2; exit 1; }
    read -r wall user sys <"$B/time.txt"
    awk -v w="$wall" -v u="$user" -v s="$sys" 'BEGIN { printf "%s %.2f\n", w, u + s }'
  fi
}

cpus=$(nproc)
echo "render bench: issue $ID, $cpus CPUs, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "CPU seconds by $CPU_BY"
printf '%-40s %8s %8s %12s\n' "median of ${RUNS_COLD:-5} runs" "wall s" "CPU s" "PDF bytes"

RENDER_ARGS=(render --issue $ID --dongtai.paths.issues="$DRAFTS" --dongtai.paths.output="$B/out"
    --spring.datasource.url="jdbc:h2:file:./$B/db/dongtai")
CHROME=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)

# The rows: a label, a shell command run before each run (not measured) and the command measured. bin/dongtai runs
# the extracted jar, C1 only with one compiler thread, the serial GC and class-data sharing (see bin/dongtai);
# "first render" has no earlier manifest.json to take the pages from (the layout runs twice); Chromium (the anchor)
# starts each run with a new profile, as a first start.
rows=(render first sources)
label_render="bin/dongtai render --issue";               setup_render=":"
cmd_render=(bin/dongtai "${RENDER_ARGS[@]}")
label_first="  the same, first render (2 passes)";       setup_first="rm -f $B/out/$ID/manifest.json"
cmd_first=(bin/dongtai "${RENDER_ARGS[@]}")
label_sources="bin/dongtai sources list (renders nothing)"; setup_sources=":"
cmd_sources=(bin/dongtai sources list)
if [ -n "$CHROME" ]; then
  rows+=(chromium)
  label_chromium="chromium --print-to-pdf issue.html";  setup_chromium="rm -rf $B/chrome-profile"
  cmd_chromium=("$CHROME" --headless=new --no-sandbox --disable-gpu --disable-background-networking
      --disable-component-update --no-first-run --user-data-dir="$B/chrome-profile" --no-pdf-header-footer
      --print-to-pdf="$B/chromium.pdf" "file://$PWD/$B/out/$ID/issue.html")
else
  echo "chromium not installed: no anchor (bash .ci/setup installs it)"
fi

# Round by round, each row once a round, so that what the machine does meanwhile falls on all rows alike; round 0
# warms up (OS file cache; bin/dongtai's first run after a build unpacks the jar and archives the command's classes)
# and is left out. Each row prints the median of the other rounds.
rm -rf target/dongtai-app
declare -A WALLS CPUS
for ((round = 0; round <= ${RUNS_COLD:-5}; round++)); do
  for r in "${rows[@]}"; do
    setup="setup_$r"; declare -n cmd="cmd_$r"
    eval "${!setup}"
    read -r wall cpu < <(measure "$r" "${cmd[@]}")
    if ((round > 0)); then WALLS[$r]+="$wall "; CPUS[$r]+="$cpu "; fi
    unset -n cmd
  done
done
median() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for r in "${rows[@]}"; do
  label="label_$r"; pdf=""
  case $r in render|first) pdf=$(stat -c %s "$B/out/$ID/issue.pdf") ;; chromium) pdf=$(stat -c %s "$B/chromium.pdf") ;; esac
  printf '%-40s %8s %8s %12s\n' "${!label}" "$(median "${WALLS[$r]}")" "$(median "${CPUS[$r]}")" "$pdf"
done
# java -jar on the fat jar, as the README's first command runs the demo: twice, after the rows above (its 9 CPU-s
# would otherwise weigh on what follows it).
for run in 1 2; do read -r wall cpu < <(measure cold java -jar target/dongtai.jar "${RENDER_ARGS[@]}"); done
printf '%-40s %8s %8s %12s\n' "java -jar dongtai.jar render (2nd run)" "$wall" "$cpu" "$(stat -c %s "$B/out/$ID/issue.pdf")"

# Warm, in one JVM.
java -cp "target/classes:target/test-classes:$(cat "$B/classpath.txt")" cn.gidi.dongtai.render.RenderBench \
    "$DRAFTS" $ID "$B/jvm" "${RUNS:-11}"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "targets: process CPU and wall <= Chromium's; warm re-render (all) <= 0.5 s"
