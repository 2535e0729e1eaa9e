-- The history of a case received from another station (domain/records/transfer.py): the
-- sending station's records exactly as they arrived, as one JSON document, shown read-only
-- beside the new file opened here. Kept out of the record tables on purpose: nothing here is
-- counted in this station's statistics, edited, signed or searched as this station's work.
-- `client_id` names the new file in station.db (no foreign key across files).
CREATE TABLE transfer_histories (
    client_id INTEGER PRIMARY KEY,
    transfer_id TEXT NOT NULL UNIQUE,
    sender_code TEXT NOT NULL,
    sender_name TEXT NOT NULL,
    sender_fingerprint TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    history TEXT NOT NULL
);
CREATE TRIGGER transfer_histories_kept BEFORE UPDATE ON transfer_histories
BEGIN SELECT RAISE(ABORT, 'a received history is kept as received'); END;
