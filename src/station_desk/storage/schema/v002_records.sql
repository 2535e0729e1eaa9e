-- Records: psychological files, sessions, the follow-up loop, station work.
CREATE TABLE clients (
    id INTEGER PRIMARY KEY,
    file_no TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    is_pseudonym INTEGER NOT NULL DEFAULT 0,
    gender TEXT NOT NULL DEFAULT 'unspecified',
    birth_year INTEGER,
    phone TEXT NOT NULL DEFAULT '',
    employer TEXT NOT NULL DEFAULT '',
    industry TEXT NOT NULL DEFAULT '',
    job_type TEXT NOT NULL DEFAULT '',
    key_groups TEXT NOT NULL DEFAULT '[]',
    source TEXT NOT NULL DEFAULT '',
    emergency_contact TEXT NOT NULL DEFAULT '',
    counsellor_id INTEGER REFERENCES users(id),
    status TEXT NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'closed', 'transferred', 'referred_out')),
    risk_level TEXT NOT NULL DEFAULT 'none',
    restricted INTEGER NOT NULL DEFAULT 0,
    -- who marked the file 高度保密: the only user who still sees it in any list or search
    restricted_by INTEGER REFERENCES users(id),
    closing_summary TEXT NOT NULL DEFAULT '',
    opened_at TEXT NOT NULL,
    closed_at TEXT,
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    last_seen_at TEXT
);
CREATE INDEX clients_name ON clients(name);
CREATE INDEX clients_phone ON clients(phone);
CREATE INDEX clients_employer ON clients(employer);
-- (counsellor_id, rowid) order: a counsellor's own files page by id without a sort.
CREATE INDEX clients_counsellor ON clients(counsellor_id);
CREATE INDEX clients_seen ON clients(last_seen_at);
CREATE INDEX clients_opened ON clients(opened_at);

-- Finding a file by number, name, phone or unit: bigrams of the Han text, the digits of the
-- phone as suffixes (so the last four digits find it), the file number's parts
-- (see domain/records/text_index.py: client_index_text). rowid = clients.id.
CREATE VIRTUAL TABLE client_fts USING fts5(
    body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
);

CREATE TABLE consents (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id),
    consent_date TEXT NOT NULL,
    scope TEXT NOT NULL,
    limits_explained INTEGER NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES users(id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX consents_client ON consents(client_id);

CREATE TABLE case_shares (
    client_id INTEGER NOT NULL REFERENCES clients(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    granted_by INTEGER NOT NULL REFERENCES users(id),
    granted_at TEXT NOT NULL,
    PRIMARY KEY (client_id, user_id)
);
CREATE INDEX case_shares_user ON case_shares(user_id);

CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id),
    counsellor_id INTEGER NOT NULL REFERENCES users(id),
    session_no INTEGER NOT NULL,
    session_date TEXT NOT NULL,
    start_time TEXT NOT NULL DEFAULT '',
    end_time TEXT NOT NULL DEFAULT '',
    modality TEXT NOT NULL,
    room TEXT NOT NULL DEFAULT '',
    issues TEXT NOT NULL DEFAULT '[]',
    interventions TEXT NOT NULL DEFAULT '[]',
    complaint TEXT NOT NULL DEFAULT '',
    assessment TEXT NOT NULL DEFAULT '',
    intervention TEXT NOT NULL DEFAULT '',
    plan TEXT NOT NULL DEFAULT '',
    risk_level TEXT NOT NULL DEFAULT 'none',
    referral TEXT NOT NULL DEFAULT '',
    next_appointment TEXT NOT NULL DEFAULT '',
    restricted INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed', 'cosigned')),
    signed_by INTEGER REFERENCES users(id),
    signed_at TEXT,
    cosigned_by INTEGER REFERENCES users(id),
    cosigned_at TEXT,
    supervisor_comment TEXT NOT NULL DEFAULT '',
    -- set at signing when the author was under supervision: the record waits for a co-sign
    review_required INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX sessions_client ON sessions(client_id, session_no);
CREATE INDEX sessions_date ON sessions(session_date);
CREATE INDEX sessions_counsellor ON sessions(counsellor_id, session_date);
CREATE INDEX sessions_risk ON sessions(risk_level, session_date);
-- Small partial indexes for the dashboard: a counsellor's unsigned drafts, and the records
-- waiting for a supervisor's co-signature.
CREATE INDEX sessions_drafts ON sessions(counsellor_id, updated_at) WHERE status = 'draft';
CREATE INDEX sessions_review ON sessions(counsellor_id, signed_at)
    WHERE status = 'signed' AND review_required = 1;
-- Covers the month's counts on the dashboard (records and hotline calls per counsellor).
CREATE INDEX sessions_month ON sessions(counsellor_id, session_date, modality)
    WHERE status <> 'draft';

-- A signed record never changes or disappears; corrections are addenda.
CREATE TRIGGER sessions_signed_immutable BEFORE UPDATE ON sessions
WHEN OLD.status <> 'draft' AND (
    NEW.client_id IS NOT OLD.client_id OR NEW.counsellor_id IS NOT OLD.counsellor_id
    OR NEW.session_no IS NOT OLD.session_no OR NEW.session_date IS NOT OLD.session_date
    OR NEW.start_time IS NOT OLD.start_time OR NEW.end_time IS NOT OLD.end_time
    OR NEW.modality IS NOT OLD.modality OR NEW.room IS NOT OLD.room
    OR NEW.issues IS NOT OLD.issues OR NEW.interventions IS NOT OLD.interventions
    OR NEW.complaint IS NOT OLD.complaint OR NEW.assessment IS NOT OLD.assessment
    OR NEW.intervention IS NOT OLD.intervention OR NEW.plan IS NOT OLD.plan
    OR NEW.risk_level IS NOT OLD.risk_level OR NEW.referral IS NOT OLD.referral
    OR NEW.next_appointment IS NOT OLD.next_appointment
    OR NEW.signed_by IS NOT OLD.signed_by OR NEW.signed_at IS NOT OLD.signed_at
    OR NEW.review_required IS NOT OLD.review_required
    OR NEW.status = 'draft')
BEGIN SELECT RAISE(ABORT, 'signed session records are immutable'); END;
-- A co-signature, once given, is as fixed as the signature.
CREATE TRIGGER sessions_cosign_immutable BEFORE UPDATE ON sessions
WHEN OLD.status = 'cosigned' AND (
    NEW.status IS NOT OLD.status OR NEW.cosigned_by IS NOT OLD.cosigned_by
    OR NEW.cosigned_at IS NOT OLD.cosigned_at
    OR NEW.supervisor_comment IS NOT OLD.supervisor_comment)
BEGIN SELECT RAISE(ABORT, 'co-signed session records are immutable'); END;
CREATE TRIGGER sessions_signed_undeletable BEFORE DELETE ON sessions
WHEN OLD.status <> 'draft'
BEGIN SELECT RAISE(ABORT, 'signed session records cannot be deleted'); END;

CREATE TABLE session_addenda (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    author_id INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX session_addenda_session ON session_addenda(session_id);
CREATE TRIGGER session_addenda_immutable BEFORE UPDATE ON session_addenda
BEGIN SELECT RAISE(ABORT, 'addenda are immutable'); END;
CREATE TRIGGER session_addenda_undeletable BEFORE DELETE ON session_addenda
BEGIN SELECT RAISE(ABORT, 'addenda cannot be deleted'); END;

-- Full-text index over notes; text is stored as CJK bigrams (see domain/search_text.py).
CREATE VIRTUAL TABLE session_fts USING fts5(
    body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
);

-- Autosaved input that has not been saved as a record yet.
CREATE TABLE drafts (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    kind TEXT NOT NULL,
    ref TEXT NOT NULL DEFAULT '',
    payload TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (user_id, kind, ref)
);

CREATE TABLE followups (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id),
    session_id INTEGER REFERENCES sessions(id),
    crisis_id INTEGER REFERENCES crises(id),
    planned_date TEXT NOT NULL,
    -- exact deadline (UTC) where there is one: the mandatory follow-up 24 h after a crisis
    due_at TEXT,
    channel TEXT NOT NULL,
    outcome TEXT NOT NULL DEFAULT '',
    done_at TEXT,
    done_by INTEGER REFERENCES users(id),
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL
);
CREATE INDEX followups_due ON followups(done_at, planned_date);
CREATE INDEX followups_client ON followups(client_id);

CREATE TABLE crises (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id),
    opened_at TEXT NOT NULL,
    opened_by INTEGER NOT NULL REFERENCES users(id),
    risk_level TEXT NOT NULL,
    checklist TEXT NOT NULL DEFAULT '[]',
    actions TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT '',
    followup_due TEXT NOT NULL,
    closed_at TEXT,
    closed_by INTEGER REFERENCES users(id),
    outcome TEXT NOT NULL DEFAULT ''
);
CREATE INDEX crises_open ON crises(closed_at);
CREATE INDEX crises_client ON crises(client_id);

CREATE TABLE referrals (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id),
    referral_date TEXT NOT NULL,
    destination_type TEXT NOT NULL,
    destination TEXT NOT NULL,
    reason TEXT NOT NULL,
    outcome TEXT NOT NULL DEFAULT '',
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL
);
CREATE INDEX referrals_client ON referrals(client_id);

CREATE TABLE satisfaction (
    id INTEGER PRIMARY KEY,
    client_id INTEGER REFERENCES clients(id),
    session_id INTEGER REFERENCES sessions(id),
    rated_at TEXT NOT NULL,
    scores TEXT NOT NULL,
    overall INTEGER NOT NULL CHECK (overall BETWEEN 1 AND 5),
    comment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX satisfaction_date ON satisfaction(rated_at);
CREATE INDEX satisfaction_client ON satisfaction(client_id);
CREATE INDEX satisfaction_session ON satisfaction(session_id);

CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    activity_date TEXT NOT NULL,
    type TEXT NOT NULL,
    topic TEXT NOT NULL,
    venue TEXT NOT NULL DEFAULT '',
    organiser TEXT NOT NULL DEFAULT '',
    attendees INTEGER NOT NULL CHECK (attendees >= 0),
    target_groups TEXT NOT NULL DEFAULT '[]',
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL
);
CREATE INDEX activities_date ON activities(activity_date);

CREATE TABLE targets (
    year INTEGER NOT NULL,
    type TEXT NOT NULL,
    target INTEGER NOT NULL CHECK (target >= 0),
    PRIMARY KEY (year, type)
);

CREATE TABLE appointments (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id),
    counsellor_id INTEGER REFERENCES users(id),
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    room TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'booked',
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL
);
CREATE INDEX appointments_start ON appointments(starts_at);
CREATE INDEX appointments_client ON appointments(client_id);
