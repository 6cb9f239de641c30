#!/usr/bin/env bash
# Case pages benchmark: fills a fresh database with cases, their stages, teams, clients, stage
# records (1,000,000 sessions by default), approvals and timelines (bench/case-data.sql), then
# measures through the running application, signed in through the login form, one request at a
# time (bench/CasePages.java):
#   - the pages of the goal, as the demo peksos of the large Sentra sees them: "my cases"
#     (/cases?view=mine), a case page (/cases/{id}) and the implementation stage page with its
#     sessions (/cases/{id}/stages/pelaksanaan), for the cases of peksos's worklist;
#   - the unit's case list (/cases?view=unit) of the same Sentra;
#   - the same four pages as peksos2 sees them in a Sentra with a few hundred cases, in the same
#     database, with a worklist of the same length;
#   - two floors: an HTML page that reads no case (/cases/new) and /actuator/health.
# The pages are requested in turn, so that all meet the same conditions. Then it prints the
# execution time of the pages' main queries (EXPLAIN ANALYZE, plans in target/bench/case-plans.txt).
# Prints figures and ratios; nothing here asserts.
#
#   bench/case-pages.sh [CASES] [SESSIONS] [COUNT]    defaults: 100000 cases, 1000000 sessions, 500 requests a page
#
# Needs: Java 17, Maven, curl, bc, psql (Debian: postgresql-client). Ports: KESOS_BENCH_HTTP_PORT (18081),
# KESOS_BENCH_PG_PORT (55434); both must be free. KESOS_BENCH_HEAP (512m) is the application's heap;
# KESOS_BENCH_APP_ARGS adds arguments to the application's command line (to try a setting);
# KESOS_BENCH_REUSE=1 keeps the database of an earlier run of the same CASES instead of writing it again.
set -euo pipefail
cd "$(dirname "$0")/.."

CASES=${1:-100000}
SESSIONS=${2:-1000000}
COUNT=${3:-500}
HEAP=${KESOS_BENCH_HEAP:-512m}
WORK=target/bench
DATA=$WORK/cases-data-$CASES
APP_PORT=${KESOS_BENCH_HTTP_PORT:-18081}
PG_PORT=${KESOS_BENCH_PG_PORT:-55434}
BASE=http://localhost:$APP_PORT
PSQL="psql -X -q -h localhost -p $PG_PORT -U postgres -d kesos -v ON_ERROR_STOP=1"
GOAL_MS=150
mkdir -p "$WORK"

now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc -l | xargs printf '%.1f'; }
value() { $PSQL -t -A -c "$1"; }

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -r), $(java -version 2>&1 | head -1)"
echo "== load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

[ -f target/kesos-0.1.0-SNAPSHOT.jar ] || mvn -q -DskipTests package
REUSE=0
if [ "${KESOS_BENCH_REUSE:-0}" = 1 ] && [ -d "$DATA" ]; then REUSE=1; else rm -rf "$DATA"; fi
# shellcheck disable=SC2086 # KESOS_BENCH_APP_ARGS holds several arguments
java -Xmx"$HEAP" -jar target/kesos-0.1.0-SNAPSHOT.jar --kesos.data-dir="$DATA" \
  --kesos.embedded-port=$PG_PORT --server.port=$APP_PORT --kesos.demo=true ${KESOS_BENCH_APP_ARGS:-} \
  > "$WORK/case-app.log" 2>&1 &
APP=$!
trap 'status=$?; kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; exit $status' EXIT
until curl -fs "$BASE/actuator/health/readiness" > /dev/null; do
  kill -0 $APP 2>/dev/null || { echo "the application did not start, see $WORK/case-app.log"; exit 1; }
  sleep 1
done
echo "== application: heap -Xmx$HEAP, $(value "select version()" | cut -d' ' -f1-2)${KESOS_BENCH_APP_ARGS:+, arguments: $KESOS_BENCH_APP_ARGS}"

if [ $REUSE = 1 ] && [ "$(value "select count(*) from casework.case_file")" -gt 0 ]; then
  echo "== data of an earlier run reused ($DATA)"
else
  start=$(now)
  $PSQL -v cases="$CASES" -v sessions="$SESSIONS" -f bench/case-data.sql
  echo "== data written, vacuumed and analysed in $(elapsed "$start" "$(now)")s"
fi

echo "== rows and size (with indexes) per table:"
for table in casework.case_file casework.case_stage casework.case_member casework.stage_entry casework.case_event \
    casework.approval registry.person registry.person_service access.user_account; do
  printf '   %-28s %10s rows %10s\n' "$table" "$(value "select count(*) from $table")" \
    "$(value "select pg_size_pretty(pg_total_relation_size('$table'))")"
done
echo "   sessions (PELAKSANAAN records): $(value "select count(*) from casework.stage_entry where stage = 'PELAKSANAAN'")"
echo "   cases per unit (open/all): $(value "select string_agg(u.name || ' ' || o || '/' || n, ', ' order by n desc)
  from (select unit_id, count(*) filter (where status = 'OPEN') as o, count(*) as n from casework.case_file
         group by unit_id) c join access.org_unit u on u.id = c.unit_id")"

# The worklist of each demo worker (as WorklistQueries.ofMember finds it) and its cases with sessions.
worklist() {
  value "select c.id from casework.case_file c join access.user_account u on u.username = '$1'
          where c.status = 'OPEN' and c.id in (select case_id from casework.case_member where user_id = u.id)
          order by c.id" > "$WORK/case-ids-$1.txt"
  value "select c.id from casework.case_file c join access.user_account u on u.username = '$1'
           join casework.case_stage s on s.case_id = c.id and s.stage = 'PELAKSANAAN' and s.state <> 'NOT_STARTED'
          where c.status = 'OPEN' and c.id in (select case_id from casework.case_member where user_id = u.id)
          order by c.id" > "$WORK/case-ids-$1-sessions.txt"
  echo "   $1: $(value "select count(*) from casework.case_member m join access.user_account u on u.id = m.user_id
      where u.username = '$1'") cases in all, $(wc -l < "$WORK/case-ids-$1.txt") open in the worklist,"\
    "$(wc -l < "$WORK/case-ids-$1-sessions.txt") of them past the start of implementation;"\
    "per worklist case: sessions min/avg/max $(value "select min(n) || '/' || round(avg(n)) || '/' || max(n)
      from (select count(e.id) as n from unnest(string_to_array('$(paste -sd, "$WORK/case-ids-$1-sessions.txt")', ',')::bigint[]) i
            left join casework.stage_entry e on e.case_id = i and e.stage = 'PELAKSANAAN' group by i) x"),"\
    "timeline items min/avg/max $(value "select min(n) || '/' || round(avg(n)) || '/' || max(n)
      from (select (select count(*) from casework.case_event where case_id = i)
                 + (select count(*) from casework.stage_entry where case_id = i) as n
              from unnest(string_to_array('$(paste -sd, "$WORK/case-ids-$1.txt")', ',')::bigint[]) i) x")"
}
echo "== worklists:"
worklist peksos
worklist peksos2

echo "== latency, $COUNT requests a page after 100 of warm-up, pages in turn (ms; goal: p95 under $GOAL_MS ms):"
java bench/CasePages.java "$BASE" "$COUNT" kesos-demo $GOAL_MS \
  "my_cases,peksos,/cases?view=mine" \
  "case_page,peksos,/cases/{id},$WORK/case-ids-peksos.txt" \
  "stage_page,peksos,/cases/{id}/stages/pelaksanaan,$WORK/case-ids-peksos-sessions.txt" \
  "unit_cases,peksos,/cases?view=unit" \
  "small_my_cases,peksos2,/cases?view=mine" \
  "small_case_page,peksos2,/cases/{id},$WORK/case-ids-peksos2.txt" \
  "small_stage_page,peksos2,/cases/{id}/stages/pelaksanaan,$WORK/case-ids-peksos2-sessions.txt" \
  "small_unit_cases,peksos2,/cases?view=unit" \
  "floor_form_page,peksos,/cases/new" \
  "floor_health,-,/actuator/health"
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg);"\
  "peak resident memory of the application: $(awk '/VmHWM/ {printf "%.0f MiB", $2/1024}' /proc/$APP/status)"

# The busiest case of a worklist (most records) for the plans of one case.
busiest() {
  value "select i from unnest(string_to_array('$(paste -sd, "$WORK/case-ids-$1-sessions.txt")', ',')::bigint[]) i
    order by (select count(*) from casework.stage_entry where case_id = i) desc, i limit 1"
}
explain() {
  $PSQL -v user="$(value "select id from access.user_account where username = '$1'")" \
    -v units="{$(value "select unit_id from access.user_account where username = '$1'")}" -v case="$2" \
    -f bench/case-explain.sql
}
BUSY=$(busiest peksos)
BUSY2=$(busiest peksos2)
echo "== query execution times (EXPLAIN ANALYZE; peksos and its case $BUSY, peksos2 and its case $BUSY2):"
{ explain peksos "$BUSY"; echo "==== peksos2"; explain peksos2 "$BUSY2"; } > "$WORK/case-plans.txt"
awk '/^==== / {who = $2} /^== / {label = $2} /Execution Time/ {printf "   %-8s %-22s %8s ms\n", who ? who : "peksos", label, $3}' \
  "$WORK/case-plans.txt"
