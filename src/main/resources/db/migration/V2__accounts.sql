-- Organizer accounts: admin (national), regional coordinator (one region), facilitator (own sessions).
-- Children and parents never have accounts.
create table app_user (
    id uuid primary key,
    username varchar(60) not null unique,
    display_name varchar(120) not null,
    password_hash varchar(200) not null,
    role varchar(20) not null,
    region_code varchar(2) references region (code),
    enabled boolean not null,
    failed_logins integer not null default 0,
    locked_until timestamp with time zone,
    created_at timestamp with time zone not null
);

alter table caravan_session add column facilitator_id uuid references app_user (id);
