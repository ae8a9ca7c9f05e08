-- Supplier contracts: the terms sourcing chooses between. Quantities are in the contract's order unit.
CREATE TABLE supplier_contract (
    id                     VARCHAR(100)   PRIMARY KEY,
    supplier_id            VARCHAR(100)   NOT NULL,
    item_id                VARCHAR(100)   NOT NULL,
    unit_price             NUMERIC(19, 6) NOT NULL,
    currency               CHAR(3)        NOT NULL,
    lead_time_days         INTEGER        NOT NULL,
    lead_time_std_dev_days NUMERIC(9, 3),
    order_uom              VARCHAR(10)    NOT NULL,
    moq                    NUMERIC(19, 6) NOT NULL,
    order_multiple         NUMERIC(19, 6) NOT NULL,
    capacity_per_week      NUMERIC(19, 6),
    valid_from             DATE           NOT NULL,
    valid_to               DATE,
    preferred              BOOLEAN        NOT NULL,
    version                BIGINT         NOT NULL DEFAULT 0
);
CREATE INDEX supplier_contract_item ON supplier_contract (item_id, supplier_id);

-- What sourcing decided for a request, with its reasons (one line per contract considered).
ALTER TABLE replenishment_request
    ADD COLUMN supplier_id      VARCHAR(100),
    ADD COLUMN contract_id      VARCHAR(100),
    ADD COLUMN order_quantity   NUMERIC(19, 6),
    ADD COLUMN order_uom        VARCHAR(10),
    ADD COLUMN order_unit_price NUMERIC(19, 6),
    ADD COLUMN order_value      NUMERIC(19, 4),
    ADD COLUMN order_currency   CHAR(3),
    ADD COLUMN sourcing_reasons TEXT,
    ADD COLUMN issued_po_number VARCHAR(100);

-- Requests that could not be sourced or were stopped (no contract, capacity, lead time, rejected).
CREATE TABLE sourcing_exception (
    id          UUID         PRIMARY KEY,
    request_id  VARCHAR(100) NOT NULL,
    case_id     VARCHAR(100) NOT NULL,
    item_id     VARCHAR(100) NOT NULL,
    location_id VARCHAR(100) NOT NULL,
    reason      VARCHAR(40)  NOT NULL,
    detail      TEXT         NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX sourcing_exception_created ON sourcing_exception (created_at DESC);

-- Approvals of requests above the spend limit of their buyer group.
CREATE TABLE approval (
    id           UUID           PRIMARY KEY,
    request_id   VARCHAR(100)   NOT NULL UNIQUE REFERENCES replenishment_request (request_id),
    buyer_group  VARCHAR(100)   NOT NULL,
    amount       NUMERIC(19, 4) NOT NULL,
    currency     CHAR(3)        NOT NULL,
    spend_limit  NUMERIC(19, 4) NOT NULL,
    status       VARCHAR(20)    NOT NULL,
    created_at   TIMESTAMPTZ    NOT NULL,
    escalated_at TIMESTAMPTZ,
    decided_at   TIMESTAMPTZ,
    decided_by   VARCHAR(200),
    comment      VARCHAR(2000),
    version      BIGINT         NOT NULL DEFAULT 0
);
CREATE INDEX approval_pending ON approval (created_at) WHERE status = 'PENDING';

-- Supplier purchase orders as procurement issued them.
CREATE TABLE purchase_order (
    number              VARCHAR(100) PRIMARY KEY,
    supplier_id         VARCHAR(100) NOT NULL,
    ship_to_location_id VARCHAR(100) NOT NULL,
    currency            CHAR(3)      NOT NULL,
    status              VARCHAR(30)  NOT NULL,
    revision            INTEGER      NOT NULL,
    case_id             VARCHAR(100),
    request_id          VARCHAR(100),
    issued_at           TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX purchase_order_supplier_location ON purchase_order (supplier_id, ship_to_location_id);

CREATE TABLE purchase_order_line (
    po_number        VARCHAR(100)   NOT NULL REFERENCES purchase_order (number),
    line_number      INTEGER        NOT NULL,
    item_id          VARCHAR(100)   NOT NULL,
    supplier_part_id VARCHAR(100)   NOT NULL,
    quantity         NUMERIC(19, 6) NOT NULL,
    uom              VARCHAR(10)    NOT NULL,
    unit_price       NUMERIC(19, 6) NOT NULL,
    need_by_date     DATE           NOT NULL,
    PRIMARY KEY (po_number, line_number)
);
CREATE INDEX purchase_order_line_item ON purchase_order_line (item_id);
CREATE SEQUENCE purchase_order_number_seq START 100001;

-- Outbound cXML OrderRequests: written with the PO in one transaction, sent by a scheduler, parked
-- with backoff while the supplier cannot take them and FAILED (visible) after the attempt limit.
CREATE TABLE supplier_delivery (
    id              UUID         PRIMARY KEY,
    po_number       VARCHAR(100) NOT NULL REFERENCES purchase_order (number),
    revision        INTEGER      NOT NULL,
    supplier_id     VARCHAR(100) NOT NULL,
    payload_id      VARCHAR(200) NOT NULL UNIQUE,
    document        TEXT         NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    attempts        INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL,
    last_error      VARCHAR(2000),
    created_at      TIMESTAMPTZ  NOT NULL,
    delivered_at    TIMESTAMPTZ,
    UNIQUE (po_number, revision)
);
CREATE INDEX supplier_delivery_due ON supplier_delivery (next_attempt_at) WHERE status IN ('PENDING', 'PARKED');

-- Every inbound cXML document, applied or not, kept for inspection with the status we answered.
CREATE TABLE supplier_document (
    id            UUID         PRIMARY KEY,
    payload_id    VARCHAR(200),
    document_type VARCHAR(40),
    supplier_id   VARCHAR(100),
    po_number     VARCHAR(100),
    status_code   INTEGER      NOT NULL,
    status_text   VARCHAR(2000),
    body          TEXT         NOT NULL,
    received_at   TIMESTAMPTZ  NOT NULL
);
CREATE UNIQUE INDEX supplier_document_applied ON supplier_document (supplier_id, payload_id) WHERE status_code = 200;
