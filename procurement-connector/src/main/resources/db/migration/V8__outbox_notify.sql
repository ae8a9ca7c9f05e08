-- Commits that write outbox events wake the relays at once (OutboxNotifications) instead of at
-- their next poll. NOTIFY is transactional: PostgreSQL delivers it when the transaction commits,
-- never after a rollback, and folds the notifications of one transaction into one. A statement
-- trigger, so a bulk insert notifies once too.
CREATE FUNCTION outbox_event_notify() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('outbox_event', '');
  RETURN NULL;
END
$$;

CREATE TRIGGER outbox_event_notify
  AFTER INSERT ON outbox_event
  FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify();
