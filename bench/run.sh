#!/bin/sh
# The performance benchmark (see docs/performance.md). Usage:
#   bench/run.sh                      # ours: real site, 100, 1,000, 5,000 pages; vanilla JBake: 100 and 1,000
#   bench/run.sh 100 1000 5000        # choose the corpus sizes for our build
#   VANILLA=100,1000,5000 bench/run.sh # also run vanilla JBake on 5,000 pages (more than 2 minutes)
#   REPEAT=5 INCREMENTAL=1000          # runs per size, ours and JBake's in turn (median; 5,000+ pages run once); incremental corpus
#   BASELINE=../other-checkout         # also that commit's build, on its own generator's corpus, in the same rounds
# Hugo (Debian's hugo at /usr/bin/hugo, or on PATH) builds every corpus size in turn with ours; without it, its columns stay empty.
# Each build runs in a new JVM and is timed whole (JVM start included); peak memory comes from /usr/bin/time.
set -eu
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "bench/run.sh needs GNU time (/usr/bin/time) for peak memory: apt-get install time" >&2; exit 2; }
SIZES=$(echo "${*:-100 1000 5000}" | tr ' ' ',')
# Offline (-o): run "mvn -B verify -Pbench" once first so the dependencies are downloaded. -Pbench adds what vanilla
# JBake needs and our build leaves out (OrientDB, json-simple; see pom.xml).
mvn -B -q -o -Pbench test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" bench.Benchmark . target/bench \
  "sizes=$SIZES" "vanilla=${VANILLA:-100,1000}" "repeat=${REPEAT:-3}" "incremental=${INCREMENTAL:-1000}" "baseline=${BASELINE:-}"
