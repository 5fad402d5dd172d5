-- Who a login is, for the application: a Keycloak account (by username) linked to the organisation it acts for
-- (role organisme) or to the one profile it owns (role demandeur). Counsellors need no link.
create table account_link (
    username        varchar(100) primary key,
    organisation_id bigint references training_organisation (id) on delete cascade,
    profile_id      bigint unique references profile (id) on delete cascade,
    created_at      timestamp(6) with time zone not null default now(),
    check (organisation_id is null or profile_id is null)
);

-- One row per access to a person's file and per plan publication: who, what, when. Never profile fields:
-- the subject is an identifier, so erasing the person leaves only an id that points nowhere.
create table audit_event (
    id           bigserial primary key,
    occurred_at  timestamp(6) with time zone not null default now(),
    actor        varchar(100) not null,
    actor_role   varchar(20),
    action       varchar(40) not null,
    subject_type varchar(20) not null,
    subject_id   varchar(40) not null
);
create index audit_event_subject_idx on audit_event (subject_type, subject_id);
create index audit_event_time_idx on audit_event (occurred_at);
