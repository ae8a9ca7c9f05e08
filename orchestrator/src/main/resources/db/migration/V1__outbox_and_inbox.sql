-- Transactional outbox: events are written in the same transaction as the state they describe;
-- the relay publishes them to Kafka and marks them published. A crash in between re-publishes
-- (at least once); consumers de-duplicate on the CloudEvents id.
CREATE TABLE outbox_event (
    seq          BIGSERIAL PRIMARY KEY,
    id           UUID         NOT NULL UNIQUE,
    topic        VARCHAR(200) NOT NULL,
    record_key   VARCHAR(200),
    type         VARCHAR(200) NOT NULL,
    subject      VARCHAR(200),
    payload      TEXT         NOT NULL,
    traceparent  VARCHAR(100),
    tracestate   VARCHAR(500),
    created_at   TIMESTAMPTZ  NOT NULL,
    lease_until  TIMESTAMPTZ,
    attempts     INTEGER      NOT NULL DEFAULT 0,
    published_at TIMESTAMPTZ
);
CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE published_at IS NULL;

-- Inbox: ids of the events a consumer has applied, committed with the effect.
CREATE TABLE processed_event (
    consumer     VARCHAR(100) NOT NULL,
    event_id     VARCHAR(200) NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (consumer, event_id)
);

-- Idempotency-Key of REST writes: the first answer is replayed for the same key and body.
CREATE TABLE idempotency_record (
    idempotency_key VARCHAR(200) NOT NULL,
    operation       VARCHAR(100) NOT NULL,
    request_hash    VARCHAR(64)  NOT NULL,
    status          INTEGER      NOT NULL,
    location        VARCHAR(500),
    body            TEXT,
    created_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (idempotency_key, operation)
);
