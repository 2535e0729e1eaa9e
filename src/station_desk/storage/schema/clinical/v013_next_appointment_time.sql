-- A record's 下次预约 is picked with a date and a time (the session editor's pickers), and the
-- booking offered after signing starts at that time; until now only the date was kept, so a
-- draft reopened, the printed record and the file showed the day alone. The time ('HH:MM',
-- '' when none was named: every record written before this) is kept beside the date, and a
-- signed record's time may not change, as its date may not. The signature covers it when it
-- is given (domain/records/signing.py), so the records signed before keep their digests.
ALTER TABLE sessions ADD COLUMN next_appointment_time TEXT NOT NULL DEFAULT '';

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
    OR NEW.next_appointment_time IS NOT OLD.next_appointment_time
    OR NEW.signed_by IS NOT OLD.signed_by OR NEW.signed_at IS NOT OLD.signed_at
    OR NEW.review_required IS NOT OLD.review_required
    OR NEW.imported_at IS NOT OLD.imported_at
    OR NEW.status = 'draft'
    OR (NEW.sealed IS OLD.sealed AND (
        NEW.complaint IS NOT OLD.complaint OR NEW.assessment IS NOT OLD.assessment
        OR NEW.intervention IS NOT OLD.intervention OR NEW.plan IS NOT OLD.plan
        OR NEW.referral IS NOT OLD.referral)))
BEGIN SELECT RAISE(ABORT, 'signed session records are immutable'); END;
