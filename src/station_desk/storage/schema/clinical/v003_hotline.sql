-- The hotline log (热线来电记录, domain/records/hotline.py): a call needs no file. Only what the
-- statistics and the follow-up need is kept: when and how long, the caller's gender and age
-- band if given, the main concern, the risk, what was done, and a short note; a file opened
-- for the caller (or found later) and a crisis started from the call are linked here.
-- `counsellor_id` and `client_id` name rows of station.db (no foreign key across files).
CREATE TABLE hotline_calls (
    id INTEGER PRIMARY KEY,
    called_at TEXT NOT NULL,
    duration_min INTEGER NOT NULL CHECK (duration_min BETWEEN 0 AND 600),
    caller_gender TEXT NOT NULL DEFAULT 'unspecified',
    caller_age_band TEXT NOT NULL DEFAULT 'unspecified',
    topic TEXT NOT NULL,
    risk_level TEXT NOT NULL DEFAULT 'none',
    action TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    counsellor_id INTEGER NOT NULL,
    client_id INTEGER,
    crisis_id INTEGER REFERENCES crises(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX hotline_calls_date ON hotline_calls(called_at);
CREATE INDEX hotline_calls_client ON hotline_calls(client_id);
