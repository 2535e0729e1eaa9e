-- Informed consent becomes structured (issue 15, a worker's rights): which uses the worker
-- agreed to (scope codes, vocabulary "consent_scopes"), who explained the limits of
-- confidentiality, and withdrawal with its date. The free-text scope stays as it was written.
ALTER TABLE consents ADD COLUMN scopes TEXT NOT NULL DEFAULT '[]';
ALTER TABLE consents ADD COLUMN explained_by INTEGER REFERENCES users(id);
-- 1 for a form recorded with its scope items ticked; 0 for one recorded before, whose items
-- were read from its wording below and are shown as such.
ALTER TABLE consents ADD COLUMN structured INTEGER NOT NULL DEFAULT 0;

-- The items an earlier free-text scope names, in the form's order.
UPDATE consents SET scopes = (
    SELECT coalesce(json_group_array(code), '[]') FROM (
        SELECT 1 AS n, 'counselling' AS code
            WHERE instr(consents.scope, '辅导') OR instr(consents.scope, '咨询')
               OR lower(consents.scope) LIKE '%counsel%'
        UNION ALL SELECT 2, 'assessment'
            WHERE instr(consents.scope, '测评') OR instr(consents.scope, '评估')
               OR lower(consents.scope) LIKE '%assess%'
        UNION ALL SELECT 3, 'hotline'
            WHERE instr(consents.scope, '热线') OR lower(consents.scope) LIKE '%hotline%'
        UNION ALL SELECT 4, 'statistics'
            WHERE instr(consents.scope, '统计') OR lower(consents.scope) LIKE '%statistic%'
        UNION ALL SELECT 5, 'recording'
            WHERE instr(consents.scope, '录音') OR instr(consents.scope, '录像')
               OR lower(consents.scope) LIKE '%record%'
        ORDER BY n));

-- A withdrawal of some or all uses, from `withdrawn_on` (a station-calendar date). It stands
-- until a new consent form is signed (`ended_on`, that form's date). The two flags repeat what
-- `scopes` says for the two uses the software enforces, so the statistics can test them by
-- index: no new session records (counselling), no assessments (assessment), and the worker's
-- records dated from then on left out of every count (statistics).
CREATE TABLE consent_withdrawals (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id),
    withdrawn_on TEXT NOT NULL,
    scopes TEXT NOT NULL,
    counselling INTEGER NOT NULL DEFAULT 0,
    assessment INTEGER NOT NULL DEFAULT 0,
    statistics INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    ended_on TEXT,
    recorded_by INTEGER NOT NULL REFERENCES users(id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX consent_withdrawals_client ON consent_withdrawals(client_id, withdrawn_on);
CREATE INDEX consent_withdrawals_statistics ON consent_withdrawals(client_id)
    WHERE statistics = 1;
