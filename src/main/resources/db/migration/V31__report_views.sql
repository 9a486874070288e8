-- Reports, part 2: show-of-hands counts shaped like the running totals of V30, so that they are in every figure.
-- A hand_count row stands for its raised hands (mode HANDS). Hand counts are few (one row per choice of a question
-- of a session), so they are read live. The report_item / report_choice / report_participation views put devices and
-- hands together; the dashboard queries read the tables and these views branch by branch (faster on H2).

-- Right/wrong per question and round.
create view report_hand_item as
select h.session_id as session_key, cast(h.recorded_at as date) as local_day, h.quiz_id, h.quiz_version, h.question_id,
       coalesce(q.topic, v.topic) as topic, h.round, h.age_band, 'HANDS' as mode,
       h.hands as responses, case when h.correct then h.hands else 0 end as correct_responses,
       h.hands as children, case when h.correct then h.hands else 0 end as correct_children
from hand_count h
join quiz_version v on v.quiz_id = h.quiz_id and v.version = h.quiz_version
left join quiz_question q on q.quiz_id = h.quiz_id and q.version = h.quiz_version and q.question_id = h.question_id;

-- One choice of a question, with its raised hands.
create view report_hand_choice as
select h.session_id as session_key, cast(h.recorded_at as date) as local_day, h.quiz_id, h.quiz_version, h.question_id,
       coalesce(q.topic, v.topic) as topic, h.round, h.age_band, h.choice_id as choice_ids, h.correct,
       h.hands as responses, h.hands as children
from hand_count h
join quiz_version v on v.quiz_id = h.quiz_id and v.version = h.quiz_version
left join quiz_question q on q.quiz_id = h.quiz_id and q.version = h.quiz_version and q.question_id = h.question_id
where h.hands > 0;

-- A show-of-hands run (a quiz in a session, per age band): its headcount is the largest total of hands over its
-- questions; before and after rounds of the same quiz are the same children, counted once.
create view report_hand_run as
select r.session_id as session_key, min(r.local_day) as local_day, r.quiz_id, max(r.topic) as topic, r.age_band,
       'HANDS' as mode, cast(1 as bigint) as participants, max(r.hands) as children
from (select h.session_id, min(cast(h.recorded_at as date)) as local_day, h.quiz_id, max(v.topic) as topic, h.age_band,
             h.round, h.question_id, sum(h.hands) as hands
      from hand_count h
      join quiz_version v on v.quiz_id = h.quiz_id and v.version = h.quiz_version
      group by h.session_id, h.quiz_id, h.age_band, h.round, h.question_id) r
group by r.session_id, r.quiz_id, r.age_band;

create view report_item as
select session_key, local_day, quiz_id, quiz_version, question_id, topic, round, age_band, mode,
       responses, correct_responses, children, correct_children
from report_item_fact
union all
select session_key, local_day, quiz_id, quiz_version, question_id, topic, round, age_band, mode,
       responses, correct_responses, children, correct_children
from report_hand_item;

create view report_choice as
select session_key, local_day, quiz_id, quiz_version, question_id, topic, round, age_band, 'DEVICES' as source,
       choice_ids, correct, responses, children
from report_choice_fact
union all
select session_key, local_day, quiz_id, quiz_version, question_id, topic, round, age_band, 'HANDS',
       choice_ids, correct, responses, children
from report_hand_choice;

create view report_participation as
select session_key, local_day, quiz_id, topic, age_band, mode, participants, children
from report_participant_fact
union all
select session_key, local_day, quiz_id, topic, age_band, mode, participants, children
from report_hand_run;
