-- Locations count their changes like items do, so MasterDataChanged consumers can drop stale ones.
ALTER TABLE location ADD COLUMN revision BIGINT NOT NULL DEFAULT 1;
