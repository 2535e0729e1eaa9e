-- Transfer of a case to another station (domain/records/transfer.py, docs/transfer.md).
-- The station's X25519 encryption key pair, published beside the Ed25519 signing key in the
-- station key file, so another station can encrypt a transfer file to this one. NULL in a
-- vault made before transfers: made at first need (export/keys.py: box_keys).
ALTER TABLE station_key ADD COLUMN box_private BLOB;
ALTER TABLE station_key ADD COLUMN box_public BLOB;

-- One row per transfer a file took part in: 'out' for a file this station sent on (it is then
-- closed to new records), 'in' for the new file opened here for a case received. Only the
-- fact of the transfer, the other station and when; the received history itself is clinical
-- and lives in clinical.db (transfer_histories).
CREATE TABLE station_transfers (
    id INTEGER PRIMARY KEY,
    direction TEXT NOT NULL CHECK (direction IN ('out', 'in')),
    client_id INTEGER NOT NULL REFERENCES clients(id),
    transfer_id TEXT NOT NULL,          -- random, written in the transfer file
    station_code TEXT NOT NULL,         -- the other station
    station_name TEXT NOT NULL,
    fingerprint TEXT NOT NULL,          -- the other station's signing key fingerprint
    package_sha256 TEXT NOT NULL,       -- of the transfer file as written / as received
    sent_at TEXT NOT NULL,              -- when the sending station wrote the file
    recorded_at TEXT NOT NULL,
    recorded_by INTEGER REFERENCES users(id),
    UNIQUE (direction, transfer_id)
);
CREATE INDEX station_transfers_client ON station_transfers(client_id);
CREATE TRIGGER station_transfers_kept BEFORE UPDATE ON station_transfers
BEGIN SELECT RAISE(ABORT, 'a transfer is kept as recorded'); END;
