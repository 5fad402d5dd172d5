-- The match score the plan used for the person and their session, stored with the assignment: a person's page shows
-- it without reading the whole instance (megabytes for a large cohort) at each visit.
alter table plan_assignment add column match_score numeric;

-- Plans solved before: the score read back from each scenario's instance, once.
update plan_assignment a set match_score = o.score
from (select s.id as scenario_id, c ->> 'id' as candidate_id, opt ->> 'session' as session_id,
             (opt ->> 'score')::numeric as score
      from plan_scenario s
      cross join lateral jsonb_array_elements(s.instance_json::jsonb -> 'candidates') c
      cross join lateral jsonb_array_elements(c -> 'options') opt
      where s.id in (select scenario_id from plan_assignment)) o
where a.scenario_id = o.scenario_id and a.candidate_id = o.candidate_id and a.session_id = o.session_id;
