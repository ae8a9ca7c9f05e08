-- Dead-lettered payloads byte for byte: TEXT cannot hold a NUL byte or invalid UTF-8, and a
-- replay must restore exactly what arrived. The TEXT payload column stays as a readable preview.
ALTER TABLE process_exception ADD COLUMN payload_bytes BYTEA;
