-- A forecast revision that arrives while a case's order is in flight is deferred on that case and
-- opens a follow-up case when it ends (one open case per SKU-location stays the rule).
ALTER TABLE replenishment_case ADD COLUMN deferred_revision_event VARCHAR(200);
ALTER TABLE replenishment_case ADD COLUMN follow_up_case_id VARCHAR(64);
ALTER TABLE replenishment_case ADD COLUMN follow_up_of VARCHAR(64);
