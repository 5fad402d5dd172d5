-- Cohorts chosen by counsellors, planning scenarios (solver jobs), their assignments, and enrolments.
create table cohort (
    id         bigserial primary key,
    name       varchar(200) not null,
    created_at timestamp(6) with time zone not null
);

create table cohort_member (
    cohort_id  bigint not null references cohort (id) on delete cascade,
    profile_id bigint not null references profile (id) on delete cascade,
    primary key (cohort_id, profile_id)
);

-- A scenario is one planning problem (the shared instance format, frozen at creation) and its solve.
create table plan_scenario (
    id               bigserial primary key,
    name             varchar(200) not null,
    cohort_id        bigint references cohort (id) on delete set null,
    parent_id        bigint references plan_scenario (id) on delete set null,
    -- WAITING, SOLVING, DONE, FAILED, INTERRUPTED
    status           varchar(12) not null,
    instance_json    text not null,
    instance_hash    varchar(64) not null,
    seconds_limit    integer not null,
    solver_version   varchar(40),
    termination      varchar(200),
    objective        double precision,
    hard_score       bigint,
    progress_json    text,
    error_message    varchar(2000),
    created_at       timestamp(6) with time zone not null,
    started_at       timestamp(6) with time zone,
    ended_at         timestamp(6) with time zone,
    published_at     timestamp(6) with time zone,
    version          integer not null default 0
);

create table plan_assignment (
    scenario_id  bigint not null references plan_scenario (id) on delete cascade,
    candidate_id varchar(40) not null,
    session_id   varchar(40) not null,
    pinned       boolean not null default false,
    primary key (scenario_id, candidate_id)
);

-- A seat taken in a session, by a published plan or a manual enrolment. Seats and money are checked under
-- row locks on the session and the budget line (see PublicationService).
create table enrolment (
    id               bigserial primary key,
    session_id       bigint not null references training_session (id),
    profile_id       bigint not null references profile (id) on delete cascade,
    scenario_id      bigint references plan_scenario (id) on delete set null,
    budget_line_code varchar(40) not null references budget_line (code),
    cost_eur         integer not null check (cost_eur >= 0),
    created_at       timestamp(6) with time zone not null,
    unique (session_id, profile_id)
);
create index enrolment_session_idx on enrolment (session_id);
create index enrolment_line_idx on enrolment (budget_line_code);
create unique index enrolment_one_per_person on enrolment (profile_id);
