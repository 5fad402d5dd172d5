-- Hibernate Search's outbox-polling coordination: the agents that process the outbox, and the outbox itself
-- (entity changes written in the same transaction as the entities; indexed asynchronously, retried, or ABORTED
-- after 3 failures). Schema as Hibernate Search 7 generates it for PostgreSQL.
create table HSEARCH_AGENT (
    assignedShardIndex integer,
    totalShardCount integer,
    expiration timestamp(6) with time zone not null,
    id uuid not null,
    name varchar(255) not null,
    state varchar(255) not null check ((state in ('RUNNING','WAITING','SUSPENDED'))),
    tenantId varchar(255),
    type varchar(255) not null check ((type in ('EVENT_PROCESSING_DYNAMIC_SHARDING','EVENT_PROCESSING_STATIC_SHARDING','MASS_INDEXING'))),
    payload bytea,
    primary key (id)
);

create table HSEARCH_OUTBOX_EVENT (
    entityIdHash integer not null,
    retries integer not null,
    processAfter timestamp(6) with time zone not null,
    id uuid not null,
    entityId varchar(256) not null,
    entityName varchar(256) not null,
    status varchar(255) not null check ((status in ('PENDING','ABORTED'))),
    tenantId varchar(255),
    payload bytea not null,
    primary key (id)
);
create index processAfter on HSEARCH_OUTBOX_EVENT (processAfter);
