-- Follow-ups (domain/records/followups.py) say what they are for (`purpose`, a code), at what
-- time they are planned (`planned_time`, "HH:MM" or ''), and how each contact went: `result`
-- reached / not_reached / rescheduled / closed, beside the free-text `outcome` (sealed like
-- before); `attempts` counts the tries that did not reach the worker. Follow-ups completed
-- before this had only the text, given when the worker was reached.
ALTER TABLE followups ADD COLUMN purpose TEXT NOT NULL DEFAULT '';
ALTER TABLE followups ADD COLUMN planned_time TEXT NOT NULL DEFAULT '';
ALTER TABLE followups ADD COLUMN result TEXT NOT NULL DEFAULT '';
ALTER TABLE followups ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
UPDATE followups SET result = 'reached' WHERE done_at IS NOT NULL;

-- A crisis's safety plan (domain/records/safety_plan.py), written with the worker: warning
-- signs, coping steps, people and places, professional contacts, keeping means safe. Clinical
-- free text, in clinical.db and sealed with the crisis's notes when the file is restricted
-- (`restricted.SEALED_COLUMNS`); a JSON object of the five sections.
ALTER TABLE crises ADD COLUMN safety_plan TEXT NOT NULL DEFAULT '';
ALTER TABLE crises ADD COLUMN safety_plan_at TEXT;
ALTER TABLE crises ADD COLUMN safety_plan_by INTEGER;
