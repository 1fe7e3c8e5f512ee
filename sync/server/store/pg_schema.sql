-- qadam-server PostgreSQL store, schema version 1. Idempotent: run by every server at start in
-- one transaction holding an advisory lock (servers starting together do not race). Later
-- versions add statements below; existing ones never change.
-- Columns mirror embedded_schema.sql; flags are integers (0/1) so both stores share their SQL.
CREATE TABLE IF NOT EXISTS schema_version (
    version    integer PRIMARY KEY,
    applied_at bigint NOT NULL
);

CREATE TABLE IF NOT EXISTS counters (
    name  text PRIMARY KEY,
    value bigint NOT NULL
);
INSERT INTO counters(name, value) VALUES ('change', 0), ('audit', 0) ON CONFLICT (name) DO NOTHING;

CREATE TABLE IF NOT EXISTS records (
    entity         text NOT NULL,
    id             text NOT NULL,
    bucket         text NOT NULL DEFAULT '',
    version        bigint NOT NULL,
    seq            bigint NOT NULL UNIQUE,
    hlc            bigint NOT NULL,
    fields         text NOT NULL,
    field_versions text NOT NULL,
    echo_device    text NOT NULL DEFAULT '',
    created_at     bigint NOT NULL,
    created_by     text NOT NULL DEFAULT '',
    updated_at     bigint NOT NULL,
    updated_by     text NOT NULL DEFAULT '',
    PRIMARY KEY (entity, id)
);
CREATE INDEX IF NOT EXISTS records_bucket_seq ON records(bucket, seq);
CREATE INDEX IF NOT EXISTS records_id ON records(id);

CREATE TABLE IF NOT EXISTS conflicts (
    id           text PRIMARY KEY,
    bucket       text NOT NULL DEFAULT '',
    entity       text NOT NULL,
    record_id    text NOT NULL,
    field        text NOT NULL,
    server_value text NOT NULL,
    device_value text NOT NULL,
    device_id    text NOT NULL DEFAULT '',
    user_id      text NOT NULL DEFAULT '',
    at           bigint NOT NULL,
    resolved     integer NOT NULL DEFAULT 0,
    resolved_by  text NOT NULL DEFAULT '',
    seq          bigint NOT NULL UNIQUE
);
CREATE INDEX IF NOT EXISTS conflicts_bucket_seq ON conflicts(bucket, seq);

CREATE TABLE IF NOT EXISTS field_history (
    entity    text NOT NULL,
    record_id text NOT NULL,
    field     text NOT NULL,
    old_value text NOT NULL,
    version   bigint NOT NULL,
    at        bigint NOT NULL,
    by_user   text NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS field_history_record ON field_history(record_id);

CREATE TABLE IF NOT EXISTS receipts (
    device_id  text NOT NULL,
    device_seq bigint NOT NULL,
    result     bytea NOT NULL,
    PRIMARY KEY (device_id, device_seq)
);

CREATE TABLE IF NOT EXISTS case_links (
    record_id       text NOT NULL,
    bucket          text NOT NULL,
    kind            text NOT NULL,
    user_id         text NOT NULL DEFAULT '',
    organisation_id text NOT NULL DEFAULT '',
    status          text NOT NULL DEFAULT '',
    from_date       text NOT NULL DEFAULT '',
    to_date         text NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS case_links_record ON case_links(record_id);
CREATE INDEX IF NOT EXISTS case_links_bucket ON case_links(bucket);
CREATE INDEX IF NOT EXISTS case_links_user ON case_links(user_id);
CREATE INDEX IF NOT EXISTS case_links_organisation ON case_links(organisation_id);

CREATE TABLE IF NOT EXISTS case_facts (
    bucket          text PRIMARY KEY,
    territory       text NOT NULL DEFAULT '',
    case_officer_id text NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS case_facts_territory ON case_facts(territory);
CREATE INDEX IF NOT EXISTS case_facts_officer ON case_facts(case_officer_id);

CREATE TABLE IF NOT EXISTS devices (
    id             text PRIMARY KEY,
    user_id        text NOT NULL,
    name           text NOT NULL DEFAULT '',
    platform       text NOT NULL DEFAULT '',
    client_version text NOT NULL DEFAULT '',
    enrolled_at    bigint NOT NULL,
    last_seen_at   bigint NOT NULL,
    revoked        integer NOT NULL DEFAULT 0,
    generation     bigint NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS devices_user ON devices(user_id);

CREATE TABLE IF NOT EXISTS delivered (
    device_id  text NOT NULL,
    bucket     text NOT NULL,
    generation bigint NOT NULL,
    PRIMARY KEY (device_id, bucket)
);

CREATE TABLE IF NOT EXISTS accounts (
    user_id text PRIMARY KEY,
    revoked integer NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS enrolment_codes (
    code_hash  bytea PRIMARY KEY,
    user_id    text NOT NULL,
    expires_at bigint NOT NULL,
    used_at    bigint
);

CREATE TABLE IF NOT EXISTS tokens (
    token_hash bytea PRIMARY KEY,
    device_id  text NOT NULL,
    kind       text NOT NULL,
    chain_id   text NOT NULL DEFAULT '',
    expires_at bigint NOT NULL,
    used       integer NOT NULL DEFAULT 0,
    revoked    integer NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS tokens_device ON tokens(device_id);
CREATE INDEX IF NOT EXISTS tokens_chain ON tokens(chain_id);

CREATE TABLE IF NOT EXISTS audit_event (
    seq       bigint PRIMARY KEY,
    id        text NOT NULL,
    at        bigint NOT NULL,
    actor_id  text NOT NULL DEFAULT '',
    device_id text NOT NULL DEFAULT '',
    action    text NOT NULL,
    entity    text NOT NULL DEFAULT '',
    record_id text NOT NULL DEFAULT '',
    bucket    text NOT NULL DEFAULT '',
    prev_hash bytea NOT NULL,
    hash      bytea NOT NULL
);

CREATE TABLE IF NOT EXISTS settings (
    key   text PRIMARY KEY,
    value text NOT NULL
);

-- R31: the audit chain is append-only (the hash chain lets a verifier find a change; these
-- triggers stop one being made through the server's role). Idempotent like the rest.
CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit events are append-only';
END
$$;
CREATE OR REPLACE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE OR REPLACE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

-- Version 2: the reading a bucket was delivered under (embedded_delivered_view.sql says why).
ALTER TABLE delivered ADD COLUMN IF NOT EXISTS view text NOT NULL DEFAULT '';

-- Version 3: the newest device audit event the server holds per device (embedded_device_audit.sql).
ALTER TABLE devices ADD COLUMN IF NOT EXISTS audit_seq bigint NOT NULL DEFAULT 0;

-- Version 4: a wiped device's confirmation (embedded_device_wipe.sql).
ALTER TABLE devices ADD COLUMN IF NOT EXISTS wipe_receipt bytea NOT NULL DEFAULT '';
ALTER TABLE devices ADD COLUMN IF NOT EXISTS wipe_confirmed_at bigint NOT NULL DEFAULT 0;
