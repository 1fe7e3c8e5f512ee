-- Migration 1: every record of DOMAIN.md, the outbox and the audit chain.
-- Frozen once released. Later changes get a new migration.

-- Device-local settings and counters (device id, next device_seq, last HLC).
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Pending sync operations in the op format of ARCHITECTURE.md. device_seq is the idempotency key
-- together with device_id and is strictly increasing with no gaps (allocated from meta in the
-- same transaction as the record change).
CREATE TABLE outbox (
    device_seq     INTEGER PRIMARY KEY,
    op_id          TEXT NOT NULL UNIQUE,
    device_id      TEXT NOT NULL,
    entity         TEXT NOT NULL,
    record_id      TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('create', 'patch', 'command')),
    command        TEXT,
    base_version   INTEGER NOT NULL,
    fields         TEXT NOT NULL,
    hlc            INTEGER NOT NULL,
    occurred_at    INTEGER NOT NULL,
    schema_version INTEGER NOT NULL,
    created_at     INTEGER NOT NULL,
    state          TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'acknowledged', 'rejected')),
    result_code    TEXT,
    result_detail  TEXT
);
CREATE INDEX outbox_state ON outbox(state, device_seq);

-- Append-only, hash-chained audit events. Identifiers only, never case content.
CREATE TABLE audit_event (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    at         INTEGER NOT NULL,
    actor_id   TEXT NOT NULL,
    actor_role TEXT NOT NULL,
    device_id  TEXT NOT NULL,
    action     TEXT NOT NULL,
    entity     TEXT NOT NULL,
    record_id  TEXT NOT NULL,
    person_id  TEXT,
    prev_hash  BLOB NOT NULL,
    hash       BLOB NOT NULL,
    synced     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX audit_event_record ON audit_event(record_id);
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OF seq, id, at, actor_id, actor_role, device_id, action,
    entity, record_id, person_id, prev_hash, hash ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;

-- Earlier values of fields overwritten by a merge or a patch (nothing is silently lost).
CREATE TABLE field_history (
    seq        INTEGER PRIMARY KEY,
    entity     TEXT NOT NULL,
    record_id  TEXT NOT NULL,
    field      TEXT NOT NULL,
    old_value  TEXT,
    version    INTEGER NOT NULL,
    changed_at INTEGER NOT NULL,
    changed_by TEXT NOT NULL
);
CREATE INDEX field_history_record ON field_history(record_id);

-- ==== Entity tables (every table: id, version, hlc, created/updated metadata) ====
-- One table per EntitySpec of Schema::builtIn() (core/domain/schema_builtin.cpp), named by its
-- `table`, one column per field (snake_case). Field columns carry no NOT NULL or foreign keys:
-- validation is in C++, and sync may deliver a record before the one it refers to. Dates are
-- ISO text, booleans 0/1, EnumSet comma-separated text, JSON compact text. tst_schema holds each
-- table to its spec. Append-only tables refuse UPDATE (corrections are amendment records that
-- name the corrected one in amends_id); DELETE stays allowed for purges and retention.

-- Person
CREATE TABLE person (
    id                  TEXT PRIMARY KEY,
    version             INTEGER NOT NULL,
    hlc                 INTEGER NOT NULL,
    created_at          INTEGER NOT NULL,
    created_by          TEXT NOT NULL,
    updated_at          INTEGER NOT NULL,
    updated_by          TEXT NOT NULL,
    origin_device       TEXT NOT NULL,
    surname_cyr         TEXT,
    given_name_cyr      TEXT,
    patronymic_cyr      TEXT,
    surname_lat         TEXT,
    given_name_lat      TEXT,
    patronymic_lat      TEXT,
    iin                 TEXT,
    birth_date          TEXT,
    sex                 TEXT,
    preferred_language  TEXT,
    residence_territory TEXT,
    residence_address   TEXT,
    category_flags      TEXT,
    case_status         TEXT,
    case_officer_id     TEXT,
    notes               TEXT
);

-- Relationship
CREATE TABLE relationship (
    id                TEXT PRIMARY KEY,
    version           INTEGER NOT NULL,
    hlc               INTEGER NOT NULL,
    created_at        INTEGER NOT NULL,
    created_by        TEXT NOT NULL,
    updated_at        INTEGER NOT NULL,
    updated_by        TEXT NOT NULL,
    origin_device     TEXT NOT NULL,
    person_id         TEXT,
    related_person_id TEXT,
    kind              TEXT,
    supporter         INTEGER,
    notes             TEXT
);
CREATE INDEX relationship_person ON relationship(person_id);
CREATE INDEX relationship_related_person ON relationship(related_person_id);

-- Conviction
CREATE TABLE conviction (
    id                         TEXT PRIMARY KEY,
    version                    INTEGER NOT NULL,
    hlc                        INTEGER NOT NULL,
    created_at                 INTEGER NOT NULL,
    created_by                 TEXT NOT NULL,
    updated_at                 INTEGER NOT NULL,
    updated_by                 TEXT NOT NULL,
    origin_device              TEXT NOT NULL,
    person_id                  TEXT,
    article_code               TEXT,
    article_part               TEXT,
    article_paragraph          TEXT,
    article_dictionary_version INTEGER,
    court                      TEXT,
    verdict_date               TEXT,
    sentence                   TEXT,
    release_date               TEXT
);
CREATE INDEX conviction_person ON conviction(person_id);

-- SupervisionOrder
CREATE TABLE supervision_order (
    id                   TEXT PRIMARY KEY,
    version              INTEGER NOT NULL,
    hlc                  INTEGER NOT NULL,
    created_at           INTEGER NOT NULL,
    created_by           TEXT NOT NULL,
    updated_at           INTEGER NOT NULL,
    updated_by           TEXT NOT NULL,
    origin_device        TEXT NOT NULL,
    person_id            TEXT,
    conviction_id        TEXT,
    decision_number      TEXT,
    court                TEXT,
    decision_date        TEXT,
    starts_on            TEXT,
    ends_on              TEXT,
    status               TEXT,
    police_unit_id       TEXT,
    police_officer_id    TEXT,
    probation_unit_id    TEXT,
    probation_officer_id TEXT,
    reporting_frequency  TEXT
);
CREATE INDEX supervision_order_person ON supervision_order(person_id);

-- OrderRestriction
CREATE TABLE order_restriction (
    id            TEXT PRIMARY KEY,
    version       INTEGER NOT NULL,
    hlc           INTEGER NOT NULL,
    created_at    INTEGER NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    INTEGER NOT NULL,
    updated_by    TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    person_id     TEXT,
    order_id      TEXT,
    type_code     TEXT,
    parameters    TEXT,
    valid_from    TEXT,
    valid_to      TEXT
);
CREATE INDEX order_restriction_person ON order_restriction(person_id);
CREATE INDEX order_restriction_order ON order_restriction(order_id);

-- OrderStatusChange (append-only: corrections are amendments)
CREATE TABLE order_status_change (
    id              TEXT PRIMARY KEY,
    version         INTEGER NOT NULL,
    hlc             INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      INTEGER NOT NULL,
    updated_by      TEXT NOT NULL,
    origin_device   TEXT NOT NULL,
    person_id       TEXT,
    order_id        TEXT,
    from_status     TEXT,
    to_status       TEXT,
    reason          TEXT,
    decision_number TEXT,
    effective_on    TEXT,
    amends_id       TEXT
);
CREATE INDEX order_status_change_person ON order_status_change(person_id);
CREATE INDEX order_status_change_order ON order_status_change(order_id, effective_on);
CREATE INDEX order_status_change_amends ON order_status_change(amends_id) WHERE amends_id IS NOT NULL;
CREATE TRIGGER order_status_change_append_only BEFORE UPDATE ON order_status_change
BEGIN SELECT RAISE(ABORT, 'append-only'); END;

-- AssistanceProgramme
CREATE TABLE assistance_programme (
    id                 TEXT PRIMARY KEY,
    version            INTEGER NOT NULL,
    hlc                INTEGER NOT NULL,
    created_at         INTEGER NOT NULL,
    created_by         TEXT NOT NULL,
    updated_at         INTEGER NOT NULL,
    updated_by         TEXT NOT NULL,
    origin_device      TEXT NOT NULL,
    person_id          TEXT,
    order_id           TEXT,
    version_no         INTEGER,
    status             TEXT,
    drafted_by         TEXT,
    approved_by        TEXT,
    approved_at        INTEGER,
    supervisor_comment TEXT,
    supersedes_id      TEXT
);
CREATE INDEX assistance_programme_person ON assistance_programme(person_id);

-- ProgrammeNeed
CREATE TABLE programme_need (
    id            TEXT PRIMARY KEY,
    version       INTEGER NOT NULL,
    hlc           INTEGER NOT NULL,
    created_at    INTEGER NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    INTEGER NOT NULL,
    updated_by    TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    person_id     TEXT,
    programme_id  TEXT,
    domain_code   TEXT,
    assessment    TEXT,
    priority      TEXT
);
CREATE INDEX programme_need_person ON programme_need(person_id);
CREATE INDEX programme_need_programme ON programme_need(programme_id);

-- ProgrammeGoal
CREATE TABLE programme_goal (
    id            TEXT PRIMARY KEY,
    version       INTEGER NOT NULL,
    hlc           INTEGER NOT NULL,
    created_at    INTEGER NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    INTEGER NOT NULL,
    updated_by    TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    person_id     TEXT,
    programme_id  TEXT,
    need_id       TEXT,
    description   TEXT,
    target_date   TEXT,
    status        TEXT
);
CREATE INDEX programme_goal_person ON programme_goal(person_id);
CREATE INDEX programme_goal_programme ON programme_goal(programme_id);

-- ProgrammeMeasure
CREATE TABLE programme_measure (
    id                       TEXT PRIMARY KEY,
    version                  INTEGER NOT NULL,
    hlc                      INTEGER NOT NULL,
    created_at               INTEGER NOT NULL,
    created_by               TEXT NOT NULL,
    updated_at               INTEGER NOT NULL,
    updated_by               TEXT NOT NULL,
    origin_device            TEXT NOT NULL,
    person_id                TEXT,
    programme_id             TEXT,
    goal_id                  TEXT,
    intervention_code        TEXT,
    provider_organisation_id TEXT,
    due_on                   TEXT,
    status                   TEXT,
    delivered_on             TEXT,
    evidence                 TEXT
);
CREATE INDEX programme_measure_person ON programme_measure(person_id);
CREATE INDEX programme_measure_programme ON programme_measure(programme_id);

-- Referral
CREATE TABLE referral (
    id              TEXT PRIMARY KEY,
    version         INTEGER NOT NULL,
    hlc             INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      INTEGER NOT NULL,
    updated_by      TEXT NOT NULL,
    origin_device   TEXT NOT NULL,
    person_id       TEXT,
    measure_id      TEXT,
    organisation_id TEXT,
    counsellor_id   TEXT,
    reason          TEXT,
    consent_id      TEXT,
    term_start      TEXT,
    term_end        TEXT,
    status          TEXT,
    minimal_outcome TEXT
);
CREATE INDEX referral_person ON referral(person_id);
CREATE INDEX referral_measure ON referral(measure_id);
CREATE INDEX referral_counsellor ON referral(counsellor_id);
CREATE INDEX referral_organisation ON referral(organisation_id);

-- CheckIn (append-only: corrections are amendments)
CREATE TABLE check_in (
    id                      TEXT PRIMARY KEY,
    version                 INTEGER NOT NULL,
    hlc                     INTEGER NOT NULL,
    created_at              INTEGER NOT NULL,
    created_by              TEXT NOT NULL,
    updated_at              INTEGER NOT NULL,
    updated_by              TEXT NOT NULL,
    origin_device           TEXT NOT NULL,
    person_id               TEXT,
    order_id                TEXT,
    channel                 TEXT,
    due_on                  TEXT,
    window_start            TEXT,
    window_end              TEXT,
    outcome                 TEXT,
    occurred_on             TEXT,
    summary                 TEXT,
    preventive_conversation INTEGER,
    follow_up               TEXT,
    excuse_reason           TEXT,
    new_due_on              TEXT,
    amends_id               TEXT
);
CREATE INDEX check_in_person_channel ON check_in(person_id, channel, occurred_on);
CREATE INDEX check_in_amends ON check_in(amends_id) WHERE amends_id IS NOT NULL;
CREATE TRIGGER check_in_append_only BEFORE UPDATE ON check_in
BEGIN SELECT RAISE(ABORT, 'append-only'); END;

-- CounsellingSession (append-only: corrections are amendments)
CREATE TABLE counselling_session (
    id                      TEXT PRIMARY KEY,
    version                 INTEGER NOT NULL,
    hlc                     INTEGER NOT NULL,
    created_at              INTEGER NOT NULL,
    created_by              TEXT NOT NULL,
    updated_at              INTEGER NOT NULL,
    updated_by              TEXT NOT NULL,
    origin_device           TEXT NOT NULL,
    person_id               TEXT,
    referral_id             TEXT,
    counsellor_id           TEXT,
    occurred_on             TEXT,
    mode                    TEXT,
    duration_minutes        INTEGER,
    topics                  TEXT,
    emotional_state         TEXT,
    intensity               TEXT,
    stability               TEXT,
    stability_rationale     TEXT,
    risk_signals            TEXT,
    altered_state           TEXT,
    requests                TEXT,
    engagement              TEXT,
    notes_observations      TEXT,
    notes_analysis          TEXT,
    notes_conclusions       TEXT,
    notes_plan              TEXT,
    next_session_on         TEXT,
    confidentiality_tier    TEXT,
    counsellor_safety_check TEXT,
    amends_id               TEXT
);
CREATE INDEX counselling_session_person ON counselling_session(person_id);
CREATE INDEX counselling_session_referral ON counselling_session(referral_id);
CREATE INDEX counselling_session_amends ON counselling_session(amends_id) WHERE amends_id IS NOT NULL;
CREATE TRIGGER counselling_session_append_only BEFORE UPDATE ON counselling_session
BEGIN SELECT RAISE(ABORT, 'append-only'); END;

-- ProgressReview (append-only: corrections are amendments)
CREATE TABLE progress_review (
    id              TEXT PRIMARY KEY,
    version         INTEGER NOT NULL,
    hlc             INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      INTEGER NOT NULL,
    updated_by      TEXT NOT NULL,
    origin_device   TEXT NOT NULL,
    person_id       TEXT,
    programme_id    TEXT,
    period_start    TEXT,
    period_end      TEXT,
    indicators      TEXT,
    outcome_proxies TEXT,
    judgements      TEXT,
    instrument      TEXT,
    signed_off_by   TEXT,
    signed_off_at   INTEGER,
    amends_id       TEXT
);
CREATE INDEX progress_review_person ON progress_review(person_id);
CREATE INDEX progress_review_programme ON progress_review(programme_id);
CREATE INDEX progress_review_amends ON progress_review(amends_id) WHERE amends_id IS NOT NULL;
CREATE TRIGGER progress_review_append_only BEFORE UPDATE ON progress_review
BEGIN SELECT RAISE(ABORT, 'append-only'); END;

-- Alert
CREATE TABLE alert (
    id              TEXT PRIMARY KEY,
    version         INTEGER NOT NULL,
    hlc             INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      INTEGER NOT NULL,
    updated_by      TEXT NOT NULL,
    origin_device   TEXT NOT NULL,
    person_id       TEXT,
    kind            TEXT,
    severity        TEXT,
    status          TEXT,
    raised_on       TEXT,
    due_on          TEXT,
    assigned_to     TEXT,
    source_entity   TEXT,
    source_id       TEXT,
    resolution_note TEXT
);
CREATE INDEX alert_person ON alert(person_id);
CREATE INDEX alert_assignee ON alert(assigned_to, status);

-- Organisation
CREATE TABLE organisation (
    id             TEXT PRIMARY KEY,
    version        INTEGER NOT NULL,
    hlc            INTEGER NOT NULL,
    created_at     INTEGER NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     INTEGER NOT NULL,
    updated_by     TEXT NOT NULL,
    origin_device  TEXT NOT NULL,
    name_kk        TEXT,
    name_ru        TEXT,
    name_en        TEXT,
    kind           TEXT,
    territory_code TEXT
);

-- StaffUser
CREATE TABLE staff_user (
    id                 TEXT PRIMARY KEY,
    version            INTEGER NOT NULL,
    hlc                INTEGER NOT NULL,
    created_at         INTEGER NOT NULL,
    created_by         TEXT NOT NULL,
    updated_at         INTEGER NOT NULL,
    updated_by         TEXT NOT NULL,
    origin_device      TEXT NOT NULL,
    display_name       TEXT,
    role               TEXT,
    organisation_id    TEXT,
    territory_code     TEXT,
    preferred_language TEXT,
    status             TEXT
);
CREATE INDEX staff_user_organisation ON staff_user(organisation_id);

-- Document
CREATE TABLE document (
    id            TEXT PRIMARY KEY,
    version       INTEGER NOT NULL,
    hlc           INTEGER NOT NULL,
    created_at    INTEGER NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    INTEGER NOT NULL,
    updated_by    TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    person_id     TEXT,
    kind          TEXT,
    title         TEXT,
    mime_type     TEXT,
    size_bytes    INTEGER,
    sha256        TEXT,
    storage_ref   TEXT
);
CREATE INDEX document_person ON document(person_id);

-- ConsentRecord
CREATE TABLE consent_record (
    id                 TEXT PRIMARY KEY,
    version            INTEGER NOT NULL,
    hlc                INTEGER NOT NULL,
    created_at         INTEGER NOT NULL,
    created_by         TEXT NOT NULL,
    updated_at         INTEGER NOT NULL,
    updated_by         TEXT NOT NULL,
    origin_device      TEXT NOT NULL,
    person_id          TEXT,
    purpose            TEXT,
    scope              TEXT,
    basis              TEXT,
    given_by_person_id TEXT,
    document_id        TEXT,
    given_on           TEXT,
    withdrawn_on       TEXT,
    recorded_by        TEXT
);
CREATE INDEX consent_record_person ON consent_record(person_id);

-- InformationShare (append-only: corrections are amendments)
CREATE TABLE information_share (
    id                        TEXT PRIMARY KEY,
    version                   INTEGER NOT NULL,
    hlc                       INTEGER NOT NULL,
    created_at                INTEGER NOT NULL,
    created_by                TEXT NOT NULL,
    updated_at                INTEGER NOT NULL,
    updated_by                TEXT NOT NULL,
    origin_device             TEXT NOT NULL,
    person_id                 TEXT,
    recipient_organisation_id TEXT,
    basis                     TEXT,
    consent_id                TEXT,
    purpose                   TEXT,
    fields                    TEXT,
    shared_on                 TEXT,
    shared_by                 TEXT,
    amends_id                 TEXT
);
CREATE INDEX information_share_person ON information_share(person_id);
CREATE INDEX information_share_amends ON information_share(amends_id) WHERE amends_id IS NOT NULL;
CREATE TRIGGER information_share_append_only BEFORE UPDATE ON information_share
BEGIN SELECT RAISE(ABORT, 'append-only'); END;
