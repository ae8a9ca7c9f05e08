-- Local copy of the ERP's item and location master, fed by MasterDataChanged events, the sync
-- endpoint and the admin upsert endpoints. Forecast rows are validated against it, so ingest never
-- calls the ERP per row. revision is the ERP's change counter: an older event never overwrites.
CREATE TABLE master_item (
    sku             VARCHAR(128) PRIMARY KEY,
    description     TEXT         NOT NULL,
    category        VARCHAR(128) NOT NULL,
    family          VARCHAR(128) NOT NULL,
    base_uom        VARCHAR(8)   NOT NULL,
    conversions     TEXT         NOT NULL DEFAULT '[]',
    pack_size_value NUMERIC      NOT NULL,
    pack_size_uom   VARCHAR(8)   NOT NULL,
    gtin            VARCHAR(14),
    status          VARCHAR(16)  NOT NULL,
    revision        BIGINT       NOT NULL DEFAULT 0,
    updated_at      TIMESTAMPTZ  NOT NULL
);

CREATE TABLE master_location (
    code       VARCHAR(128) PRIMARY KEY,
    name       TEXT,
    type       VARCHAR(16)  NOT NULL,
    region     VARCHAR(128) NOT NULL,
    time_zone  VARCHAR(64)  NOT NULL,
    revision   BIGINT       NOT NULL DEFAULT 0,
    updated_at TIMESTAMPTZ  NOT NULL
);
