-- The topic library: reverse-mentoring subjects with questions that open a session.
create table topic (
    id                  uuid primary key,
    slug                varchar(80)  not null unique,
    title               varchar(200) not null,
    description         varchar(2000) not null,
    suggested_questions text         not null,
    created_at          timestamptz  not null
);

-- What session-service knows of programmes: their dates bound every session.
create table program_calendar (
    program_id uuid primary key,
    name       varchar(200) not null,
    starts_on  date,
    ends_on    date
);

insert into topic (id, slug, title, description, suggested_questions, created_at) values
('7f0c6a0e-0b0a-4a57-9d7a-0d7f3c1a0001', 'digital-tools', 'Digital tools and workflows',
 'Collaboration suites, automation and the everyday tools junior colleagues take for granted.',
 'Which tool saves you the most time each week?|What do you wish leaders used differently?', now()),
('7f0c6a0e-0b0a-4a57-9d7a-0d7f3c1a0002', 'social-media', 'Social media and personal brand',
 'How customers and candidates meet the company online, and how leaders can show up there.',
 'Which platforms do our customers really use?|What makes a leader''s post credible?', now()),
('7f0c6a0e-0b0a-4a57-9d7a-0d7f3c1a0003', 'ai', 'AI in daily work',
 'Generative AI assistants, their limits, and responsible use in the team.',
 'Where has an AI assistant helped or misled you?|What should our AI guidelines say?', now()),
('7f0c6a0e-0b0a-4a57-9d7a-0d7f3c1a0004', 'dei-lived-experience', 'Inclusion and lived experience',
 'What it is like to work here for people leaders rarely hear from.',
 'When did you last feel you did not belong here?|What would make speaking up easier?', now()),
('7f0c6a0e-0b0a-4a57-9d7a-0d7f3c1a0005', 'remote-hybrid', 'Remote and hybrid work',
 'Rituals, tools and expectations of distributed teams.',
 'What makes a hybrid meeting work for you?|Which office habits feel outdated?', now()),
('7f0c6a0e-0b0a-4a57-9d7a-0d7f3c1a0006', 'sustainability', 'Sustainability',
 'Climate and social expectations of younger employees and customers.',
 'Which of our practices would you change first?|How do friends judge an employer''s record?', now()),
('7f0c6a0e-0b0a-4a57-9d7a-0d7f3c1a0007', 'generational-expectations', 'Expectations of younger colleagues',
 'Careers, feedback, purpose and flexibility as early-career employees see them.',
 'What kind of feedback helps you grow?|Why do people your age leave a job?', now()),
('7f0c6a0e-0b0a-4a57-9d7a-0d7f3c1a0008', 'customer-expectations', 'Expectations of younger customers',
 'How younger customers discover, compare and judge products and services.',
 'How did you choose the last service you signed up for?|What makes you trust a brand?', now());
