-- qadam-server embedded store (SQLCipher), schema version 1. Frozen once released: later changes
-- get a new numbered file. Applied in one transaction by EmbeddedStore.
-- The sequences: counters.change numbers every change of records and conflicts (one sequence,
-- pulled in order); counters.audit numbers the server audit chain.
CREATE TABLE counters (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
INSERT INTO counters(name, value) VALUES ('change', 0), ('audit', 0);

CREATE TABLE records (
    entity         TEXT NOT NULL,
    id             TEXT NOT NULL,
    bucket         TEXT NOT NULL DEFAULT '',
    version        INTEGER NOT NULL,
    seq            INTEGER NOT NULL UNIQUE,
    hlc            INTEGER NOT NULL,
    fields         TEXT NOT NULL,            -- JSON object, storage form
    field_versions TEXT NOT NULL,            -- JSON object field -> version
    echo_device    TEXT NOT NULL DEFAULT '',
    created_at     INTEGER NOT NULL,
    created_by     TEXT NOT NULL DEFAULT '',
    updated_at     INTEGER NOT NULL,
    updated_by     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (entity, id)
);
CREATE INDEX records_bucket_seq ON records(bucket, seq);
CREATE INDEX records_id ON records(id);

CREATE TABLE conflicts (
    id           TEXT PRIMARY KEY,
    bucket       TEXT NOT NULL DEFAULT '',
    entity       TEXT NOT NULL,
    record_id    TEXT NOT NULL,
    field        TEXT NOT NULL,
    server_value TEXT NOT NULL,              -- JSON array of one value
    device_value TEXT NOT NULL,
    device_id    TEXT NOT NULL DEFAULT '',
    user_id      TEXT NOT NULL DEFAULT '',
    at           INTEGER NOT NULL,
    resolved     INTEGER NOT NULL DEFAULT 0,
    resolved_by  TEXT NOT NULL DEFAULT '',
    seq          INTEGER NOT NULL UNIQUE
);
CREATE INDEX conflicts_bucket_seq ON conflicts(bucket, seq);

CREATE TABLE field_history (
    entity    TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field     TEXT NOT NULL,
    old_value TEXT NOT NULL,                 -- JSON array of one value
    version   INTEGER NOT NULL,
    at        INTEGER NOT NULL,
    by_user   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX field_history_record ON field_history(record_id);

CREATE TABLE receipts (
    device_id  TEXT NOT NULL,
    device_seq INTEGER NOT NULL,
    result     BLOB NOT NULL,
    PRIMARY KEY (device_id, device_seq)
) WITHOUT ROWID;

CREATE TABLE case_links (
    record_id       TEXT NOT NULL,
    bucket          TEXT NOT NULL,
    kind            TEXT NOT NULL,
    user_id         TEXT NOT NULL DEFAULT '',
    organisation_id TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT '',
    from_date       TEXT NOT NULL DEFAULT '',
    to_date         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_links_record ON case_links(record_id);
CREATE INDEX case_links_bucket ON case_links(bucket);
CREATE INDEX case_links_user ON case_links(user_id);
CREATE INDEX case_links_organisation ON case_links(organisation_id);

CREATE TABLE case_facts (
    bucket          TEXT PRIMARY KEY,
    territory       TEXT NOT NULL DEFAULT '',
    case_officer_id TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_facts_territory ON case_facts(territory);
CREATE INDEX case_facts_officer ON case_facts(case_officer_id);

CREATE TABLE devices (
    id             TEXT PRIMARY KEY,
    user_id        TEXT NOT NULL,
    name           TEXT NOT NULL DEFAULT '',
    platform       TEXT NOT NULL DEFAULT '',
    client_version TEXT NOT NULL DEFAULT '',
    enrolled_at    INTEGER NOT NULL,
    last_seen_at   INTEGER NOT NULL,
    revoked        INTEGER NOT NULL DEFAULT 0,
    generation     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX devices_user ON devices(user_id);

CREATE TABLE delivered (
    device_id  TEXT NOT NULL,
    bucket     TEXT NOT NULL,
    generation INTEGER NOT NULL,
    PRIMARY KEY (device_id, bucket)
) WITHOUT ROWID;

CREATE TABLE accounts (
    user_id TEXT PRIMARY KEY,
    revoked INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE enrolment_codes (
    code_hash  BLOB PRIMARY KEY,
    user_id    TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at    INTEGER                        -- NULL while unused
);

CREATE TABLE tokens (
    token_hash BLOB PRIMARY KEY,
    device_id  TEXT NOT NULL,
    kind       TEXT NOT NULL,
    chain_id   TEXT NOT NULL DEFAULT '',
    expires_at INTEGER NOT NULL,
    used       INTEGER NOT NULL DEFAULT 0,
    revoked    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX tokens_device ON tokens(device_id);
CREATE INDEX tokens_chain ON tokens(chain_id);

CREATE TABLE audit_event (
    seq       INTEGER PRIMARY KEY,
    id        TEXT NOT NULL,
    at        INTEGER NOT NULL,
    actor_id  TEXT NOT NULL DEFAULT '',
    device_id TEXT NOT NULL DEFAULT '',
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL DEFAULT '',
    record_id TEXT NOT NULL DEFAULT '',
    bucket    TEXT NOT NULL DEFAULT '',
    prev_hash BLOB NOT NULL,
    hash      BLOB NOT NULL
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
