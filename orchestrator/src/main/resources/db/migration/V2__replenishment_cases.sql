-- Replenishment cases: one open case per item@location at a time, its full timeline, every
-- forecast revision it saw, and the forecast profile the decision reads.
CREATE TABLE replenishment_case (
    id                   VARCHAR(64)  PRIMARY KEY,
    item_id              VARCHAR(100) NOT NULL,
    location_id          VARCHAR(100) NOT NULL,
    item_category        VARCHAR(100) NOT NULL,
    state                VARCHAR(40)  NOT NULL,
    -- the step a PARKED/EXCEPTION case resumes at
    resume_state         VARCHAR(40),
    -- what the background worker must do next: ENRICH, ERP_SYNC; NULL when waiting on events
    pending_action       VARCHAR(20),
    next_attempt_at      TIMESTAMPTZ,
    attempts             INTEGER      NOT NULL DEFAULT 0,
    lease_until          TIMESTAMPTZ,
    status_reason        TEXT,
    material             BOOLEAN      NOT NULL DEFAULT FALSE,
    revision_cycle       VARCHAR(100),
    revision_version     INTEGER,
    revision_at          TIMESTAMPTZ,
    revision_count       INTEGER      NOT NULL DEFAULT 0,
    enrichment           TEXT,
    decision             TEXT,
    decision_kind        VARCHAR(20),
    request_id           VARCHAR(64),
    request_quantity     NUMERIC(19, 6),
    base_uom             VARCHAR(8),
    po_number            VARCHAR(100),
    po_revision          INTEGER,
    po_issue_kind        VARCHAR(20),
    po_document          TEXT,
    erp_po_number        VARCHAR(100),
    erp_status           VARCHAR(40),
    procurement_status   VARCHAR(40),
    opened_at            TIMESTAMPTZ  NOT NULL,
    decided_at           TIMESTAMPTZ,
    approval_started_at  TIMESTAMPTZ,
    sourcing_at          TIMESTAMPTZ,
    po_issued_at         TIMESTAMPTZ,
    erp_updated_at       TIMESTAMPTZ,
    acknowledged_at      TIMESTAMPTZ,
    closed_at            TIMESTAMPTZ,
    updated_at           TIMESTAMPTZ  NOT NULL,
    -- W3C trace context of the flow, so background steps continue its trace
    traceparent          VARCHAR(100),
    version              BIGINT       NOT NULL DEFAULT 0
);
-- At most one open case per SKU-location: concurrent consumers cannot open two.
CREATE UNIQUE INDEX replenishment_case_open_key ON replenishment_case (item_id, location_id)
    WHERE state NOT IN ('NO_ACTION', 'COMPLETED', 'CLOSED');
CREATE INDEX replenishment_case_work ON replenishment_case (next_attempt_at)
    WHERE pending_action IS NOT NULL;
CREATE INDEX replenishment_case_state ON replenishment_case (state, updated_at);
CREATE INDEX replenishment_case_po ON replenishment_case (po_number);
CREATE INDEX replenishment_case_erp_po ON replenishment_case (erp_po_number);

CREATE TABLE case_transition (
    id          BIGSERIAL    PRIMARY KEY,
    case_id     VARCHAR(64)  NOT NULL REFERENCES replenishment_case (id),
    from_state  VARCHAR(40),
    to_state    VARCHAR(40)  NOT NULL,
    at          TIMESTAMPTZ  NOT NULL,
    cause       VARCHAR(300) NOT NULL,
    event_id    VARCHAR(200),
    trace_id    VARCHAR(32),
    actor       VARCHAR(200) NOT NULL,
    detail      TEXT
);
CREATE INDEX case_transition_case ON case_transition (case_id, id);

CREATE TABLE case_revision (
    id              BIGSERIAL     PRIMARY KEY,
    case_id         VARCHAR(64)   NOT NULL REFERENCES replenishment_case (id),
    event_id        VARCHAR(200)  NOT NULL,
    planning_cycle  VARCHAR(100)  NOT NULL,
    version         INTEGER       NOT NULL,
    period_start    DATE          NOT NULL,
    period_end      DATE          NOT NULL,
    uom             VARCHAR(8)    NOT NULL,
    old_quantity    NUMERIC(19, 6) NOT NULL,
    new_quantity    NUMERIC(19, 6) NOT NULL,
    absolute_delta  NUMERIC(19, 6) NOT NULL,
    relative_delta  NUMERIC(19, 6),
    revised_at      TIMESTAMPTZ   NOT NULL,
    received_at     TIMESTAMPTZ   NOT NULL,
    -- APPLIED, SUPERSEDING (replaced an in-flight one), STALE (older than what the bucket holds)
    outcome         VARCHAR(20)   NOT NULL,
    note            TEXT
);
CREATE INDEX case_revision_case ON case_revision (case_id, id);

CREATE TABLE forecast_bucket (
    item_id         VARCHAR(100)  NOT NULL,
    location_id     VARCHAR(100)  NOT NULL,
    period_start    DATE          NOT NULL,
    period_end      DATE          NOT NULL,
    quantity        NUMERIC(19, 6) NOT NULL,
    uom             VARCHAR(8)    NOT NULL,
    planning_cycle  VARCHAR(100)  NOT NULL,
    version         INTEGER       NOT NULL,
    revised_at      TIMESTAMPTZ   NOT NULL,
    event_id        VARCHAR(200)  NOT NULL,
    PRIMARY KEY (item_id, location_id, period_start)
);

-- Work that needs a person (or a retry): policy breaches, manual review, rejected
-- acknowledgments, retries exhausted, dead-lettered messages.
CREATE TABLE process_exception (
    id             VARCHAR(64)   PRIMARY KEY,
    type           VARCHAR(40)   NOT NULL,
    domain         VARCHAR(40)   NOT NULL,
    case_id        VARCHAR(64)   REFERENCES replenishment_case (id),
    status         VARCHAR(20)   NOT NULL,
    reason         TEXT          NOT NULL,
    created_at     TIMESTAMPTZ   NOT NULL,
    updated_at     TIMESTAMPTZ   NOT NULL,
    resolved_at    TIMESTAMPTZ,
    resolved_by    VARCHAR(200),
    source_topic   VARCHAR(200),
    dlq_topic      VARCHAR(200),
    dlq_partition  INTEGER,
    dlq_offset     BIGINT,
    record_key     VARCHAR(300),
    event_id       VARCHAR(200),
    event_type     VARCHAR(200),
    headers        TEXT,
    payload        TEXT,
    version        BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (dlq_topic, dlq_partition, dlq_offset)
);
CREATE INDEX process_exception_status ON process_exception (status, created_at);
CREATE INDEX process_exception_case ON process_exception (case_id);

-- Audit of what people did with exceptions.
CREATE TABLE exception_action (
    id            BIGSERIAL     PRIMARY KEY,
    exception_id  VARCHAR(64)   NOT NULL REFERENCES process_exception (id),
    action        VARCHAR(20)   NOT NULL,
    actor         VARCHAR(200)  NOT NULL,
    comment       TEXT          NOT NULL,
    at            TIMESTAMPTZ   NOT NULL,
    trace_id      VARCHAR(32)
);
CREATE INDEX exception_action_exception ON exception_action (exception_id, id);
