-- The DREETS FTJ envelope split into editable lines (ambition × year × département).
create table budget_line (
    code             varchar(40) primary key,
    label            varchar(300) not null,
    ambition         varchar(2) not null,
    year             integer,
    departement_code varchar(3) references departement (code),
    -- euros, as the programme gives them; rounding happens only in display
    amount_eur       bigint not null check (amount_eur >= 0),
    version          integer not null default 0
);
