-- People: employees of the sectors in transition (WORKER) and jobseekers (JOBSEEKER).
create table priority_group (
    code   varchar(40) primary key,
    label  varchar(200) not null,
    weight double precision not null check (weight >= 0),
    source varchar(300) not null
);

create sequence profile_seq start with 1 increment by 1;

create table profile (
    id                   bigint primary key,
    kind                 varchar(10) not null,
    first_name           varchar(100) not null,
    last_name            varchar(100) not null,
    email                varchar(200),
    sex                  varchar(1),
    birth_date           date,
    origin_naf_division  varchar(2) references naf_division (code),
    employer             varchar(200),
    current_rome_code    varchar(5) references metier (rome_code),
    home_commune_insee   varchar(5) not null references commune (insee_code),
    mobility_radius_km   integer not null check (mobility_radius_km between 0 and 300),
    available_from       date not null,
    jobseeker_since      date,
    wished_filiere       varchar(40),
    consent_date         date,
    created_at           timestamp(6) with time zone not null,
    updated_at           timestamp(6) with time zone not null,
    version              integer not null default 0
);
create index profile_commune_idx on profile (home_commune_insee);

create table profile_skill (
    profile_id bigint not null references profile (id) on delete cascade,
    skill_code integer not null references skill (code_ogr),
    level      smallint not null check (level between 1 and 3),
    primary key (profile_id, skill_code)
);

create table profile_priority_group (
    profile_id bigint not null references profile (id) on delete cascade,
    group_code varchar(40) not null references priority_group (code),
    primary key (profile_id, group_code)
);
