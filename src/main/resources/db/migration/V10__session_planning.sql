-- Session planning: sites are edited after creation (kept in step across installations by updated_at),
-- listed per region; sessions are listed per site.
alter table site add column updated_at timestamp with time zone;
create index site_region on site (region_code, city);
create index caravan_session_site on caravan_session (site_id);
