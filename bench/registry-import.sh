#!/usr/bin/env bash
# Registry import benchmark: imports a DTKS-like file through the running application and
# measures, on the same PostgreSQL in the same run, the two floors the import is held against:
#   (a) a plain COPY of the file into an unindexed table of text columns;
#   (b) a plain COPY of the accepted rows into an empty copy of registry.person with all its
#       indexes (what the database itself needs to store those rows searchable).
# Then re-imports the same file (every row an unchanged upsert) and measures NIK look-ups and
# misspelt-name searches through the API. Prints figures and ratios; nothing here asserts.
#
#   bench/registry-import.sh [ROWS] [HEAP]     defaults: 1000000 rows, 512m heap
#
# KESOS_BENCH_FORMAT=xlsx uploads the same rows as an XLSX workbook (converted once from the CSV by
# bench/CsvToXlsx.java); the default is csv. The floors always COPY the CSV: the rows are the same.
#
# Needs: Java 17, Maven, curl, bc, psql (Debian: postgresql-client), wrk (Debian: wrk).
# Ports: KESOS_BENCH_HTTP_PORT (18080), KESOS_BENCH_PG_PORT (55433); both must be free.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${1:-1000000}
HEAP=${2:-512m}
FORMAT=${KESOS_BENCH_FORMAT:-csv}
case "$FORMAT" in
  csv) MEDIA_TYPE=text/csv ;;
  xlsx) MEDIA_TYPE=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet ;;
  *) echo "KESOS_BENCH_FORMAT must be csv or xlsx, not $FORMAT"; exit 2 ;;
esac
WORK=target/bench
DATA=$WORK/data-$ROWS
APP_PORT=${KESOS_BENCH_HTTP_PORT:-18080}
PG_PORT=${KESOS_BENCH_PG_PORT:-55433}
BASE=http://localhost:$APP_PORT
PSQL="psql -X -q -h localhost -p $PG_PORT -U postgres -d kesos -v ON_ERROR_STOP=1"
mkdir -p "$WORK"

now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc -l | xargs printf '%.2f'; }

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -r), $(java -version 2>&1 | head -1)"
echo "== commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
FILE=$WORK/dtks-$ROWS.csv
if [ ! -f "$FILE" ]; then
  java bench/GenerateDtks.java --rows "$ROWS" --defects 0.05 --seed 42 --out "$FILE" \
    --queries "$WORK/names-$ROWS.txt" --query-count 1000
fi
# awk stops by itself: "| head" would end it with SIGPIPE, which pipefail turns into the script's end.
awk -F, 'NR > 1 && NR % 97 == 0 && length($1) == 16 && $1 ~ /^[0-9]+$/ {print $1; if (++n == 2000) exit}' "$FILE" \
  > "$WORK/niks-$ROWS.txt"
echo "== file: $FILE, $(($(wc -l < "$FILE") - 1)) rows, $(du -hL "$FILE" | cut -f1)"
UPLOAD=$FILE
if [ "$FORMAT" = xlsx ]; then
  UPLOAD=$WORK/dtks-$ROWS.xlsx
  if [ ! -f "$UPLOAD" ] || [ "$FILE" -nt "$UPLOAD" ]; then
    java bench/CsvToXlsx.java "$FILE" "$UPLOAD"
  fi
fi
echo "== upload: $FORMAT ($MEDIA_TYPE), $UPLOAD, $(du -hL "$UPLOAD" | cut -f1)"

[ -f target/kesos-0.1.0-SNAPSHOT.jar ] || mvn -q -DskipTests package
rm -rf "$DATA"
java -Xmx"$HEAP" -jar target/kesos-0.1.0-SNAPSHOT.jar --kesos.data-dir="$DATA" \
  --kesos.embedded-port=$PG_PORT --server.port=$APP_PORT --kesos.demo=true > "$WORK/app.log" 2>&1 &
APP=$!
# Keep the script's own status: the killed application's 143 must not become the exit status under set -e.
trap 'status=$?; kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; exit $status' EXIT
until curl -fs "$BASE/actuator/health/readiness" > /dev/null; do
  kill -0 $APP 2>/dev/null || { echo "the application did not start, see $WORK/app.log"; exit 1; }
  sleep 1
done
TOKEN=$(curl -fs -u admin:kesos-demo -X POST "$BASE/api/v1/auth/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')

import_file() {
  local start id status
  start=$(now)
  id=$(curl -fs -H "Authorization: Bearer $TOKEN" -F "file=@$UPLOAD;type=$MEDIA_TYPE" "$BASE/api/v1/registry/imports" \
    | sed 's/.*"id":"\([^"]*\)".*/\1/')
  while true; do
    status=$(curl -fs -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/registry/imports/$id")
    case "$status" in *'"SUCCEEDED"'*|*'"FAILED"'*) break ;; esac
    sleep 0.5
  done
  echo "$(elapsed "$start" "$(now)") $status"
}

# After an import the application merges the name keys and scans for duplicates, and PostgreSQL
# vacuums the tables it grew: wait until neither runs a statement, so that the floors and the
# latencies are measured on the same quiet server and nothing of one import overlaps the next step.
wait_idle() {
  until [ "$($PSQL -At -c "select count(*) from pg_stat_activity where pid <> pg_backend_pid()
      and state = 'active' and backend_type in ('client backend', 'autovacuum worker')")" = 0 ]; do
    sleep 1
  done
}

read -r FIRST FIRST_STATUS <<< "$(import_file)"
echo "== first import: ${FIRST}s  $FIRST_STATUS"
read -r SECOND SECOND_STATUS <<< "$(import_file)"
echo "== re-import of the same file: ${SECOND}s  $SECOND_STATUS"
wait_idle

COLUMNS=$(head -1 "$FILE" | sed 's/,/ text, /g; s/$/ text/')
$PSQL -c "drop table if exists bench_raw; create table bench_raw ($COLUMNS)"
start=$(now)
$PSQL -c "\\copy bench_raw from '$FILE' with (format csv, header true)"
FLOOR_A=$(elapsed "$start" "$(now)")

$PSQL -c "drop table if exists bench_person; create table bench_person (like registry.person including all)"
$PSQL -c "\\copy (select * from registry.person order by id) to '$WORK/person-rows.csv' with (format csv)"
start=$(now)
$PSQL -c "\\copy bench_person from '$WORK/person-rows.csv' with (format csv)"
FLOOR_B=$(elapsed "$start" "$(now)")
PERSONS=$($PSQL -t -A -c "select count(*) from registry.person")
$PSQL -c "drop table bench_raw; drop table bench_person"
wait_idle

echo "== floor (a) COPY into unindexed text table: ${FLOOR_A}s"
echo "== floor (b) COPY of the $PERSONS accepted rows into an indexed copy of registry.person: ${FLOOR_B}s"
echo "== ratio first import / floor (b): $(echo "$FIRST / $FLOOR_B" | bc -l | xargs printf '%.2f') (goal <= 1.5)"
echo "== ratio re-import / first import: $(echo "$SECOND / $FIRST" | bc -l | xargs printf '%.2f') (goal <= 1.0)"
echo "== heap: -Xmx$HEAP; peak resident memory of the app: $(awk '/VmHWM/ {printf "%.0f MiB", $2/1024}' /proc/$APP/status)"

# Latency through the API, one request at a time: an API floor (the same bearer token check, the
# regions of one regency, no registry), NIK look-ups of sampled NIKs of the file (some of rejected
# rows, answered 404) and the generator's misspelt names. wrk, a small C client, leaves the two
# cores to the application: a JVM client beside it added its own pauses to the figures. Each kind
# is warmed up for 20 s, then measured for 30 s (thousands of requests; the goals ask for 1,000).
echo "33.09" > "$WORK/regency.txt"
latency() {
  for seconds in 20 30; do
    KESOS_TOKEN=$TOKEN KESOS_KIND=$1 KESOS_PATH=$2 KESOS_VALUES=$3 \
      wrk -t1 -c1 -d${seconds}s -s bench/latency.lua "$BASE" | tail -1
  done | tail -1
}
latency api_floor '/api/v1/regions?parent=' "$WORK/regency.txt"
latency nik_lookup '/api/v1/persons?nik=' "$WORK/niks-$ROWS.txt"
latency name_search '/api/v1/persons/search?q=' "$WORK/names-$ROWS.txt"
