-- CyberCaravane schema, part 1: reference data, content versions, sessions, participants and answers.
-- Records that are born on a caravan laptop carry a UUID made where they are born and the id of the
-- installation that made them, so many laptops' results merge into one database by idempotent upsert.

create table installation (
    id uuid primary key,
    created_at timestamp with time zone not null
);

create table region (
    code varchar(2) primary key,
    name_fr varchar(100) not null,
    name_ar varchar(100) not null,
    name_en varchar(100) not null,
    seat varchar(100) not null
);

insert into region (code, name_fr, name_ar, name_en, seat) values ('01', 'Tanger-Tétouan-Al Hoceïma', 'طنجة - تطوان - الحسيمة', 'Tangier-Tetouan-Al Hoceima', 'Tanger');
insert into region (code, name_fr, name_ar, name_en, seat) values ('02', 'L''Oriental', 'الشرق', 'Oriental', 'Oujda');
insert into region (code, name_fr, name_ar, name_en, seat) values ('03', 'Fès-Meknès', 'فاس - مكناس', 'Fez-Meknes', 'Fès');
insert into region (code, name_fr, name_ar, name_en, seat) values ('04', 'Rabat-Salé-Kénitra', 'الرباط - سلا - القنيطرة', 'Rabat-Sale-Kenitra', 'Rabat');
insert into region (code, name_fr, name_ar, name_en, seat) values ('05', 'Béni Mellal-Khénifra', 'بني ملال - خنيفرة', 'Beni Mellal-Khenifra', 'Béni Mellal');
insert into region (code, name_fr, name_ar, name_en, seat) values ('06', 'Casablanca-Settat', 'الدار البيضاء - سطات', 'Casablanca-Settat', 'Casablanca');
insert into region (code, name_fr, name_ar, name_en, seat) values ('07', 'Marrakech-Safi', 'مراكش - آسفي', 'Marrakesh-Safi', 'Marrakech');
insert into region (code, name_fr, name_ar, name_en, seat) values ('08', 'Drâa-Tafilalet', 'درعة - تافيلالت', 'Draa-Tafilalet', 'Errachidia');
insert into region (code, name_fr, name_ar, name_en, seat) values ('09', 'Souss-Massa', 'سوس - ماسة', 'Souss-Massa', 'Agadir');
insert into region (code, name_fr, name_ar, name_en, seat) values ('10', 'Guelmim-Oued Noun', 'كلميم - واد نون', 'Guelmim-Oued Noun', 'Guelmim');
insert into region (code, name_fr, name_ar, name_en, seat) values ('11', 'Laâyoune-Sakia El Hamra', 'العيون - الساقية الحمراء', 'Laayoune-Sakia El Hamra', 'Laâyoune');
insert into region (code, name_fr, name_ar, name_en, seat) values ('12', 'Dakhla-Oued Ed-Dahab', 'الداخلة - وادي الذهب', 'Dakhla-Oued Ed-Dahab', 'Dakhla');

-- Every quiz version ever loaded: answers point at (quiz_id, version); the hash stops silent re-pointing.
create table quiz_version (
    quiz_id varchar(100) not null,
    version integer not null,
    content_hash varchar(64) not null,
    band varchar(10) not null,
    topic varchar(20) not null,
    title_fr varchar(300) not null,
    first_loaded_at timestamp with time zone not null,
    primary key (quiz_id, version)
);

create table quiz_question (
    quiz_id varchar(100) not null,
    version integer not null,
    question_id varchar(100) not null,
    position integer not null,
    topic varchar(20) not null,
    kind varchar(12) not null,
    correct_choices varchar(400) not null,
    primary key (quiz_id, version, question_id),
    foreign key (quiz_id, version) references quiz_version (quiz_id, version)
);

create table site (
    id uuid primary key,
    installation_id uuid not null,
    name varchar(200) not null,
    kind varchar(20) not null,
    city varchar(100) not null,
    region_code varchar(2) not null references region (code),
    host_organization varchar(200),
    created_at timestamp with time zone not null
);

create table caravan_session (
    id uuid primary key,
    installation_id uuid not null,
    site_id uuid references site (id),
    region_code varchar(2) references region (code),
    starts_at timestamp with time zone not null,
    audience varchar(100) not null,
    mode varchar(12) not null,
    status varchar(10) not null,
    join_code varchar(8),
    notes varchar(2000),
    created_at timestamp with time zone not null,
    opened_at timestamp with time zone,
    closed_at timestamp with time zone
);
create index caravan_session_code on caravan_session (join_code);

create table session_quiz (
    session_id uuid not null references caravan_session (id),
    quiz_id varchar(100) not null,
    position integer not null,
    primary key (session_id, quiz_id)
);

-- A child (or a team on one device): no name, only a generated nickname, an age band and a language.
-- The token that lets a device resume is kept only as a SHA-256 hash.
create table participant (
    id uuid primary key,
    installation_id uuid not null,
    token_hash varchar(64) not null unique,
    session_id uuid references caravan_session (id),
    quiz_id varchar(100) not null,
    nickname varchar(60) not null,
    age_band varchar(10) not null,
    language varchar(3) not null,
    mode varchar(10) not null,
    team_size integer not null,
    created_at timestamp with time zone not null
);
create index participant_session on participant (session_id);

-- One row per answer; the unique key makes a retried or duplicated answer impossible.
create table answer (
    id uuid primary key,
    installation_id uuid not null,
    participant_id uuid not null references participant (id),
    session_id uuid references caravan_session (id),
    quiz_id varchar(100) not null,
    quiz_version integer not null,
    question_id varchar(100) not null,
    round smallint not null,
    choice_ids varchar(400) not null,
    correct boolean not null,
    time_ms integer not null,
    answered_at timestamp with time zone not null,
    foreign key (quiz_id, quiz_version) references quiz_version (quiz_id, version),
    constraint answer_once unique (participant_id, quiz_id, round, question_id)
);
create index answer_session on answer (session_id);
create index answer_quiz on answer (quiz_id, quiz_version, question_id);

-- "I need help" pressed: an anonymous count, nothing about the child.
create table help_request (
    id uuid primary key,
    installation_id uuid not null,
    session_id uuid references caravan_session (id),
    created_at timestamp with time zone not null
);
create index help_request_session on help_request (session_id);
