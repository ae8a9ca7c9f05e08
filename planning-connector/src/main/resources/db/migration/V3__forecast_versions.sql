-- One row per planning cycle: its latest applied version. The row is locked while a publication
-- of the cycle is applied, so versions are numbered without gaps or races.
CREATE TABLE planning_cycle (
    cycle_id         VARCHAR(128) PRIMARY KEY,
    current_version  INTEGER      NOT NULL DEFAULT 0,
    content_hash     VARCHAR(64),
    last_publication UUID,
    updated_at       TIMESTAMPTZ  NOT NULL
);

-- A forecast publication and its processing job (the resource behind /forecast-publications/{id}).
CREATE TABLE forecast_publication (
    id                  UUID PRIMARY KEY,
    cycle_id            VARCHAR(128) NOT NULL,
    channel             VARCHAR(16)  NOT NULL,
    file_name           VARCHAR(300),
    csv_mapping         VARCHAR(64),
    idempotency_key     VARCHAR(200),
    content_hash        VARCHAR(64)  NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    version             INTEGER,
    duplicate_of        UUID,
    rows_read           BIGINT       NOT NULL DEFAULT 0,
    rows_accepted       BIGINT       NOT NULL DEFAULT 0,
    rows_rejected       BIGINT       NOT NULL DEFAULT 0,
    revisions_detected  BIGINT       NOT NULL DEFAULT 0,
    revisions_emitted   BIGINT       NOT NULL DEFAULT 0,
    progress_percent    INTEGER      NOT NULL DEFAULT 0,
    detail              TEXT,
    published_at        TIMESTAMPTZ  NOT NULL,
    started_at          TIMESTAMPTZ  NOT NULL,
    -- Last sign of life of a running job; a job silent for long was lost with its replica.
    heartbeat_at        TIMESTAMPTZ  NOT NULL,
    finished_at         TIMESTAMPTZ
);
CREATE UNIQUE INDEX forecast_publication_idempotency
    ON forecast_publication (idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX forecast_publication_cycle ON forecast_publication (cycle_id, started_at);

-- The first N row errors of a publication (the counts are on the publication).
CREATE TABLE publication_row_error (
    publication_id UUID         NOT NULL REFERENCES forecast_publication (id) ON DELETE CASCADE,
    seq            INTEGER      NOT NULL,
    line           BIGINT       NOT NULL,
    column_name    VARCHAR(64),
    reason         TEXT         NOT NULL,
    PRIMARY KEY (publication_id, seq)
);

-- The current version of every bucket of a cycle, quantities in the item's base unit. Only changed
-- buckets are written per version, so a re-publication with few changes touches few rows.
CREATE TABLE forecast_current (
    cycle_id     VARCHAR(128) NOT NULL,
    item_id      VARCHAR(128) NOT NULL,
    location_id  VARCHAR(128) NOT NULL,
    period_start DATE         NOT NULL,
    period_end   DATE         NOT NULL,
    quantity     NUMERIC      NOT NULL,
    uom          VARCHAR(8)   NOT NULL,
    category     VARCHAR(128) NOT NULL,
    version      INTEGER      NOT NULL,
    PRIMARY KEY (cycle_id, item_id, location_id, period_start)
);
CREATE INDEX forecast_current_bucket ON forecast_current (item_id, location_id, period_start);

-- Every change between two versions of a bucket (the history), published or kept as noise.
CREATE TABLE forecast_revision (
    id             BIGSERIAL PRIMARY KEY,
    cycle_id       VARCHAR(128) NOT NULL,
    version        INTEGER      NOT NULL,
    item_id        VARCHAR(128) NOT NULL,
    location_id    VARCHAR(128) NOT NULL,
    period_start   DATE         NOT NULL,
    period_end     DATE         NOT NULL,
    uom            VARCHAR(8)   NOT NULL,
    category       VARCHAR(128) NOT NULL,
    old_quantity   NUMERIC      NOT NULL,
    new_quantity   NUMERIC      NOT NULL,
    absolute_delta NUMERIC      NOT NULL,
    relative_delta NUMERIC,
    change         VARCHAR(8)   NOT NULL,
    published      BOOLEAN      NOT NULL,
    revised_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX forecast_revision_version ON forecast_revision (cycle_id, version, id);
CREATE INDEX forecast_revision_bucket ON forecast_revision (item_id, location_id, period_start);
