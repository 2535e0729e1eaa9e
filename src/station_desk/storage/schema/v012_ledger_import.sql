-- Onboarding a station's existing registers (domain/importing): each row brought in leaves a
-- keyed hash of its content here (never the content), so importing the same register twice
-- adds nothing. The hash key is a random secret in `settings`, inside the encrypted vault.
-- Rows of the counselling register leave theirs in clinical.db (import_session_rows).
CREATE TABLE import_rows (
    fingerprint TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    row_id INTEGER,
    imported_at TEXT NOT NULL
);

-- Two files found to be one worker's, merged by the admin (domain/importing/merge.py): the
-- merged file stays (its number may be on paper) as a closed file pointing at the one kept.
ALTER TABLE clients ADD COLUMN merged_into INTEGER REFERENCES clients(id);
