-- Every call to Tencent, answered or not: what support quotes in a ticket (RequestId), what finance
-- reconciles (billable), what on-call reads when a vendor slows down (latency).
CREATE TABLE vendor_call (
    id            bigserial    PRIMARY KEY,
    journey_id    varchar(40)  NOT NULL,
    step          varchar(48)  NOT NULL,
    -- what the call was about: a document id, or a keyed hash of the name and ID number asked about
    subject       varchar(80)  NOT NULL,
    attempt       integer      NOT NULL,
    action        varchar(64)  NOT NULL,
    request_id    varchar(64),
    result_code   varchar(96)  NOT NULL,
    billable      boolean      NOT NULL,
    latency_ms    integer      NOT NULL,
    called_at     timestamptz  NOT NULL,
    -- a billable answer, sealed, so that a retried activity reuses it instead of paying again
    sealed_answer bytea,
    key_id        varchar(32)
);

CREATE INDEX vendor_call_journey_idx ON vendor_call (journey_id, called_at);
CREATE INDEX vendor_call_billable_idx ON vendor_call (journey_id, action, subject) WHERE billable;
