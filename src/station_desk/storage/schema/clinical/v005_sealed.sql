-- Restricted (高度保密) content sealed to its reader (domain/records/restricted.py and
-- storage/sealed.py): the sealed columns of a row are blanked and kept here, encrypted under
-- the row's own record key, which is wrapped to each holder who may open it. `sealed` = 1 marks
-- the rows whose text is here, so reading an ordinary row costs nothing extra.
CREATE TABLE sealed (
    tbl TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    client_id INTEGER,  -- the file the row belongs to (NULL for an autosave)
    nonce BLOB NOT NULL,
    body BLOB NOT NULL,
    PRIMARY KEY (tbl, row_id)
);
CREATE INDEX sealed_client ON sealed(client_id);
CREATE TABLE sealed_keys (
    tbl TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    holder TEXT NOT NULL,  -- a slot name: "user:<name>" or "recovery"
    holder_public BLOB NOT NULL,  -- the public key it was wrapped to (a holder's key can change)
    ephemeral BLOB NOT NULL,
    nonce BLOB NOT NULL,
    wrapped BLOB NOT NULL,
    PRIMARY KEY (tbl, row_id, holder)
);
CREATE INDEX sealed_keys_holder ON sealed_keys(holder, tbl, row_id);

ALTER TABLE sessions ADD COLUMN sealed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE session_addenda ADD COLUMN sealed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE crises ADD COLUMN sealed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE followups ADD COLUMN sealed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE referrals ADD COLUMN sealed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE satisfaction ADD COLUMN sealed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE client_clinical ADD COLUMN sealed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE drafts ADD COLUMN sealed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE hotline_calls ADD COLUMN sealed INTEGER NOT NULL DEFAULT 0;

-- Sealing or unsealing a signed record moves its text between the row and `sealed`, and flips
-- `sealed`; nothing else may change. What the text was is bound by the signature's digest in
-- the audit trail (domain/records/signing.py), which verify checks either way.
DROP TRIGGER sessions_signed_immutable;
CREATE TRIGGER sessions_signed_immutable BEFORE UPDATE ON sessions
WHEN OLD.status <> 'draft' AND (
    NEW.client_id IS NOT OLD.client_id OR NEW.counsellor_id IS NOT OLD.counsellor_id
    OR NEW.session_no IS NOT OLD.session_no OR NEW.session_date IS NOT OLD.session_date
    OR NEW.start_time IS NOT OLD.start_time OR NEW.end_time IS NOT OLD.end_time
    OR NEW.modality IS NOT OLD.modality OR NEW.room IS NOT OLD.room
    OR NEW.issues IS NOT OLD.issues OR NEW.interventions IS NOT OLD.interventions
    OR NEW.risk_level IS NOT OLD.risk_level
    OR NEW.next_appointment IS NOT OLD.next_appointment
    OR NEW.signed_by IS NOT OLD.signed_by OR NEW.signed_at IS NOT OLD.signed_at
    OR NEW.review_required IS NOT OLD.review_required
    OR NEW.status = 'draft'
    OR (NEW.sealed IS OLD.sealed AND (
        NEW.complaint IS NOT OLD.complaint OR NEW.assessment IS NOT OLD.assessment
        OR NEW.intervention IS NOT OLD.intervention OR NEW.plan IS NOT OLD.plan
        OR NEW.referral IS NOT OLD.referral)))
BEGIN SELECT RAISE(ABORT, 'signed session records are immutable'); END;
DROP TRIGGER sessions_cosign_immutable;
CREATE TRIGGER sessions_cosign_immutable BEFORE UPDATE ON sessions
WHEN OLD.status = 'cosigned' AND (
    NEW.status IS NOT OLD.status OR NEW.cosigned_by IS NOT OLD.cosigned_by
    OR NEW.cosigned_at IS NOT OLD.cosigned_at
    OR (NEW.sealed IS OLD.sealed AND NEW.supervisor_comment IS NOT OLD.supervisor_comment))
BEGIN SELECT RAISE(ABORT, 'co-signed session records are immutable'); END;
DROP TRIGGER session_addenda_immutable;
CREATE TRIGGER session_addenda_immutable BEFORE UPDATE ON session_addenda
WHEN NEW.sealed IS OLD.sealed OR NEW.id IS NOT OLD.id OR NEW.session_id IS NOT OLD.session_id
    OR NEW.author_id IS NOT OLD.author_id OR NEW.created_at IS NOT OLD.created_at
BEGIN SELECT RAISE(ABORT, 'addenda are immutable'); END;

-- The few sealed records, found without walking a caseload (a reader's searches look through
-- them: records/search.py).
CREATE INDEX sessions_sealed ON sessions(id) WHERE sealed = 1;
