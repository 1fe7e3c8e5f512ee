-- Migration 7: the device side of sync (sync/client, core/replica).
-- Frozen once released. Later changes get a new migration.

-- Sync settings of this device: the opaque server cursor (base64), the server epoch (hex), the
-- offline lease expiry, the last successful sync, and the enrolment credentials (server URL,
-- device id, user id, role, refresh token). The store is encrypted; nothing here reaches logs.
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Conflict records from the server (a protected field edited on two sides), for the UI.
-- Values keep their storage form (text, integer or NULL).
CREATE TABLE sync_conflict (
    id           TEXT PRIMARY KEY,
    bucket       TEXT,
    entity       TEXT NOT NULL,
    record_id    TEXT NOT NULL,
    field        TEXT NOT NULL,
    server_value,          -- no declared type: values keep their storage class
    device_value,
    device_id    TEXT,
    user_id      TEXT,
    at           INTEGER NOT NULL,
    resolved     INTEGER NOT NULL DEFAULT 0,
    seq          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sync_conflict_bucket ON sync_conflict(bucket);
CREATE INDEX sync_conflict_record ON sync_conflict(record_id);

-- Buckets (cases) this device has received, and purges the server asked for that wait until the
-- device's pending ops of that bucket are uploaded.
CREATE TABLE sync_bucket (
    bucket        TEXT PRIMARY KEY,
    known_since   INTEGER NOT NULL,
    purge_pending INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- The outbox gains the 'restore' kind (re-upload after a server restore), the bucket of each op
-- (so a purge can wait for that bucket's ops) and the field a rejection names. SQLite cannot
-- alter a CHECK constraint, so the table is rebuilt with its rows.
CREATE TABLE outbox_v7 (
    device_seq     INTEGER PRIMARY KEY,
    op_id          TEXT NOT NULL UNIQUE,
    device_id      TEXT NOT NULL,
    entity         TEXT NOT NULL,
    record_id      TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('create', 'patch', 'command', 'restore')),
    command        TEXT,
    base_version   INTEGER NOT NULL,
    fields         TEXT NOT NULL,
    hlc            INTEGER NOT NULL,
    occurred_at    INTEGER NOT NULL,
    schema_version INTEGER NOT NULL,
    created_at     INTEGER NOT NULL,
    state          TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'acknowledged', 'rejected')),
    result_code    TEXT,
    result_detail  TEXT,
    bucket         TEXT,
    result_field   TEXT
);
INSERT INTO outbox_v7(device_seq, op_id, device_id, entity, record_id, kind, command, base_version, fields, hlc,
                      occurred_at, schema_version, created_at, state, result_code, result_detail)
    SELECT device_seq, op_id, device_id, entity, record_id, kind, command, base_version, fields, hlc,
           occurred_at, schema_version, created_at, state, result_code, result_detail FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v7 RENAME TO outbox;
CREATE INDEX outbox_state ON outbox(state, device_seq);
CREATE INDEX outbox_bucket ON outbox(bucket, state);
CREATE INDEX outbox_record ON outbox(record_id, state);

-- Existing ops get their bucket from the record they changed.
UPDATE outbox SET bucket = record_id WHERE entity = 'Person';
UPDATE outbox SET bucket = (SELECT person_id FROM relationship WHERE id = outbox.record_id) WHERE entity = 'Relationship';
UPDATE outbox SET bucket = (SELECT person_id FROM conviction WHERE id = outbox.record_id) WHERE entity = 'Conviction';
UPDATE outbox SET bucket = (SELECT person_id FROM supervision_order WHERE id = outbox.record_id) WHERE entity = 'SupervisionOrder';
UPDATE outbox SET bucket = (SELECT person_id FROM order_suspension WHERE id = outbox.record_id) WHERE entity = 'OrderSuspension';
UPDATE outbox SET bucket = (SELECT person_id FROM order_restriction WHERE id = outbox.record_id) WHERE entity = 'OrderRestriction';
UPDATE outbox SET bucket = (SELECT person_id FROM order_status_change WHERE id = outbox.record_id) WHERE entity = 'OrderStatusChange';
UPDATE outbox SET bucket = (SELECT person_id FROM assistance_programme WHERE id = outbox.record_id) WHERE entity = 'AssistanceProgramme';
UPDATE outbox SET bucket = (SELECT person_id FROM programme_need WHERE id = outbox.record_id) WHERE entity = 'ProgrammeNeed';
UPDATE outbox SET bucket = (SELECT person_id FROM programme_goal WHERE id = outbox.record_id) WHERE entity = 'ProgrammeGoal';
UPDATE outbox SET bucket = (SELECT person_id FROM programme_measure WHERE id = outbox.record_id) WHERE entity = 'ProgrammeMeasure';
UPDATE outbox SET bucket = (SELECT person_id FROM referral WHERE id = outbox.record_id) WHERE entity = 'Referral';
UPDATE outbox SET bucket = (SELECT person_id FROM check_in WHERE id = outbox.record_id) WHERE entity = 'CheckIn';
UPDATE outbox SET bucket = (SELECT person_id FROM counselling_session WHERE id = outbox.record_id) WHERE entity = 'CounsellingSession';
UPDATE outbox SET bucket = (SELECT person_id FROM progress_review WHERE id = outbox.record_id) WHERE entity = 'ProgressReview';
UPDATE outbox SET bucket = (SELECT person_id FROM alert WHERE id = outbox.record_id) WHERE entity = 'Alert';
UPDATE outbox SET bucket = (SELECT person_id FROM document WHERE id = outbox.record_id) WHERE entity = 'Document';
UPDATE outbox SET bucket = (SELECT person_id FROM consent_record WHERE id = outbox.record_id) WHERE entity = 'ConsentRecord';
UPDATE outbox SET bucket = (SELECT person_id FROM information_share WHERE id = outbox.record_id) WHERE entity = 'InformationShare';
