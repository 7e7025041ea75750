#!/bin/sh
# Prepares the faster production start (README, "Start-up"): extracts the jar and records a
# class-data-sharing (CDS) archive of the classes a start loads, in a training run that starts the
# application on an in-memory database and stops once it is up. Run it again after every new jar.
#
#   deploy/cds.sh [jar] [folder]        defaults: bot/target/weerbaar.jar bot/target/weerbaar-cds
#   java -XX:SharedArchiveFile=bot/target/weerbaar-cds/weerbaar.jsa -jar bot/target/weerbaar-cds/weerbaar.jar
set -eu
jar=${1:-bot/target/weerbaar.jar}
dir=${2:-bot/target/weerbaar-cds}
java=${JAVA:-java}

[ -f "$jar" ] || { echo "$jar not found: build it first (mvn -B -DskipTests package)" >&2; exit 1; }
rm -rf "$dir"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
"$java" -XX:ArchiveClassesAtExit="$dir/weerbaar.jsa" -Xlog:cds=error -Xlog:cds+dynamic=error \
  -Dspring.context.exit=onRefresh \
  -jar "$dir/$(basename "$jar")" \
  --server.port=0 --spring.datasource.url="jdbc:h2:mem:cds;DB_CLOSE_DELAY=-1" \
  --logging.level.root=WARN >"$dir/training.log" 2>&1 \
  || { echo "training run failed: see $dir/training.log" >&2; exit 1; }
[ -f "$dir/weerbaar.jsa" ] || { echo "no archive written: see $dir/training.log" >&2; exit 1; }
echo "start with: $java -XX:SharedArchiveFile=$dir/weerbaar.jsa -jar $dir/$(basename "$jar")"
