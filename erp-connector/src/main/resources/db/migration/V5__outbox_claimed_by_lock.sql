-- The relay claims a batch with row locks held until the batch is acknowledged and marked, instead
-- of writing a lease into every row first (two writes per event; see OutboxRelay).
ALTER TABLE outbox_event DROP COLUMN lease_until;
