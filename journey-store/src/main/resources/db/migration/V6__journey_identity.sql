-- Who a journey is about, so that support can tell (masked, or in clear with PII_READ). One row per journey
-- and source: DECLARED is what the product sent at the start, CARD what OCR read off the card. Name and ID
-- number are each sealed with AES-GCM under the ring key named in key_id, bound to their row and field; the
-- database never holds either in clear. A null column means that source gave no such value.
CREATE TABLE journey_identity (
    journey_id       varchar(40) NOT NULL REFERENCES journey (id) ON DELETE CASCADE,
    source           varchar(16) NOT NULL CHECK (source IN ('DECLARED', 'CARD')),
    key_id           varchar(32) NOT NULL,
    sealed_name      bytea,
    sealed_id_number bytea,
    updated_at       timestamptz NOT NULL,
    PRIMARY KEY (journey_id, source),
    CHECK (sealed_name IS NOT NULL OR sealed_id_number IS NOT NULL)
);
