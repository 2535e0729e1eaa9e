-- Kept tier self-checks hold figures read from the clinical records (crises and their
-- follow-ups, ratings per closed case, records signed), so since the compartments they live
-- in clinical.db (clinical/v002_tier_selfchecks.sql), which a receptionist's key cannot open.
-- The station.db table existed for one day of development before the split and held no
-- station's data, so it is dropped rather than copied.
DROP TABLE tier_selfchecks;
