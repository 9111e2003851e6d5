#!/usr/bin/env bash
# Fuzzes every reader of outside bytes with Jazzer, each target in its own JVM (Jazzer fuzzes one
# target per JVM) for a bounded time, and prints executions and findings per target.
#   tools/fuzz/run.sh                 # CI: 20 s per target (the stage stays under 5 minutes)
#   tools/fuzz/run.sh 10              # 10 minutes per target (same as -Dfuzz.minutes=10)
#   tools/fuzz/run.sh 20s HtmlFuzzTest  # one target
# A finding fails the run; Jazzer writes the crashing input under reliability/src/test/resources/
# .../<Target>Inputs/fuzz, where it stays as a regression seed once the code is fixed.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-20s}"
case "$duration" in *[smh]) ;; *) duration="${duration}m" ;; esac
tests="${2:-*FuzzTest}"
log="reliability/target/fuzz.log"
mkdir -p reliability/target
echo "fuzzing $tests for $duration each (log: $log)"
set +e
JAZZER_FUZZ=1 mvn -B -o test -pl reliability -am -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false \
  -DreuseForks=false -Dfuzz.duration="$duration" -Dcrash.trials=0 >"$log" 2>&1
rc=$?
set -e
# libFuzzer's last status line per target: "#N DONE cov: ... exec/s: ..." or "Done N runs in S second(s)"
grep -E "^Done [0-9]+ runs|Tests run:.*in org.backchannel.reliability|FuzzTestFindingException|== Java Exception" "$log" || true
exit $rc
