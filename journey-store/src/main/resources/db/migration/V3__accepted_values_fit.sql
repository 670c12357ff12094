-- Every value the web API accepts must fit where it is stored: a value that does not fit fails the
-- recording activity on every retry, and the journey is stuck.

-- AUTO ("let the journey find out", docs/workflows.md) is a documented country of four letters.
ALTER TABLE journey ALTER COLUMN country TYPE varchar(8);

-- A step's detail may carry a person's words, not only a code: the longest the API lets through is a
-- review, "REJECT by " + reviewer id (64) + ": " + reason (500), or a cancel reason (500). 1024 keeps
-- both with room, so how the workflow words its detail is not bound to a column width.
ALTER TABLE journey_event ALTER COLUMN detail TYPE varchar(1024);
