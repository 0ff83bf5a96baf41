-- A submission may name up to 20 topics of up to 80 characters: more than the old column held.
alter table session_feedback alter column useful_topics type text;
