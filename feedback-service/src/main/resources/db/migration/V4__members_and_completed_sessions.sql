-- Who is who: participants of every programme, from upward.participants.v1, so that a
-- member can be recognised by the employee id in their token. employee_id is emptied when
-- the person is erased; the row stays so that a repeated enrolment cannot link them again.
create table participant_ref (
    participant_id uuid primary key,
    program_id     uuid        not null,
    employee_id    varchar(64),
    role           varchar(10) not null
);
create index participant_ref_by_employee on participant_ref (employee_id);

-- Mentorships and their members, from upward.mentorships.v1.
create table mentorship_ref (
    mentorship_id         uuid primary key,
    match_id              uuid        not null,
    program_id            uuid        not null,
    mentor_participant_id uuid        not null,
    mentee_participant_id uuid        not null,
    started_at            timestamptz not null
);
create index mentorship_ref_by_mentor on mentorship_ref (mentor_participant_id);
create index mentorship_ref_by_mentee on mentorship_ref (mentee_participant_id);

-- Sessions that took place. A completed session of a known mentorship is a feedback request
-- to each of its two members until they answer it.
create table completed_session (
    session_id    uuid primary key,
    mentorship_id uuid        not null,
    program_id    uuid        not null,
    completed_at  timestamptz not null
);
create index completed_session_by_mentorship on completed_session (mentorship_id);

-- Feedback is now tied to a completed session and to the member who gave it, identified by
-- employee id. Rows written before sessions existed name neither a real session nor an
-- employee, so nobody could ever read them again and no aggregate could place them.
delete from session_feedback;
alter table session_feedback
    drop constraint one_feedback_per_author_and_session,
    drop column author_subject,
    add column mentorship_id      uuid        not null,
    add column program_id         uuid        not null,
    add column participant_id     uuid        not null,
    add column author_employee_id varchar(64),
    add column role               varchar(10) not null,
    add column updated_at         timestamptz,
    add column version            bigint      not null default 0,
    add constraint one_feedback_per_member_and_session unique (session_id, participant_id);
create index session_feedback_by_author on session_feedback (author_employee_id);
create index session_feedback_by_program on session_feedback (program_id);
