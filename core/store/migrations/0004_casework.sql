-- Migration 4: what the casework engine needs (issue "Casework engine").
-- Deadline rules per channel on the order (Art. 172 p9), suspensions as records with dates,
-- the programme / measure / referral state names of the engine, evidence links, the minimal
-- outcome a provider reports, and alert routing and escalation.

ALTER TABLE supervision_order ADD COLUMN police_rule TEXT;
ALTER TABLE supervision_order ADD COLUMN police_fixed_day INTEGER;
ALTER TABLE supervision_order ADD COLUMN police_every_days INTEGER;
ALTER TABLE supervision_order ADD COLUMN probation_rule TEXT;
ALTER TABLE supervision_order ADD COLUMN probation_fixed_day INTEGER;
ALTER TABLE supervision_order ADD COLUMN probation_every_days INTEGER;
ALTER TABLE supervision_order ADD COLUMN terminated_on TEXT;
ALTER TABLE supervision_order ADD COLUMN termination_reason TEXT;

CREATE TABLE order_suspension (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, hlc INTEGER NOT NULL, created_at INTEGER NOT NULL,
    created_by TEXT NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL, origin_device TEXT NOT NULL,
    person_id TEXT,
    order_id TEXT,
    reason TEXT,
    starts_on TEXT,
    ends_on TEXT,
    note TEXT
);
CREATE INDEX order_suspension_person ON order_suspension(person_id);
CREATE INDEX order_suspension_order ON order_suspension(order_id, starts_on);

ALTER TABLE assistance_programme ADD COLUMN person_category TEXT;
ALTER TABLE assistance_programme ADD COLUMN template_version INTEGER;
ALTER TABLE assistance_programme ADD COLUMN activated_on TEXT;
ALTER TABLE assistance_programme ADD COLUMN completed_on TEXT;
ALTER TABLE assistance_programme ADD COLUMN closure_reason TEXT;
UPDATE assistance_programme SET status = 'draft' WHERE status = 'returned';

ALTER TABLE programme_need ADD COLUMN severity TEXT;

ALTER TABLE programme_measure ADD COLUMN provider_counsellor_id TEXT;
ALTER TABLE programme_measure ADD COLUMN frequency TEXT;
ALTER TABLE programme_measure ADD COLUMN not_possible_reason TEXT;
ALTER TABLE programme_measure ADD COLUMN evidence_links TEXT;
UPDATE programme_measure SET status = 'done' WHERE status = 'delivered';
UPDATE programme_measure SET status = 'not_possible', not_possible_reason = coalesce(evidence, 'not delivered')
    WHERE status = 'not_delivered';

ALTER TABLE referral ADD COLUMN attended_count INTEGER;
ALTER TABLE referral ADD COLUMN programme_completed INTEGER;
ALTER TABLE referral ADD COLUMN outcome_reported_on TEXT;
ALTER TABLE referral ADD COLUMN closure_reason TEXT;
UPDATE referral SET status = 'sent' WHERE status = 'proposed';

ALTER TABLE check_in ADD COLUMN obligation_due TEXT;
ALTER TABLE check_in ADD COLUMN preventive_conversation_note TEXT;
CREATE INDEX check_in_order_channel ON check_in(order_id, channel, occurred_on);

ALTER TABLE progress_review ADD COLUMN previous_review_id TEXT;
ALTER TABLE progress_review ADD COLUMN trend TEXT;

ALTER TABLE alert ADD COLUMN routed_role TEXT;
ALTER TABLE alert ADD COLUMN escalation_level INTEGER;
ALTER TABLE alert ADD COLUMN obligation_key TEXT;
ALTER TABLE alert ADD COLUMN acknowledged_by TEXT;
ALTER TABLE alert ADD COLUMN acknowledged_at INTEGER;
ALTER TABLE alert ADD COLUMN resolved_by TEXT;
ALTER TABLE alert ADD COLUMN resolved_at INTEGER;
CREATE INDEX alert_status_role ON alert(status, routed_role);
-- Not unique: two devices may raise the same alert offline; the engine de-duplicates by key.
CREATE INDEX alert_obligation ON alert(obligation_key) WHERE obligation_key IS NOT NULL;
