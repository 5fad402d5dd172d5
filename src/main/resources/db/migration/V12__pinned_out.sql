-- A counsellor may pin someone out of a plan (no session): the assignment row then has no session.
alter table plan_assignment alter column session_id drop not null;
