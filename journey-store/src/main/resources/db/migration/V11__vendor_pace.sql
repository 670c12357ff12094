-- Tencent counts calls per action in any one second, for the whole account: every worker process shares one
-- quota. Each action's next free moment lives here, one row per action, and every caller takes the next slot
-- with one UPDATE: the row lock serialises the callers, and PostgreSQL's clock is the only clock consulted, so
-- workers with skewed clocks still space their calls correctly (ADR 0025).
--   pace_key  what is counted: the Tencent action's name
--   next_at   the earliest moment the next call may go out; a slot taken moves it on by 1/rate
CREATE TABLE vendor_pace (
    pace_key varchar(64) PRIMARY KEY,
    next_at  timestamptz NOT NULL
);
