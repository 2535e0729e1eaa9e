-- Two reads of the monthly export that went row by row through the wide tables, traced page
-- by page at 100,000 files / 1,000,000 sessions (docs/benchmarks/README.md, 2026-12-02):
-- * first contact (domain/tier/evidence.py): for each file registered in the period, its
--   first signed record's date; it read every record of those files from the sessions
--   table (19,000 pages). This index answers it from the file's entries alone.
-- * outcomes (export/tier_tables.py): each repeat PHQ-9 / GAD-7 of the period against the
--   worker's first; both totals came from the assessments table (12,000 pages). With the
--   total in the two indexes that find those rows, the read stays in the indexes.
-- On the vault every page read is decrypted and its HMAC checked: together about 0.3 s of
-- each monthly export there, 0.1 s on plain SQLite.
-- (Not a partial index on status <> 'draft': its sampled statistics made SQLite prefer it,
-- by skip-scan, for the export's month of sessions, which sessions_export covers.)
CREATE INDEX sessions_first ON sessions(client_id, status, session_date);
DROP INDEX assessments_client;
CREATE INDEX assessments_client
    ON assessments(client_id, instrument_id, administered_at, total);
DROP INDEX assessments_export;
CREATE INDEX assessments_export
    ON assessments(administered_at, instrument_id, mode, band_level, client_id, total);
