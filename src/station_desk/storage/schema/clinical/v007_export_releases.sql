-- What every statistics package published, so that each new package is protected jointly with
-- all earlier ones of the same year (issue 17; export/releases.py, export/protect.py). In the
-- clinical compartment: the hidden counts stored here are the very figures the packages
-- withhold (a crisis of one, a severe result), and the months keep which clients were served;
-- only roles that hold the clinical key (the admin, who exports) can read them.
CREATE TABLE export_releases (
    id INTEGER PRIMARY KEY,
    period TEXT NOT NULL UNIQUE,        -- 2026-07, 2026-Q3 or 2026: released once
    year INTEGER NOT NULL,
    k INTEGER NOT NULL,
    released_at TEXT NOT NULL,
    package_sha256 TEXT NOT NULL,
    tables TEXT NOT NULL,               -- the published tables, exactly as in tables.json
    cells TEXT NOT NULL                 -- every count: its true value and whether it was shown
);
CREATE INDEX export_releases_year ON export_releases(year);
-- A month's counts are fixed by the first package that covers it (the month's own, its
-- quarter's or its year's): every later package of the year adds up from the same counts,
-- whatever was signed or corrected since.
CREATE TABLE export_months (
    month TEXT PRIMARY KEY,             -- 2026-07
    year INTEGER NOT NULL,
    frozen_at TEXT NOT NULL,
    counts TEXT NOT NULL,               -- the month's counts and the sums between them (JSON)
    served BLOB NOT NULL                -- ids of the clients behind "people served" (varints)
);
CREATE INDEX export_months_year ON export_months(year);
CREATE TRIGGER export_releases_kept BEFORE UPDATE ON export_releases
BEGIN SELECT RAISE(ABORT, 'a released package is kept as released'); END;
CREATE TRIGGER export_releases_not_deleted BEFORE DELETE ON export_releases
BEGIN SELECT RAISE(ABORT, 'a released package is kept as released'); END;
CREATE TRIGGER export_months_kept BEFORE UPDATE ON export_months
BEGIN SELECT RAISE(ABORT, 'frozen month counts are kept'); END;
CREATE TRIGGER export_months_not_deleted BEFORE DELETE ON export_months
BEGIN SELECT RAISE(ABORT, 'frozen month counts are kept'); END;
