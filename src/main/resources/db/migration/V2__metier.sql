-- ROME v4.60: métiers, arborescence, skills, links and passerelles.
create table grand_domaine (
    code  varchar(1) primary key,
    label varchar(200) not null
);

create table domaine_professionnel (
    code               varchar(3) primary key,
    label              varchar(200) not null,
    grand_domaine_code varchar(1) not null references grand_domaine (code)
);

create table metier (
    rome_code        varchar(5) primary key,
    label            varchar(200) not null,
    domaine_code     varchar(3) not null references domaine_professionnel (code),
    parent_rome_code varchar(5) not null,
    transition       varchar(20) not null,
    riasec_major     varchar(1),
    riasec_minor     varchar(1),
    definition       varchar(4000)
);
create index metier_parent_idx on metier (parent_rome_code);

create table appellation (
    code_ogr    integer primary key,
    label       varchar(300) not null,
    short_label varchar(300) not null,
    rome_code   varchar(5) not null references metier (rome_code),
    principal   boolean not null
);
create index appellation_rome_idx on appellation (rome_code);

-- One table for the three kinds of ROME items a fiche links to: compétences (savoir-faire, savoir-être),
-- savoirs, and work contexts.
create table skill (
    code_ogr       integer primary key,
    label          varchar(400) not null,
    kind           varchar(20) not null,
    category       varchar(200),
    macro_code_ogr integer
);

create table metier_skill (
    rome_code  varchar(5) not null references metier (rome_code),
    skill_code integer not null references skill (code_ogr),
    -- "cœur de métier": PRINCIPAL, EMERGENT or NONE
    core       varchar(10) not null,
    primary key (rome_code, skill_code)
);
create index metier_skill_skill_idx on metier_skill (skill_code);

create table passerelle (
    from_rome_code varchar(5) not null references metier (rome_code),
    to_rome_code   varchar(5) not null references metier (rome_code),
    rank           integer not null,
    primary key (from_rome_code, to_rome_code)
);

-- The target-métier catalogue of the FTJ filières (our own selection of real ROME codes).
create table target_metier (
    rome_code          varchar(5) primary key references metier (rome_code),
    filiere            varchar(40) not null,
    family             varchar(120) not null,
    reason             varchar(400) not null,
    demand_territories varchar(300) not null,
    origin_sectors     varchar(40) not null
);
