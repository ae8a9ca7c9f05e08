-- Unit cache of the ERP item master, fed by MasterDataChanged: the item's own conversions
-- (1 CS = 24 EA) let sourcing convert a request in the base unit into a contract's order unit.
-- revision is the ERP's change counter; an older change never overwrites a newer one.
CREATE TABLE item_units (
    sku          VARCHAR(100) PRIMARY KEY,
    base_uom     VARCHAR(10)  NOT NULL,
    conversions  TEXT         NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    revision     BIGINT       NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL
);
