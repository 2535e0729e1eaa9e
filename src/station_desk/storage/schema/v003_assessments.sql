-- Assessments: each administration keeps its answers, score, band and the instrument version.
CREATE TABLE assessments (
    id INTEGER PRIMARY KEY,
    client_id INTEGER REFERENCES clients(id),  -- NULL for an anonymous screening
    instrument_id TEXT NOT NULL,
    instrument_version TEXT NOT NULL,
    mode TEXT NOT NULL CHECK (mode IN ('counsellor', 'kiosk', 'anonymous')),
    administered_at TEXT NOT NULL,
    administered_by INTEGER REFERENCES users(id),
    answers TEXT NOT NULL,
    total INTEGER NOT NULL,
    score REAL NOT NULL,
    band TEXT NOT NULL,
    band_level TEXT NOT NULL,
    alerts TEXT NOT NULL DEFAULT '[]',
    -- anonymous screenings keep only these non-identifying fields
    anon_gender TEXT,
    anon_age_band TEXT,
    anon_industry TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX assessments_client ON assessments(client_id, instrument_id, administered_at);
CREATE INDEX assessments_date ON assessments(administered_at);

CREATE TABLE assessment_alerts (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments(id),
    client_id INTEGER REFERENCES clients(id),
    code TEXT NOT NULL,
    raised_at TEXT NOT NULL,
    acknowledged_by INTEGER REFERENCES users(id),
    acknowledged_at TEXT,
    crisis_id INTEGER REFERENCES crises(id)
);
CREATE INDEX assessment_alerts_open ON assessment_alerts(acknowledged_at, client_id);
