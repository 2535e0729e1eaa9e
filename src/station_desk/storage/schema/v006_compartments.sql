-- The clinical records leave station.db for clinical.db (schema/clinical/v001_records.sql),
-- which only clinical roles' key slots can open. `storage/vault.py` copies them there, commits
-- clinical.db, and only then runs this file; secure_delete overwrites what is dropped.
DROP TABLE assessment_alerts;
DROP TABLE assessments;
DROP TABLE satisfaction;
DROP TABLE referrals;
DROP TABLE followups;
DROP TABLE crises;
DROP TABLE drafts;
DROP TABLE session_fts;
DROP TABLE session_addenda;
DROP TABLE sessions;
-- Clinical columns of the file: now client_clinical in clinical.db.
DROP INDEX clients_seen;
ALTER TABLE clients DROP COLUMN last_seen_at;
ALTER TABLE clients DROP COLUMN closing_summary;
ALTER TABLE clients DROP COLUMN risk_level;

-- Autosaves of a user whose key does not open clinical.db (a receptionist's forms hold
-- registration details, never clinical text); clinical roles autosave into clinical.drafts.
CREATE TABLE station_drafts (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    kind TEXT NOT NULL,
    ref TEXT NOT NULL DEFAULT '',
    payload TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (user_id, kind, ref)
);
