-- A tier self-check as it was taken (domain/tier/selfcheck.py): the statuses and the figures
-- found, in both languages, so an inspector's copy can be printed again exactly as it stood.
-- The figures come from the clinical records, hence this file. `taken_by` names a user of
-- station.db (no foreign key across files; the domain writes the signed-in user's id).
CREATE TABLE tier_selfchecks (
    id INTEGER PRIMARY KEY,
    taken_at TEXT NOT NULL,
    taken_by INTEGER,
    taken_name TEXT NOT NULL,
    target_tier TEXT NOT NULL,
    window_start TEXT NOT NULL,
    window_end TEXT NOT NULL,
    met INTEGER NOT NULL,
    not_met INTEGER NOT NULL,
    not_evidenced INTEGER NOT NULL,
    result TEXT NOT NULL
);
