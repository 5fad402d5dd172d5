-- The prerequisites a programme checks, as ROME skill items: a person is an option for its sessions only when they
-- master every one. training_programme.prerequisites keeps the organisation's own wording for people to read.
create table programme_prerequisite (
    programme_id bigint not null references training_programme (id) on delete cascade,
    skill_code   integer not null references skill (code_ogr),
    primary key (programme_id, skill_code)
);
