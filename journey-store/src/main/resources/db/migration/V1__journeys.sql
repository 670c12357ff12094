-- The read model of journeys. Temporal holds the truth about progress; these tables answer the API
-- and support staff without asking a live workflow.

CREATE TABLE journey (
    id            varchar(40)  PRIMARY KEY,
    customer_ref  varchar(128) NOT NULL,
    country       char(3)      NOT NULL,
    document_type varchar(32)  NOT NULL,
    status        varchar(32)  NOT NULL,
    outcome       varchar(32),
    step          varchar(48),
    reasons       text         NOT NULL DEFAULT '',
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    -- the newest timeline entry applied; an older one arriving late never rolls the row back
    last_sequence integer      NOT NULL DEFAULT 0
);

CREATE INDEX journey_customer_ref_idx ON journey (customer_ref);
CREATE INDEX journey_status_idx ON journey (status, updated_at);

CREATE TABLE journey_event (
    journey_id        varchar(40) NOT NULL REFERENCES journey (id) ON DELETE CASCADE,
    sequence          integer     NOT NULL,
    at                timestamptz NOT NULL,
    status            varchar(32) NOT NULL,
    outcome           varchar(32),
    step              varchar(48),
    step_status       varchar(32),
    vendor_request_id varchar(64),
    detail            varchar(256),
    reasons           text        NOT NULL DEFAULT '',
    PRIMARY KEY (journey_id, sequence)
);

-- Identity-document images, sealed with AES-GCM; the workflow only ever sees the id.
CREATE TABLE document (
    id         varchar(40) PRIMARY KEY,
    journey_id varchar(40) NOT NULL REFERENCES journey (id) ON DELETE CASCADE,
    side       varchar(16) NOT NULL,
    media_type varchar(64) NOT NULL,
    size_bytes integer     NOT NULL,
    key_id     varchar(32) NOT NULL,
    content    bytea       NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE INDEX document_journey_idx ON document (journey_id);
