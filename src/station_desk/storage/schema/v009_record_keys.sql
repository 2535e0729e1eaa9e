-- Each key holder's public record key (storage/sealed.py): restricted (高度保密) content is
-- sealed to its reader's and to the recovery key's public key, which anyone may use to seal
-- and only the holder (whose slot in keyslots.json has the private half) can open.
-- holder: a slot name, "user:<name>" or "recovery". Public keys are not secret.
CREATE TABLE record_keys (
    holder TEXT PRIMARY KEY,
    public_key BLOB NOT NULL CHECK (length(public_key) = 32),
    created_at TEXT NOT NULL
);

-- The few restricted files of one counsellor, found at sign-in without a scan of the directory
-- (records/restricted.py keeps their content sealed).
CREATE INDEX clients_restricted ON clients(restricted_by) WHERE restricted = 1;
