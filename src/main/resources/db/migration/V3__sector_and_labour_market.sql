-- NAF sectors and labour-market demand signals.
create table naf_division (
    code     varchar(2) primary key,
    label    varchar(300) not null,
    -- the three "most polluting" sectors of the FTJ: 20 chimie, 23 minéraux non métalliques, 24 métallurgie
    affected boolean not null
);

create table naf_subclass (
    code          varchar(5) primary key,
    label         varchar(300) not null,
    division_code varchar(2) not null references naf_division (code)
);

-- ROME ↔ NAF sub-class weighted by observed hirings (national); ROME codes are v3 (the 532 parent fiches).
create table rome_naf_hiring (
    rome_code  varchar(5) not null,
    naf_code   varchar(5) not null references naf_subclass (code),
    hirings    integer not null,
    primary key (rome_code, naf_code)
);

-- Tension indicators per ROME and France Travail bassin (2021).
create table demand_signal (
    year               integer not null,
    rome_code          varchar(5) not null,
    bassin_emploi_code varchar(4) not null references bassin_emploi (code),
    offers             double precision not null,
    jobseekers         double precision not null,
    tension_index      integer,
    primary key (year, rome_code, bassin_emploi_code)
);

-- Job offers open on one day per commune and ROME (duplicate rows of the source are summed; one source
-- commune merged since 2022 has no row in commune, hence no foreign key).
create table job_offer_count (
    commune_insee varchar(5) not null,
    rome_code     varchar(5) not null,
    offers        integer not null,
    extract_date  date not null,
    primary key (commune_insee, rome_code, extract_date)
);

create table jobseekers_by_sector (
    bassin_emploi_code varchar(4) not null references bassin_emploi (code),
    sector_label       varchar(200) not null,
    jobseekers         integer not null,
    primary key (bassin_emploi_code, sector_label)
);
