-- RNCP certifications and the training offer.
create table rncp_certification (
    code   varchar(20) primary key,
    title  varchar(1000) not null,
    level  varchar(20),
    type   varchar(200),
    active boolean not null
);

-- ROME v3 codes, or a domain prefix (e.g. H12) for domain-level links: no foreign key on purpose.
create table rncp_rome (
    rncp_code varchar(20) not null references rncp_certification (code),
    rome_code varchar(5) not null,
    primary key (rncp_code, rome_code)
);

create table training_organisation (
    id    bigserial primary key,
    name  varchar(200) not null,
    siret varchar(14) not null unique
);

create table training_site (
    id              bigserial primary key,
    organisation_id bigint not null references training_organisation (id),
    name            varchar(200) not null,
    commune_insee   varchar(5) not null references commune (insee_code)
);
create index training_site_org_idx on training_site (organisation_id);

create table training_programme (
    id                bigserial primary key,
    organisation_id   bigint not null references training_organisation (id),
    title             varchar(300) not null,
    target_rome_code  varchar(5) not null references metier (rome_code),
    hours             integer not null check (hours > 0),
    rncp_code         varchar(20) references rncp_certification (code),
    prerequisites     varchar(1000)
);
create index training_programme_org_idx on training_programme (organisation_id);

create table programme_skill (
    programme_id bigint not null references training_programme (id) on delete cascade,
    skill_code   integer not null references skill (code_ogr),
    primary key (programme_id, skill_code)
);

create table training_session (
    id                  bigserial primary key,
    programme_id        bigint not null references training_programme (id),
    site_id             bigint not null references training_site (id),
    start_date          date not null,
    end_date            date not null,
    capacity            integer not null check (capacity >= 1),
    min_cohort          integer not null check (min_cohort >= 0),
    cost_per_trainee_eur integer not null check (cost_per_trainee_eur >= 0),
    budget_line_code    varchar(40) not null references budget_line (code),
    version             integer not null default 0,
    check (end_date >= start_date),
    check (min_cohort <= capacity)
);
create index training_session_programme_idx on training_session (programme_id);
create index training_session_start_idx on training_session (start_date);
