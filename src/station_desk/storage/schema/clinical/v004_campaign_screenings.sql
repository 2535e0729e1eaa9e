-- Anonymous screenings taken in a survey campaign carry its id (station.db survey_campaigns;
-- no foreign key across files) and, for the campaign report, the worker's key group if given.
ALTER TABLE assessments ADD COLUMN campaign_id INTEGER;
ALTER TABLE assessments ADD COLUMN anon_key_group TEXT;
CREATE INDEX assessments_campaign ON assessments(campaign_id, instrument_id)
    WHERE campaign_id IS NOT NULL;
