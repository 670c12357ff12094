-- The support desk's journey search (GET /v1/journeys): what it filters and sorts on, and an index for each query
-- shape it runs (store.search.SearchSql), so that a search reads an index range and never the whole table.

-- Which checks the journey runs. Known at the start for CHN (MAINLAND) and the foreign countries (FOREIGN); for
-- AUTO the workflow finds out, and the activity that learns it (OCR read a mainland card, or card verification was
-- applied for) writes it. NULL: not decided yet.
ALTER TABLE journey ADD COLUMN path varchar(16) CHECK (path IN ('MAINLAND', 'FOREIGN'));
-- Since when the journey waits for a person (WAITING_RETAKE, WAITING_REVIEW); NULL while it does not.
ALTER TABLE journey ADD COLUMN waiting_since timestamptz;
-- The comma-joined reasons as an array, so that "which journeys have reason X" is a GIN lookup, not a LIKE scan.
ALTER TABLE journey ADD COLUMN reason_codes text[] GENERATED ALWAYS AS (string_to_array(reasons, ',')) STORED;

UPDATE journey SET path = CASE WHEN country = 'CHN' THEN 'MAINLAND' ELSE 'FOREIGN' END WHERE country <> 'AUTO';
-- An AUTO journey that got as far already shows its path in its timeline: the latest of a mainland read and the
-- start of a card verification.
UPDATE journey j
   SET path = decided.path
  FROM (SELECT DISTINCT ON (journey_id) journey_id,
               CASE WHEN step = 'CARD_VERIFICATION' THEN 'FOREIGN' ELSE 'MAINLAND' END AS path
          FROM journey_event
         WHERE (step = 'OCR_FRONT' AND step_status = 'PASSED') OR (step = 'CARD_VERIFICATION' AND step_status = 'RUNNING')
         ORDER BY journey_id, sequence DESC) decided
 WHERE j.id = decided.journey_id AND j.country = 'AUTO';
-- The row's last move is when a waiting journey started to wait.
UPDATE journey SET waiting_since = updated_at WHERE status IN ('WAITING_RETAKE', 'WAITING_REVIEW');

-- Newest first, with or without a creation range: the default search, and every filter without an index of its own.
-- Ascending, so that the keyset condition (created_at, id) < (?, ?) is one index range; newest first reads it
-- backwards, which costs the same.
CREATE INDEX journey_created_idx ON journey (created_at, id);
-- One filter and the creation order. For a common value (a big country, APPROVED) the planner rightly reads
-- journey_created_idx and skips the others; these serve the rare ones (a small country, EXPIRED, a status that
-- few journeys are in), where that would read far past a page. Path has two values, each common: no index.
CREATE INDEX journey_status_created_idx ON journey (status, created_at, id);
CREATE INDEX journey_country_created_idx ON journey (country, created_at, id);
CREATE INDEX journey_outcome_created_idx ON journey (outcome, created_at, id) WHERE outcome IS NOT NULL;
-- Longest waiting first, and "waiting longer than": only the few rows that wait are in it.
CREATE INDEX journey_waiting_idx ON journey (waiting_since, id) WHERE waiting_since IS NOT NULL;
CREATE INDEX journey_reason_codes_idx ON journey USING gin (reason_codes);
