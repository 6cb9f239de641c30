-- The SQL behind the case pages, as the application sends it (WorklistQueries, CaseTable), run
-- with EXPLAIN (ANALYZE, BUFFERS) for one user and one case. Keep it in step with those classes.
--
--   psql ... -v user=ID -v units='{2}' -v case=ID -f bench/case-explain.sql
--
-- Each plan is preceded by a line "== label"; case-pages.sh prints each label with its execution time.
\set ON_ERROR_STOP on
\set lines 'select c.id, c.case_number, c.person_id, c.current_stage, c.status, c.sensitive, c.opened_at, c.stage_since, s.state as current_state, r.full_name as responsible, exists (select from casework.case_member t where t.case_id = c.id and t.user_id = ' :user ') as member, (c.current_stage = ''PELAKSANAAN'' and s.state = ''IN_PROGRESS'' and greatest(s.started_at::date, (select max(e.entry_date) from casework.stage_entry e where e.case_id = c.id and e.stage = ''PELAKSANAAN'')) < current_date - 14) as no_recent_session, exists (select from casework.case_stage a where a.case_id = c.id and a.stage = ''ASESMEN'' and a.state = ''IN_PROGRESS'' and a.started_at < now() - interval ''14 days'') as assessment_overdue, exists (select from casework.approval p where p.case_id = c.id and p.decision is null and p.requested_at < now() - interval ''3 days'') as approval_waiting, (c.current_stage = ''PASCA'' and s.state = ''IN_PROGRESS'' and (select cast(v.data ->> ''next_visit_date'' as date) from casework.stage_entry v where v.case_id = c.id and v.stage = ''PASCA'' order by v.entry_date desc, v.id desc limit 1) < current_date) as visit_overdue from casework.case_file c join casework.case_stage s on s.case_id = c.id and s.stage = c.current_stage left join lateral (select m.full_name from casework.case_member m where m.case_id = c.id and m.team_role = ''RESPONSIBLE'' order by m.full_name limit 1) r on true'

\echo == worklist_mine (WorklistQueries.ofMember)
explain (analyze, buffers) :lines
 where c.status = 'OPEN' and c.unit_id = any(:'units'::bigint[])
   and c.id in (select m.case_id from casework.case_member m where m.user_id = :user)
 order by c.stage_since, c.id;

\echo == worklist_unit_page1 (WorklistQueries.ofUnits)
explain (analyze, buffers) :lines
 where c.unit_id = any(:'units'::bigint[]) and (not false or c.status = 'OPEN')
 order by c.status desc, c.opened_at desc, c.id desc
 offset 0 limit 25;

\echo == worklist_unit_count (WorklistQueries.countOfUnits)
explain (analyze, buffers) select count(*) from casework.case_file c
 where c.unit_id = any(:'units'::bigint[]) and (not false or c.status = 'OPEN');

\echo == caseload (WorklistQueries.caseload)
explain (analyze, buffers)
select m.user_id, m.full_name, count(*) as open_cases,
       count(*) filter (where m.team_role = 'RESPONSIBLE') as responsible,
       count(*) filter (where exists (select from casework.approval p
                                       where p.case_id = c.id and p.decision is null)) as awaiting
  from casework.case_member m
  join casework.case_file c on c.id = m.case_id
 where c.status = 'OPEN' and c.unit_id = any(:'units'::bigint[])
 group by m.user_id, m.full_name
 order by open_cases desc, m.full_name;

\echo == case_team (CaseTable.team)
explain (analyze, buffers) select * from casework.case_member where case_id = :case
 order by case team_role when 'RESPONSIBLE' then 0 when 'SUPERVISOR' then 1 else 2 end, full_name;

\echo == case_stages (CaseTable.stages)
explain (analyze, buffers) select * from casework.case_stage where case_id = :case;

\echo == case_timeline (CaseTable.timeline)
explain (analyze, buffers)
select at, actor, kind, stage, note from casework.case_event where case_id = :case
union all
select cast(entry_date as timestamp) at time zone 'UTC', created_by, 'ENTRY', stage, null
  from casework.stage_entry where case_id = :case
order by at, kind;

\echo == stage_entries (CaseTable.entries, PELAKSANAAN)
explain (analyze, buffers) select * from casework.stage_entry where case_id = :case and stage = 'PELAKSANAAN'
 order by entry_date, id;

\echo == stage_approvals (CaseTable.approvals)
explain (analyze, buffers) select * from casework.approval where case_id = :case order by requested_at, id;
