-- Covering indexes for the statistics export and the audit look-ups, chosen with
-- `station-desk bench` at 100,000 files / 1,000,000 sessions (docs/benchmarks/README.md):
-- a month's export read each session row from the wide table (905 ms); these let it read
-- only the index (129 ms), and the "has this station exported before" check stop scanning
-- millions of audit entries.
CREATE INDEX sessions_export ON sessions(session_date, status, client_id, modality, issues);
CREATE INDEX assessments_export
    ON assessments(administered_at, instrument_id, mode, band_level, client_id);
CREATE INDEX clients_export ON clients(gender, birth_year, industry, key_groups);
CREATE INDEX audit_action ON audit(action, id);
