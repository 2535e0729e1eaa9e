-- The tier self-check reads a year of sessions twice: the rooms they used and whether they
-- were signed (domain/tier/evidence.py). Covering both from an index keeps it from reading
-- every wide session row: at 100,000 files / 1,000,000 sessions the two reads took 5.6 s and
-- 5.7 s from the table (`station-desk bench --keep`, then the self-check on that vault).
CREATE INDEX sessions_tier ON sessions(session_date, status, room, review_required);
