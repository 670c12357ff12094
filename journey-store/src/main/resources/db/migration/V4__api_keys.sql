-- API keys (ADR 15). Only a SHA-256 of each secret is kept: the secret is 32 random bytes, so a hash
-- cannot be reversed by guessing, and a stolen table lets nobody in. The prefix names the key in lists
-- and logs without giving it away.
CREATE TABLE api_key (
    id           varchar(40)  PRIMARY KEY,
    name         varchar(64)  NOT NULL,
    prefix       varchar(16)  NOT NULL,
    secret_hash  char(64)     NOT NULL UNIQUE,
    roles        varchar(128) NOT NULL,
    created_at   timestamptz  NOT NULL,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
-- A name names one active key; revoked keys keep theirs for the record, so a name can be issued again.
CREATE UNIQUE INDEX api_key_active_name_idx ON api_key (name) WHERE revoked_at IS NULL;

-- The key that started a journey: a product key reads only its own. Journeys started before keys
-- existed have none, and only support reads them.
ALTER TABLE journey ADD COLUMN owner_key_id varchar(40) REFERENCES api_key (id);
CREATE INDEX journey_owner_idx ON journey (owner_key_id, created_at);

-- Idempotent starts: the first request under a key's Idempotency-Key is remembered with a fingerprint of
-- its body, so a retry gets the same journey and a different body under the same key is refused.
CREATE TABLE idempotent_start (
    owner_key_id    varchar(40)  NOT NULL REFERENCES api_key (id),
    idempotency_key varchar(255) NOT NULL,
    fingerprint     varchar(64)  NOT NULL,
    journey_id      varchar(40)  NOT NULL,
    created_at      timestamptz  NOT NULL,
    PRIMARY KEY (owner_key_id, idempotency_key)
);
CREATE INDEX idempotent_start_created_idx ON idempotent_start (created_at);
