-- Session records brought in from a station's paper or Excel counselling register
-- (domain/importing): `imported_at` marks them (they were not signed in the app, and are shown
-- as imported wherever they appear); they are stored as signed, so they are as fixed as signed
-- ones and count in every statistic like them. Each imported row leaves a keyed hash of its
-- content (never the content) so that importing the same register again adds nothing.
ALTER TABLE sessions ADD COLUMN imported_at TEXT;
CREATE TABLE import_session_rows (
    fingerprint TEXT PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    imported_at TEXT NOT NULL
);

-- Merging two files of one worker (domain/importing/merge.py) moves the merged file's records
-- to the file kept. A signed record's file and number may change only so, and only as a row
-- here says: the signature's digest (records/signing.py) is checked against the place the
-- record was signed in (the first move's `from_*`), which the merge's audit entry binds.
CREATE TABLE session_moves (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    from_client_id INTEGER NOT NULL,
    from_session_no INTEGER NOT NULL,
    into_client_id INTEGER NOT NULL,
    into_session_no INTEGER NOT NULL,
    moved_at TEXT NOT NULL
);
CREATE INDEX session_moves_session ON session_moves(session_id, id);
CREATE TRIGGER session_moves_immutable BEFORE UPDATE ON session_moves
BEGIN SELECT RAISE(ABORT, 'session moves are immutable'); END;
CREATE TRIGGER session_moves_undeletable BEFORE DELETE ON session_moves
BEGIN SELECT RAISE(ABORT, 'session moves cannot be deleted'); END;

DROP TRIGGER sessions_signed_immutable;
CREATE TRIGGER sessions_signed_immutable BEFORE UPDATE ON sessions
WHEN OLD.status <> 'draft' AND (
    ((NEW.client_id IS NOT OLD.client_id OR NEW.session_no IS NOT OLD.session_no)
     AND NOT EXISTS (SELECT 1 FROM session_moves m WHERE m.session_id = OLD.id
                     AND m.from_client_id = OLD.client_id AND m.from_session_no = OLD.session_no
                     AND m.into_client_id = NEW.client_id
                     AND m.into_session_no = NEW.session_no))
    OR NEW.counsellor_id IS NOT OLD.counsellor_id
    OR NEW.session_date IS NOT OLD.session_date
    OR NEW.start_time IS NOT OLD.start_time OR NEW.end_time IS NOT OLD.end_time
    OR NEW.modality IS NOT OLD.modality OR NEW.room IS NOT OLD.room
    OR NEW.issues IS NOT OLD.issues OR NEW.interventions IS NOT OLD.interventions
    OR NEW.risk_level IS NOT OLD.risk_level
    OR NEW.next_appointment IS NOT OLD.next_appointment
    OR NEW.signed_by IS NOT OLD.signed_by OR NEW.signed_at IS NOT OLD.signed_at
    OR NEW.review_required IS NOT OLD.review_required
    OR NEW.imported_at IS NOT OLD.imported_at
    OR NEW.status = 'draft'
    OR (NEW.sealed IS OLD.sealed AND (
        NEW.complaint IS NOT OLD.complaint OR NEW.assessment IS NOT OLD.assessment
        OR NEW.intervention IS NOT OLD.intervention OR NEW.plan IS NOT OLD.plan
        OR NEW.referral IS NOT OLD.referral)))
BEGIN SELECT RAISE(ABORT, 'signed session records are immutable'); END;
