-- Locations of the embedded reference ERP (plants / DCs / stores).
CREATE TABLE location (
    code        VARCHAR(40)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    type        VARCHAR(20)  NOT NULL,
    region      VARCHAR(40)  NOT NULL,
    time_zone   VARCHAR(60)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);
