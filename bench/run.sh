#!/usr/bin/env bash
# Flowdef side by side with Genkit JS, a hand-written Spring Boot service and a bare handler on Flowdef's engine,
# all on loopback, driven by wrk and bench's stream client; prints one table per JDK (see BENCHMARKS.md).
#
#   bench/run.sh                    # JDK 17 and JDK 25, full length (~15 minutes each)
#   bench/run.sh --jdk 25           # one JDK
#   bench/run.sh --quick            # short runs, to check that everything starts
#   bench/run.sh --jmh              # the JMH microbenchmarks instead
#   bench/run.sh -- --rounds 3      # options for the comparison: --rounds --seconds --warmup --startups --javac
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

jdks=(17 25)
mode=compare
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --jdk) jdks=("$2"); shift 2 ;;
    --quick) extra+=(--rounds 1 --seconds 2 --warmup 4 --startups 1 --javac 1); shift ;;
    --jmh) mode=jmh; shift ;;
    --) shift; extra+=("$@"); break ;;
    *) echo "unknown option $1 (see the top of $0)" >&2; exit 2 ;;
  esac
done

java_home() {
  case "$1" in
    17) ls -d /usr/lib/jvm/java-17-openjdk* /usr/lib/jvm/temurin-17* 2>/dev/null | head -1 ;;
    25) ls -d /usr/lib/jvm/temurin-25* /usr/lib/jvm/java-25-openjdk* 2>/dev/null | head -1 ;;
  esac
}

missing=()
for jdk in "${jdks[@]}"; do [ -n "$(java_home "$jdk")" ] || missing+=("JDK $jdk (under /usr/lib/jvm)"); done
command -v mvn >/dev/null || missing+=("Maven 3.8+ (apt-get install maven)")
command -v node >/dev/null && command -v npm >/dev/null || missing+=("Node 20+ and npm")
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing wrk (Debian package)"
    apt-get update -qq && apt-get install -y -qq wrk >/dev/null
  else
    missing+=("wrk (apt-get install wrk)")
  fi
fi
if [ ${#missing[@]} -gt 0 ]; then
  printf 'bench/run.sh needs: %s\n' "${missing[@]}" >&2
  exit 1
fi

# The Java servers run on the JDK measured; the build and the load clients on the JDK of the first one.
export JAVA_HOME="$(java_home "${jdks[0]}")"
export PATH="$JAVA_HOME/bin:$PATH"
echo "== building (mvn package, no tests)"
mvn -q -B package -DskipTests
echo "== installing Genkit JS from bench/genkit-js's lockfile"
(cd bench/genkit-js && npm ci --no-audit --no-fund --loglevel=error)

classpath="bench/servers/target/bench-servers.jar:$(ls bench/servers/target/lib/*.jar | tr '\n' ':')"
if [ "$mode" = jmh ]; then
  for jdk in "${jdks[@]}"; do
    echo "== JMH on JDK $jdk"
    "$(java_home "$jdk")/bin/java" -cp "bench/jmh/target/bench-jmh.jar:$(ls bench/jmh/target/lib/*.jar | tr '\n' ':')" \
      org.openjdk.jmh.Main -rf json -rff "bench/target/jmh-jdk$jdk.json" "${extra[@]}" | tee "bench/target/jmh-jdk$jdk.txt"
  done
  exit 0
fi

for jdk in "${jdks[@]}"; do
  echo "== comparison, Java servers on JDK $jdk; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  java -Dbench.root="$root" -Dbench.javaHome="$(java_home "$jdk")" \
    -Dbench.out="$root/bench/target/run-jdk$jdk" -cp "$classpath" dev.flowdef.bench.compare.Comparison "${extra[@]}"
done
