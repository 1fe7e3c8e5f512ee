-- qadam-server embedded store, schema version 2 (R31): the audit chain is append-only. The hash
-- chain lets a verifier find a change; these triggers stop one being made through the store.
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
