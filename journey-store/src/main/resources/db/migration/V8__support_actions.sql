-- What support staff did, for the record (issue: the support desk): claims of a review, decisions, cancels,
-- re-sent callbacks and every read of a stored document image. Append-only: a row is never changed, and the
-- trigger below refuses an UPDATE, so the record cannot be rewritten after the fact. Rows go with their
-- journey (ON DELETE CASCADE), as the rest of a journey's record does.
CREATE TABLE support_action (
    id         bigserial    PRIMARY KEY,
    journey_id varchar(40)  NOT NULL REFERENCES journey (id) ON DELETE CASCADE,
    at         timestamptz  NOT NULL,
    actor      varchar(64)  NOT NULL,
    action     varchar(32)  NOT NULL,
    -- a reviewer's reason, a document's side, a delivery id: never a name, an ID number or an image
    detail     varchar(512)
);
CREATE INDEX support_action_journey_idx ON support_action (journey_id, id);

CREATE FUNCTION support_action_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'support_action is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER support_action_append_only BEFORE UPDATE ON support_action
    FOR EACH ROW EXECUTE FUNCTION support_action_is_append_only();
