-- Reports, part 2: one view per kind of figure, so that show-of-hands counts are in every figure.
-- A hand_count row stands for its number of raised hands (mode HANDS). Hand counts are few (one row per choice
-- of a question of a session), so they are read live; device answers come from the running totals of V30.

-- Right/wrong per question: device answers (weighted by team size) and raised hands.
create view report_item as
select f.session_key, f.local_day, f.quiz_id, f.quiz_version, f.question_id, f.topic, f.round, f.age_band, f.mode,
       f.responses, f.correct_responses, f.children, f.correct_children
from report_item_fact f
union all
select h.session_id, cast(min(h.recorded_at) as date), h.quiz_id, h.quiz_version, h.question_id,
       coalesce(max(q.topic), max(v.topic)), h.round, h.age_band, 'HANDS',
       sum(h.hands), sum(case when h.correct then h.hands else 0 end),
       sum(h.hands), sum(case when h.correct then h.hands else 0 end)
from hand_count h
join quiz_version v on v.quiz_id = h.quiz_id and v.version = h.quiz_version
left join quiz_question q on q.quiz_id = h.quiz_id and q.version = h.quiz_version and q.question_id = h.question_id
group by h.session_id, h.quiz_id, h.quiz_version, h.question_id, h.round, h.age_band;

-- What was answered: the set of choices of a device answer, or one choice of a show of hands.
create view report_choice as
select f.session_key, f.local_day, f.quiz_id, f.quiz_version, f.question_id, f.topic, f.round, f.age_band,
       'DEVICES' as source, f.choice_ids, f.correct, f.responses, f.children
from report_choice_fact f
union all
select h.session_id, cast(h.recorded_at as date), h.quiz_id, h.quiz_version, h.question_id,
       coalesce(q.topic, v.topic), h.round, h.age_band, 'HANDS', h.choice_id, h.correct, h.hands, h.hands
from hand_count h
join quiz_version v on v.quiz_id = h.quiz_id and v.version = h.quiz_version
left join quiz_question q on q.quiz_id = h.quiz_id and q.version = h.quiz_version and q.question_id = h.question_id
where h.hands > 0;

-- Who took part: devices (a team counts its size) and show-of-hands runs. A run's headcount is the largest total of
-- hands over its questions (before and after rounds of the same quiz are the same children, counted once).
create view report_participation as
select f.session_key, f.local_day, f.quiz_id, f.topic, f.age_band, f.mode, f.participants, f.children
from report_participant_fact f
union all
select r.session_id, min(r.local_day), r.quiz_id, max(r.topic), r.age_band, 'HANDS', cast(1 as bigint), max(r.hands)
from (select h.session_id, min(cast(h.recorded_at as date)) as local_day, h.quiz_id, max(v.topic) as topic, h.age_band,
             h.round, h.question_id, sum(h.hands) as hands
      from hand_count h
      join quiz_version v on v.quiz_id = h.quiz_id and v.version = h.quiz_version
      group by h.session_id, h.quiz_id, h.age_band, h.round, h.question_id) r
group by r.session_id, r.quiz_id, r.age_band;
