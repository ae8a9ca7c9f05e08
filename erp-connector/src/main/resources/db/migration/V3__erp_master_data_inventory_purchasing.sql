-- The embedded reference ERP: item and supplier masters, platform location codes, stock per
-- item and location, purchase orders with their lines, and goods receipts. Quantities are exact
-- decimals; identifiers are the business keys the API shows, never surrogate ids.

CREATE TABLE item (
    sku          VARCHAR(128) PRIMARY KEY,
    description  VARCHAR(500) NOT NULL,
    category     VARCHAR(100) NOT NULL,
    family       VARCHAR(100) NOT NULL,
    base_uom     VARCHAR(8)   NOT NULL,
    -- The item's own unit conversions as a JSON array [{"from":"CS","factor":24,"to":"EA"}].
    conversions  TEXT         NOT NULL,
    pack_size    NUMERIC(20, 6) NOT NULL,
    pack_uom     VARCHAR(8)   NOT NULL,
    gtin         VARCHAR(14),
    status       VARCHAR(20)  NOT NULL,
    revision     BIGINT       NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX item_category ON item (category, sku);

CREATE TABLE supplier (
    id           VARCHAR(128) PRIMARY KEY,
    legal_name   VARCHAR(300) NOT NULL,
    tax_id       VARCHAR(60)  NOT NULL,
    duns         VARCHAR(20),
    -- Postal addresses as a JSON array, read and written whole with the supplier.
    addresses    TEXT         NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0
);

-- A location's code on another platform (ERP plant 1710 = DC-EAST). One code per location and
-- platform, one location per platform code.
CREATE TABLE location_mapping (
    platform      VARCHAR(20)  NOT NULL,
    platform_code VARCHAR(60)  NOT NULL,
    location_code VARCHAR(40)  NOT NULL REFERENCES location (code),
    updated_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (platform, platform_code),
    UNIQUE (platform, location_code)
);

-- Stock buckets in the item's base unit. A missing row means zero stock.
CREATE TABLE inventory_position (
    item_id      VARCHAR(128)   NOT NULL REFERENCES item (sku),
    location_id  VARCHAR(40)    NOT NULL REFERENCES location (code),
    on_hand      NUMERIC(20, 6) NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
    allocated    NUMERIC(20, 6) NOT NULL DEFAULT 0 CHECK (allocated >= 0),
    on_order     NUMERIC(20, 6) NOT NULL DEFAULT 0 CHECK (on_order >= 0),
    in_transit   NUMERIC(20, 6) NOT NULL DEFAULT 0 CHECK (in_transit >= 0),
    backordered  NUMERIC(20, 6) NOT NULL DEFAULT 0 CHECK (backordered >= 0),
    updated_at   TIMESTAMPTZ    NOT NULL,
    PRIMARY KEY (item_id, location_id)
);
CREATE INDEX inventory_position_location ON inventory_position (location_id);

-- ERP numbering like SAP's purchasing documents (45xxxxxxxx) and material documents (50xxxxxxxx).
CREATE SEQUENCE purchase_order_number_seq START WITH 4500000001;
CREATE SEQUENCE goods_receipt_number_seq START WITH 5000000001;

CREATE TABLE purchase_order (
    number              VARCHAR(20)  PRIMARY KEY,
    supplier_id         VARCHAR(128) NOT NULL REFERENCES supplier (id),
    ship_to_location_id VARCHAR(40)  NOT NULL REFERENCES location (code),
    currency            VARCHAR(3)      NOT NULL,
    status              VARCHAR(30)  NOT NULL,
    external_reference  VARCHAR(128),
    case_id             VARCHAR(128),
    revision            INTEGER      NOT NULL,
    last_reason         VARCHAR(500),
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0
);
-- The procurement platform's PO number identifies one ERP order: a second create is refused.
CREATE UNIQUE INDEX purchase_order_external_reference
    ON purchase_order (external_reference) WHERE external_reference IS NOT NULL;
CREATE INDEX purchase_order_supplier ON purchase_order (supplier_id);
CREATE INDEX purchase_order_location ON purchase_order (ship_to_location_id);
CREATE INDEX purchase_order_status ON purchase_order (status);

CREATE TABLE purchase_order_line (
    po_number         VARCHAR(20)    NOT NULL REFERENCES purchase_order (number),
    line_number       INTEGER        NOT NULL,
    item_id           VARCHAR(128)   NOT NULL REFERENCES item (sku),
    quantity          NUMERIC(20, 6) NOT NULL CHECK (quantity > 0),
    uom               VARCHAR(8)     NOT NULL,
    unit_price        NUMERIC(20, 6) NOT NULL CHECK (unit_price >= 0),
    need_by_date      DATE           NOT NULL,
    received_quantity NUMERIC(20, 6) NOT NULL DEFAULT 0 CHECK (received_quantity >= 0),
    PRIMARY KEY (po_number, line_number)
);
CREATE INDEX purchase_order_line_item ON purchase_order_line (item_id);

CREATE TABLE goods_receipt (
    receipt_id    VARCHAR(20)    PRIMARY KEY,
    po_number     VARCHAR(20)    NOT NULL REFERENCES purchase_order (number),
    line_number   INTEGER        NOT NULL,
    item_id       VARCHAR(128)   NOT NULL,
    location_id   VARCHAR(40)    NOT NULL,
    quantity      NUMERIC(20, 6) NOT NULL CHECK (quantity > 0),
    uom           VARCHAR(8)     NOT NULL,
    receipt_date  DATE           NOT NULL,
    posted_at     TIMESTAMPTZ    NOT NULL
);
CREATE INDEX goods_receipt_po ON goods_receipt (po_number);
