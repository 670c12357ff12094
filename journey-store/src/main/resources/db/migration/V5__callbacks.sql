-- Signed callbacks (ADR 16). A journey may name a URL to be told when it ends or starts waiting for a
-- person; every such change becomes a delivery, and every HTTP attempt at it is kept.

-- The URL a journey's events go to, and the key whose secret signs them (the key that started it). Its
-- own table: most journeys have none.
CREATE TABLE journey_callback (
    journey_id varchar(40)   PRIMARY KEY REFERENCES journey (id) ON DELETE CASCADE,
    url        varchar(2048) NOT NULL,
    key_id     varchar(40)   NOT NULL REFERENCES api_key (id)
);

-- The secret each product key's callbacks are signed with. Receivers must verify signatures, so the
-- engine needs the secret itself, not a hash: it is sealed with the sealing key ring, like documents.
CREATE TABLE api_key_callback_secret (
    key_id     varchar(40) PRIMARY KEY REFERENCES api_key (id),
    ring_key   varchar(32) NOT NULL,
    sealed     bytea       NOT NULL,
    created_at timestamptz NOT NULL
);

-- One delivery of one event. A re-send is a new delivery of the same event (same event id, same body),
-- so receivers can drop what they have seen.
CREATE TABLE callback_delivery (
    id           varchar(40)   PRIMARY KEY,
    event_id     varchar(64)   NOT NULL,
    journey_id   varchar(40)   NOT NULL REFERENCES journey (id) ON DELETE CASCADE,
    event_type   varchar(48)   NOT NULL,
    url          varchar(2048) NOT NULL,
    body         text          NOT NULL,
    state        varchar(16)   NOT NULL,
    attempts     integer       NOT NULL DEFAULT 0,
    created_at   timestamptz   NOT NULL,
    finished_at  timestamptz,
    resend_of    varchar(40)   REFERENCES callback_delivery (id),
    requested_by varchar(64)
);
-- one first delivery per event, however often the recording activity that makes it runs
CREATE UNIQUE INDEX callback_delivery_event_idx ON callback_delivery (event_id) WHERE resend_of IS NULL;
CREATE INDEX callback_delivery_journey_idx ON callback_delivery (journey_id, created_at);

CREATE TABLE callback_attempt (
    delivery_id varchar(40)  NOT NULL REFERENCES callback_delivery (id) ON DELETE CASCADE,
    attempt     integer      NOT NULL,
    at          timestamptz  NOT NULL,
    status_code integer,
    latency_ms  integer      NOT NULL,
    error       varchar(256),
    PRIMARY KEY (delivery_id, attempt)
);
