-- CyberCaravane schema, part 3: how a caravan session runs.
--
-- Rounds: answer.round and hand_count.round are 0 for a quiz played once (or the "before" run of a
-- before/after session) and 1 for the "after" run of the same quiz by the same participants.
-- Weights: an answer stands for participant.team_size children (1 alone, 2-10 for a team on one device);
-- a hand_count row stands for its number of raised hands. Every statistic weights by them.

alter table caravan_session add column before_after boolean default false not null;
alter table caravan_session add column podium boolean default false not null;
alter table caravan_session add column updated_at timestamp with time zone;
-- The state of a live run, kept in the database so a restarted laptop resumes at the same question.
-- live_phase: WAITING (lobby), QUESTION (answers open), REVEALED (answer and explanation shown), FINISHED.
alter table caravan_session add column live_quiz_id varchar(100);
alter table caravan_session add column live_round smallint;
alter table caravan_session add column live_position integer;
alter table caravan_session add column live_phase varchar(12);

create index caravan_session_region on caravan_session (region_code, starts_at);
create index caravan_session_facilitator on caravan_session (facilitator_id);

-- Show of hands: with no devices at all, the facilitator types how many hands went up for each choice.
-- One row per (session, quiz, round, question, choice); typing again corrects the count (same row, same id).
create table hand_count (
    id uuid primary key,
    installation_id uuid not null,
    session_id uuid not null references caravan_session (id),
    quiz_id varchar(100) not null,
    quiz_version integer not null,
    question_id varchar(100) not null,
    round smallint not null,
    choice_id varchar(100) not null,
    correct boolean not null,
    hands integer not null,
    age_band varchar(10) not null,
    language varchar(3) not null,
    recorded_at timestamp with time zone not null,
    foreign key (quiz_id, quiz_version) references quiz_version (quiz_id, version),
    constraint hand_count_once unique (session_id, quiz_id, round, question_id, choice_id),
    constraint hand_count_positive check (hands >= 0)
);
create index hand_count_session on hand_count (session_id);
