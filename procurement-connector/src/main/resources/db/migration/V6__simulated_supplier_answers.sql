-- Confirmations the embedded supplier simulator still owes. Kept in the database, not in memory, so
-- a restarted connector still answers the orders it sent before it stopped.
CREATE TABLE simulated_answer (
    id          UUID         PRIMARY KEY,
    supplier_id VARCHAR(100) NOT NULL,
    po_number   VARCHAR(100) NOT NULL,
    revision    INT          NOT NULL,
    answer      VARCHAR(10)  NOT NULL,
    document    TEXT         NOT NULL,
    due_at      TIMESTAMPTZ  NOT NULL,
    attempts    INT          NOT NULL DEFAULT 0,
    last_code   INT,
    answered_at TIMESTAMPTZ,
    created_at  TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX simulated_answer_due ON simulated_answer (due_at) WHERE answered_at IS NULL;
