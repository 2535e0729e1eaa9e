-- Survey campaigns (完备Ⅱ 日常职工心理健康状况调查, domain/surveys.py): a named screening round
-- for a unit over some dates with chosen instruments. Only the campaign is here; its
-- screenings are anonymous assessments in clinical.db tagged with the campaign's id.
CREATE TABLE survey_campaigns (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    instruments TEXT NOT NULL,  -- JSON list of instrument ids
    note TEXT NOT NULL DEFAULT '',
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    CHECK (starts_on <= ends_on)
);
CREATE INDEX survey_campaigns_dates ON survey_campaigns(starts_on, ends_on);
