-- Statistics (issue 5): the analysts' aggregates read a period of the event timeline through narrow partial
-- indexes, by index-only scans, instead of the wide animal_events heap.

-- Intake and outcome events (about half of the timeline) with everything eventStatistics.months groups and
-- filters by: the month comes from occurred_at, the species and organization through animal_id.
CREATE INDEX ix_animal_events_statistics ON animal_events (occurred_at)
    INCLUDE (intake_type, outcome_type, center_id, animal_id)
    WHERE intake_type IS NOT NULL OR outcome_type IS NOT NULL;

-- Outcome events only (a few percent of the timeline): live-release rate and length of stay.
CREATE INDEX ix_animal_events_outcomes ON animal_events (occurred_at)
    INCLUDE (outcome_type, center_id, animal_id)
    WHERE outcome_type IS NOT NULL;

-- Species by animal id, so grouping a period's events by species hashes a 30 MB index instead of scanning the
-- whole animals heap (stories, notes and all).
CREATE INDEX ix_animals_id_species ON animals (id) INCLUDE (species);
