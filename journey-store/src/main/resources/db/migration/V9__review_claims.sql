-- The review queue (issue: the support desk). A reviewer claims a journey waiting for review so that two people
-- do not work the same case; a claim lapses at expires_at, and an expired row is simply taken over by the next
-- claim (one INSERT ... ON CONFLICT statement decides who wins, see ReviewClaimRepository). At most one row per
-- journey, gone with its journey.
CREATE TABLE review_claim (
    journey_id varchar(40) PRIMARY KEY REFERENCES journey (id) ON DELETE CASCADE,
    -- the API key's name, as support_action.actor
    reviewer   varchar(64) NOT NULL,
    claimed_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    CHECK (expires_at > claimed_at)
);

-- The queue reads only the journeys waiting for review, longest wait first (waiting_since, V7): a small partial index
-- keeps that one range scan, however many journeys wait for a retake or have ended.
CREATE INDEX journey_review_queue_idx ON journey (waiting_since, id) WHERE status = 'WAITING_REVIEW';
