-- A person says a session interests them (demandeur pages); counsellors see it on the person's file.
create table session_interest (
    profile_id bigint not null references profile (id) on delete cascade,
    session_id bigint not null references training_session (id) on delete cascade,
    created_at timestamp(6) with time zone not null default now(),
    primary key (profile_id, session_id)
);
create index session_interest_session_idx on session_interest (session_id);
