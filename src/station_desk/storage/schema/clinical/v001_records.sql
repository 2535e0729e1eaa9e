-- The clinical compartment (clinical.db): the records cabinet, under its own key that only
-- clinical roles' slots hold (see storage/vault.py). The tables have the shape they had in
-- station.db at station v5, so a vault made before the split copies across unchanged, with
-- one difference: a foreign key names only a table in this file. SQLite neither enforces nor
-- even accepts (once enforced) a reference into another attached file; the domain checks
-- every client and user id against station.db before it writes here (records/access.py),
-- and station.db never deletes a client or a user (accounts are disabled, files closed).

CREATE TABLE clinical_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- The clinical half of the audit trail: entries about clinical records live in the file that
-- holds those records, so an entry and the change it records commit together (a transaction
-- over two WAL files is atomic per file only), and station.db holds no entry that says
-- "a crisis was opened on file X". Chained like `audit` with the same audit key
-- (domain/audit.py); its MACed head is in clinical_meta.
CREATE TABLE clinical_audit (
    id INTEGER PRIMARY KEY,
    ts TEXT NOT NULL,
    user_id INTEGER,
    username TEXT NOT NULL,
    role TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    mac TEXT NOT NULL
);
CREATE INDEX clinical_audit_user ON clinical_audit(username, id);
CREATE INDEX clinical_audit_target ON clinical_audit(target, id);
CREATE INDEX clinical_audit_ts ON clinical_audit(ts);
CREATE INDEX clinical_audit_action ON clinical_audit(action, id);
CREATE TRIGGER clinical_audit_no_update BEFORE UPDATE ON clinical_audit
BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END;
CREATE TRIGGER clinical_audit_no_delete BEFORE DELETE ON clinical_audit
BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END;

-- What the file (clients, in station.db) used to carry that is clinical: the risk level, the
-- closing summary, and the date of the last signed session. One row per file that has any.
CREATE TABLE client_clinical (
    client_id INTEGER PRIMARY KEY,
    risk_level TEXT NOT NULL DEFAULT 'none',
    closing_summary TEXT NOT NULL DEFAULT '',
    last_seen_at TEXT
);
CREATE INDEX client_clinical_seen ON client_clinical(last_seen_at);

CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL,
    counsellor_id INTEGER NOT NULL,
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
    signed_by INTEGER,
    signed_at TEXT,
    cosigned_by INTEGER,
    cosigned_at TEXT,
    supervisor_comment TEXT NOT NULL DEFAULT '',
    review_required INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX sessions_client ON sessions(client_id, session_no);
CREATE INDEX sessions_date ON sessions(session_date);
CREATE INDEX sessions_counsellor ON sessions(counsellor_id, session_date);
CREATE INDEX sessions_risk ON sessions(risk_level, session_date);
CREATE INDEX sessions_drafts ON sessions(counsellor_id, updated_at) WHERE status = 'draft';
CREATE INDEX sessions_review ON sessions(counsellor_id, signed_at)
    WHERE status = 'signed' AND review_required = 1;
CREATE INDEX sessions_month ON sessions(counsellor_id, session_date, modality)
    WHERE status <> 'draft';
CREATE INDEX sessions_export ON sessions(session_date, status, client_id, modality, issues);

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
    author_id INTEGER NOT NULL,
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

-- Autosaved input of clinical forms that has not been saved as a record yet.
CREATE TABLE drafts (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    ref TEXT NOT NULL DEFAULT '',
    payload TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (user_id, kind, ref)
);

CREATE TABLE crises (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL,
    opened_at TEXT NOT NULL,
    opened_by INTEGER NOT NULL,
    risk_level TEXT NOT NULL,
    checklist TEXT NOT NULL DEFAULT '[]',
    actions TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT '',
    followup_due TEXT NOT NULL,
    closed_at TEXT,
    closed_by INTEGER,
    outcome TEXT NOT NULL DEFAULT ''
);
CREATE INDEX crises_open ON crises(closed_at);
CREATE INDEX crises_client ON crises(client_id);

CREATE TABLE followups (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL,
    session_id INTEGER REFERENCES sessions(id),
    crisis_id INTEGER REFERENCES crises(id),
    planned_date TEXT NOT NULL,
    due_at TEXT,
    channel TEXT NOT NULL,
    outcome TEXT NOT NULL DEFAULT '',
    done_at TEXT,
    done_by INTEGER,
    created_by INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX followups_due ON followups(done_at, planned_date);
CREATE INDEX followups_client ON followups(client_id);

CREATE TABLE referrals (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL,
    referral_date TEXT NOT NULL,
    destination_type TEXT NOT NULL,
    destination TEXT NOT NULL,
    reason TEXT NOT NULL,
    outcome TEXT NOT NULL DEFAULT '',
    created_by INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX referrals_client ON referrals(client_id);

CREATE TABLE satisfaction (
    id INTEGER PRIMARY KEY,
    client_id INTEGER,
    session_id INTEGER REFERENCES sessions(id),
    rated_at TEXT NOT NULL,
    scores TEXT NOT NULL,
    overall INTEGER NOT NULL CHECK (overall BETWEEN 1 AND 5),
    comment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX satisfaction_date ON satisfaction(rated_at);
CREATE INDEX satisfaction_client ON satisfaction(client_id);
CREATE INDEX satisfaction_session ON satisfaction(session_id);

CREATE TABLE assessments (
    id INTEGER PRIMARY KEY,
    client_id INTEGER,  -- NULL for an anonymous screening
    instrument_id TEXT NOT NULL,
    instrument_version TEXT NOT NULL,
    mode TEXT NOT NULL CHECK (mode IN ('counsellor', 'kiosk', 'anonymous')),
    administered_at TEXT NOT NULL,
    administered_by INTEGER,
    answers TEXT NOT NULL,
    total INTEGER NOT NULL,
    score REAL NOT NULL,
    band TEXT NOT NULL,
    band_level TEXT NOT NULL,
    alerts TEXT NOT NULL DEFAULT '[]',
    anon_gender TEXT,
    anon_age_band TEXT,
    anon_industry TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX assessments_client ON assessments(client_id, instrument_id, administered_at);
CREATE INDEX assessments_date ON assessments(administered_at);
CREATE INDEX assessments_export
    ON assessments(administered_at, instrument_id, mode, band_level, client_id);

CREATE TABLE assessment_alerts (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments(id),
    client_id INTEGER,
    code TEXT NOT NULL,
    raised_at TEXT NOT NULL,
    acknowledged_by INTEGER,
    acknowledged_at TEXT,
    crisis_id INTEGER REFERENCES crises(id)
);
CREATE INDEX assessment_alerts_open ON assessment_alerts(acknowledged_at, client_id);
