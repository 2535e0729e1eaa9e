-- Core: station profile, accounts, the audit trail, station signing key, settings.
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE station (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    union_code TEXT NOT NULL,
    tier TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'counsellor', 'receptionist')),
    disabled INTEGER NOT NULL DEFAULT 0,
    needs_review INTEGER NOT NULL DEFAULT 0,
    supervisor_id INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    password_changed_at TEXT
);

-- Append-only; each row's mac chains it to the previous one (see domain/audit.py).
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    ts TEXT NOT NULL,
    user_id INTEGER,
    username TEXT NOT NULL,
    role TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    mac TEXT NOT NULL
);
CREATE INDEX audit_user ON audit(username, id);
CREATE INDEX audit_target ON audit(target, id);
CREATE INDEX audit_ts ON audit(ts);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END;

-- Ed25519 key that signs the anonymous statistics packages sent to the city union.
CREATE TABLE station_key (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    private_key BLOB NOT NULL,
    public_key BLOB NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
