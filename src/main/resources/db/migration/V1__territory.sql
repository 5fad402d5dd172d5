-- Territories. INSEE zones d'emploi and France Travail bassins d'emploi share a 4-digit code format
-- but are two different code systems: they live in two tables and are never joined on each other.
create table departement (
    code varchar(3) primary key,
    name varchar(80) not null
);

create table zone_emploi (
    code  varchar(4) primary key,
    label varchar(120) not null
);

create table bassin_emploi (
    code  varchar(4) primary key,
    label varchar(120) not null
);

create table commune (
    insee_code         varchar(5) primary key,
    name               varchar(120) not null,
    departement_code   varchar(3) not null references departement (code),
    postcodes          varchar(200) not null,
    latitude           double precision not null,
    longitude          double precision not null,
    zone_emploi_code   varchar(4) not null references zone_emploi (code),
    bassin_emploi_code varchar(4) not null references bassin_emploi (code),
    -- Mission Bassin Minier perimeter (330 communes), and its approximate mining core (centroid in the MBM contour)
    bassin_minier      boolean not null default false,
    bassin_minier_core boolean not null default false
);
create index commune_departement_idx on commune (departement_code);
create index commune_bassin_idx on commune (bassin_emploi_code);

-- Which reference file was loaded, with its content hash: loading is idempotent per file.
create table reference_dataset (
    name       varchar(200) primary key,
    sha256     varchar(64) not null,
    row_count  integer not null,
    loaded_at  timestamp(6) with time zone not null
);
