-- Replenishment requests taken from procurement.replenishment-requests.v1, whoever raised them
-- (the orchestrator, or a buyer through the REST API, which queues through the same topic).
CREATE TABLE replenishment_request (
    request_id       VARCHAR(100)   PRIMARY KEY,
    case_id          VARCHAR(100)   NOT NULL,
    item_id          VARCHAR(100)   NOT NULL,
    location_id      VARCHAR(100)   NOT NULL,
    quantity         NUMERIC(19, 6) NOT NULL,
    uom              VARCHAR(10)    NOT NULL,
    need_by_date     DATE           NOT NULL,
    decision_kind    VARCHAR(20)    NOT NULL,
    po_number        VARCHAR(100),
    estimated_amount NUMERIC(19, 4),
    currency         CHAR(3),
    requested_at     TIMESTAMPTZ    NOT NULL,
    requested_by     VARCHAR(200)   NOT NULL,
    status           VARCHAR(30)    NOT NULL,
    received_at      TIMESTAMPTZ    NOT NULL,
    version          BIGINT         NOT NULL DEFAULT 0
);
CREATE INDEX replenishment_request_item_location ON replenishment_request (item_id, location_id);
