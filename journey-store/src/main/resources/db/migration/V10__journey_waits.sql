-- What a waiting journey waits on, and until when (issue: the support desk). Until now only a wait for a person
-- (WAITING_RETAKE, WAITING_REVIEW) showed: a journey waiting out the authority's daily limit, polling Tencent for a
-- foreign card's verdict or retrying a vendor outage said RUNNING and nothing more, for hours.
--   RETAKE, REVIEW      the customer's new photos, a reviewer's decision (the status says so too)
--   DAILY_LIMIT         the authority answers an identity a few times a Beijing day; the workflow sleeps to the next
--   CARD_VERIFICATION   Tencent checks a foreign card asynchronously; the workflow polls as Tencent paces it
--   VENDOR_RETRY        a Tencent call keeps failing (an outage, throttling); its activity retries it. Written by the
--                       calling activity, not the workflow: the workflow sees nothing until the retries give up.
-- waiting_until is when the wait ends at the latest: the retake or review deadline, the next Beijing day, the last
-- poll, the moment the retries give up and a person is asked. waiting_detail says what, in codes (never PII): the
-- wait's reason, or for VENDOR_RETRY the action and Tencent's last error code.
ALTER TABLE journey ADD COLUMN waiting_on varchar(24)
    CHECK (waiting_on IN ('RETAKE', 'REVIEW', 'DAILY_LIMIT', 'CARD_VERIFICATION', 'VENDOR_RETRY'));
ALTER TABLE journey ADD COLUMN waiting_until timestamptz;
ALTER TABLE journey ADD COLUMN waiting_detail varchar(128);

UPDATE journey SET waiting_on = CASE status WHEN 'WAITING_RETAKE' THEN 'RETAKE' ELSE 'REVIEW' END,
                   waiting_detail = split_part(reasons, ',', 1)
 WHERE status IN ('WAITING_RETAKE', 'WAITING_REVIEW');
-- A journey that was waiting out the daily limit already: its last move recorded the limit as its reason, and the
-- workflow sleeps until five minutes into the next Beijing day after it.
UPDATE journey
   SET waiting_on = 'DAILY_LIMIT', waiting_since = updated_at, waiting_detail = 'ID_VERIFICATION_DAILY_LIMIT',
       waiting_until = (date_trunc('day', updated_at AT TIME ZONE 'Asia/Shanghai') + interval '1 day 5 minutes')
                       AT TIME ZONE 'Asia/Shanghai'
 WHERE status = 'RUNNING' AND reasons = 'ID_VERIFICATION_DAILY_LIMIT';

-- "What waits on X", in either order: only the few rows that wait are in it.
CREATE INDEX journey_waiting_on_idx ON journey (waiting_on, waiting_since, id) WHERE waiting_on IS NOT NULL;
