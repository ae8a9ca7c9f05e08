-- A sourcing exception names the supplier PO it concerns (an amendment, a failed delivery), as its
-- SourcingExceptionRaised event does.
ALTER TABLE sourcing_exception ADD COLUMN po_number VARCHAR(100);

-- The trace context a request arrived in, so work done for it later (a buyer's approval, in a
-- trace of its own) can link back to the flow that asked for it.
ALTER TABLE replenishment_request ADD COLUMN traceparent VARCHAR(100);
ALTER TABLE replenishment_request ADD COLUMN tracestate VARCHAR(500);
