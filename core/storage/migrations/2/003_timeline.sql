-- SPDX-License-Identifier: GPL-3.0-or-later
-- The timeline: every touch point with a customer, a contact or a lead, and the commitments (承诺)
-- made to them.

CREATE TABLE interactions (
    id             TEXT PRIMARY KEY NOT NULL,
    customer_id    TEXT REFERENCES customers (id),
    contact_id     TEXT REFERENCES contacts (id),
    lead_id        TEXT REFERENCES leads (id),
    kind           TEXT NOT NULL CHECK (kind IN ('call', 'visit', 'meeting', 'email', 'wechat', 'qq',
                                                  'complaint', 'note', 'system')),
    occurred_at    INTEGER NOT NULL,                     -- UTC ms
    subject        TEXT NOT NULL DEFAULT '',
    outcome        TEXT NOT NULL DEFAULT '',
    follow_up_on   TEXT NOT NULL DEFAULT '',             -- yyyy-MM-dd; '' when none is planned
    follow_up_done INTEGER NOT NULL DEFAULT 0,
    author_id      TEXT REFERENCES users (id),
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    updated_by     TEXT REFERENCES users (id),
    row_version    INTEGER NOT NULL DEFAULT 1,
    deleted_at     INTEGER,
    CHECK (customer_id IS NOT NULL OR lead_id IS NOT NULL)
);
CREATE INDEX interactions_by_customer ON interactions (customer_id, occurred_at) WHERE deleted_at IS NULL;
CREATE INDEX interactions_by_lead     ON interactions (lead_id, occurred_at) WHERE deleted_at IS NULL AND lead_id IS NOT NULL;
CREATE INDEX interactions_follow_ups  ON interactions (follow_up_on) WHERE deleted_at IS NULL AND follow_up_on <> '' AND follow_up_done = 0;

CREATE TABLE commitments (
    id           TEXT PRIMARY KEY NOT NULL,
    customer_id  TEXT NOT NULL REFERENCES customers (id),
    contact_id   TEXT REFERENCES contacts (id),
    description  TEXT NOT NULL CHECK (length(trim(description)) > 0),
    due_on       TEXT NOT NULL,                          -- yyyy-MM-dd
    state        TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'kept', 'cancelled')),
    closed_at    INTEGER,
    author_id    TEXT REFERENCES users (id),
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    updated_by   TEXT REFERENCES users (id),
    row_version  INTEGER NOT NULL DEFAULT 1,
    deleted_at   INTEGER
);
CREATE INDEX commitments_by_customer ON commitments (customer_id, due_on) WHERE deleted_at IS NULL;
CREATE INDEX commitments_open        ON commitments (due_on) WHERE deleted_at IS NULL AND state = 'open';
