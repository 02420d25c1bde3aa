-- SPDX-License-Identifier: GPL-3.0-or-later
-- What a salesperson keeps about a deal beyond its amount and stage. `probability_pct` starts at the
-- stage's default and may be set by hand; `closed_on` is the day it was won or lost (yyyy-MM-dd).
ALTER TABLE opportunities ADD COLUMN probability_pct INTEGER NOT NULL DEFAULT 10
    CHECK (probability_pct BETWEEN 0 AND 100);
ALTER TABLE opportunities ADD COLUMN competitors TEXT NOT NULL DEFAULT '';
ALTER TABLE opportunities ADD COLUMN next_step TEXT NOT NULL DEFAULT '';
ALTER TABLE opportunities ADD COLUMN outcome_reason TEXT NOT NULL DEFAULT '';   -- why won or lost
ALTER TABLE opportunities ADD COLUMN notes TEXT NOT NULL DEFAULT '';
ALTER TABLE opportunities ADD COLUMN stage_entered_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE opportunities ADD COLUMN closed_on TEXT NOT NULL DEFAULT '';
-- The furthest open stage the deal ever entered (kept with the stage history): how far a lost deal
-- got, read by the funnel's conversion figures without walking the history.
ALTER TABLE opportunities ADD COLUMN reached_stage TEXT NOT NULL DEFAULT '';

UPDATE opportunities SET stage_entered_at = created_at,
    reached_stage = CASE WHEN stage = 'won' OR stage = 'lost' THEN '' ELSE stage END;

-- The funnel report reads every figure it needs from this index alone, one owner at a time for a
-- manager's or salesperson's view; the customer card reads opportunities by customer.
CREATE INDEX opportunities_funnel ON opportunities (owner_id, stage, reached_stage, currency, closed_on,
    expected_close_on, amount_minor, probability_pct) WHERE deleted_at IS NULL;

-- When each opportunity entered each stage, and who moved it there: time in stage and the
-- conversion between stages come from here. Rows are only ever added.
CREATE TABLE opportunity_stage_history (
    id             TEXT PRIMARY KEY NOT NULL,
    opportunity_id TEXT NOT NULL REFERENCES opportunities (id),
    stage_id       TEXT NOT NULL,
    entered_at     INTEGER NOT NULL,
    entered_by     TEXT REFERENCES users (id),
    amount_minor   INTEGER NOT NULL DEFAULT 0,    -- the deal's amount when it entered the stage
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    updated_by     TEXT REFERENCES users (id),
    row_version    INTEGER NOT NULL DEFAULT 1,
    deleted_at     INTEGER
);
CREATE INDEX opportunity_stage_history_by_opportunity ON opportunity_stage_history (opportunity_id, entered_at);

-- Deals from before this version get their current stage as their first entry; their ids derive
-- from the opportunity's own UUIDv7, so they are as unique as it is.
INSERT INTO opportunity_stage_history (id, opportunity_id, stage_id, entered_at, entered_by, amount_minor,
                                       created_at, updated_at)
    SELECT 'h-' || id, id, stage, created_at, owner_id, amount_minor, created_at, created_at
    FROM opportunities WHERE deleted_at IS NULL;

-- The people at the customer who decide (决策人) on a deal.
CREATE TABLE opportunity_contacts (
    id             TEXT PRIMARY KEY NOT NULL,
    opportunity_id TEXT NOT NULL REFERENCES opportunities (id),
    contact_id     TEXT NOT NULL REFERENCES contacts (id),
    role           TEXT NOT NULL DEFAULT '',
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    updated_by     TEXT REFERENCES users (id),
    row_version    INTEGER NOT NULL DEFAULT 1,
    deleted_at     INTEGER
);
CREATE UNIQUE INDEX opportunity_contacts_once ON opportunity_contacts (opportunity_id, contact_id)
    WHERE deleted_at IS NULL;
