-- The station's tier, kept and shown (domain/tier/): station regimes (制度) and who
-- acknowledged them, the duty roster (值班表), the admin's answers to the requirements that
-- only a person can check, and the self-checks taken. None of it holds clinical content.

-- A regime is kept in versions: adopting a changed text adds a row, never edits one, so the
-- text a colleague acknowledged stays readable exactly as it was.
CREATE TABLE regimes (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('workflow', 'duties', 'confidentiality', 'satisfaction')),
    version INTEGER NOT NULL CHECK (version >= 1),
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    change_note TEXT NOT NULL DEFAULT '',
    adopted_at TEXT NOT NULL,
    adopted_by INTEGER REFERENCES users(id),  -- NULL: the recovery key
    adopted_name TEXT NOT NULL,
    UNIQUE (kind, version)
);
CREATE TRIGGER regimes_immutable BEFORE UPDATE ON regimes
BEGIN SELECT RAISE(ABORT, 'an adopted regime version never changes'); END;
CREATE TRIGGER regimes_undeletable BEFORE DELETE ON regimes
BEGIN SELECT RAISE(ABORT, 'an adopted regime version is kept'); END;

CREATE TABLE regime_acks (
    regime_id INTEGER NOT NULL REFERENCES regimes(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    acknowledged_at TEXT NOT NULL,
    PRIMARY KEY (regime_id, user_id)
);
CREATE INDEX regime_acks_user ON regime_acks(user_id);

-- One shift: a staff member on duty on one station day, in a room or on the hotline.
CREATE TABLE duty_shifts (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    day TEXT NOT NULL,
    start_time TEXT NOT NULL,
    end_time TEXT NOT NULL,
    place TEXT NOT NULL,  -- a room code (seeds: rooms) or 'hotline'
    note TEXT NOT NULL DEFAULT '',
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    CHECK (start_time < end_time)
);
CREATE INDEX duty_shifts_day ON duty_shifts(day, start_time);
CREATE INDEX duty_shifts_user ON duty_shifts(user_id, day);

-- The admin's answers to hand-checked requirements (a sign on the door, books on the shelf).
-- Every answer is kept; the newest per requirement counts.
CREATE TABLE tier_answers (
    id INTEGER PRIMARY KEY,
    requirement TEXT NOT NULL,
    answer TEXT NOT NULL CHECK (answer IN ('yes', 'no')),
    note TEXT NOT NULL DEFAULT '',
    answered_at TEXT NOT NULL,
    answered_by INTEGER REFERENCES users(id),  -- NULL: the recovery key
    answered_name TEXT NOT NULL
);
CREATE INDEX tier_answers_requirement ON tier_answers(requirement, id);

-- A self-check as it was taken: the statuses and the evidence found (counts and dates), in
-- both languages, so an inspector's copy can be printed again later exactly as it stood.
CREATE TABLE tier_selfchecks (
    id INTEGER PRIMARY KEY,
    taken_at TEXT NOT NULL,
    taken_by INTEGER REFERENCES users(id),
    taken_name TEXT NOT NULL,
    target_tier TEXT NOT NULL,
    window_start TEXT NOT NULL,
    window_end TEXT NOT NULL,
    met INTEGER NOT NULL,
    not_met INTEGER NOT NULL,
    not_evidenced INTEGER NOT NULL,
    result TEXT NOT NULL
);
