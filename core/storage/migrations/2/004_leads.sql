-- SPDX-License-Identifier: GPL-3.0-or-later
-- Leads (潜在客户) and the opportunities (销售机会) a lead turns into. The sales issue widens
-- opportunities; a converted lead already needs somewhere to put its deal.

CREATE TABLE leads (
    id             TEXT PRIMARY KEY NOT NULL,
    person_name    TEXT NOT NULL DEFAULT '',
    company        TEXT NOT NULL DEFAULT '',
    title          TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    region         TEXT NOT NULL DEFAULT '',
    industry       TEXT NOT NULL DEFAULT '',
    source         TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT 'new'
                   CHECK (status IN ('new', 'working', 'qualified', 'disqualified', 'converted')),
    status_reason  TEXT NOT NULL DEFAULT '',
    owner_id       TEXT REFERENCES users (id),
    customer_id    TEXT REFERENCES customers (id),        -- set on conversion
    contact_id     TEXT REFERENCES contacts (id),
    opportunity_id TEXT REFERENCES opportunities (id),
    converted_at   INTEGER,
    last_contact_at INTEGER NOT NULL DEFAULT 0,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    updated_by     TEXT REFERENCES users (id),
    row_version    INTEGER NOT NULL DEFAULT 1,
    deleted_at     INTEGER,
    CHECK (length(trim(person_name)) > 0 OR length(trim(company)) > 0)
);
CREATE INDEX leads_by_status ON leads (status, created_at) WHERE deleted_at IS NULL;
CREATE INDEX leads_by_owner  ON leads (owner_id, status) WHERE deleted_at IS NULL;

CREATE TABLE opportunities (
    id                TEXT PRIMARY KEY NOT NULL,
    customer_id       TEXT NOT NULL REFERENCES customers (id),
    name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
    amount_minor      INTEGER NOT NULL DEFAULT 0 CHECK (amount_minor >= 0),
    currency          TEXT NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3),
    stage             TEXT NOT NULL DEFAULT 'initial',
    expected_close_on TEXT NOT NULL DEFAULT '',
    source            TEXT NOT NULL DEFAULT '',
    lead_id           TEXT REFERENCES leads (id),
    owner_id          TEXT REFERENCES users (id),
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    updated_by        TEXT REFERENCES users (id),
    row_version       INTEGER NOT NULL DEFAULT 1,
    deleted_at        INTEGER
);
CREATE INDEX opportunities_by_customer ON opportunities (customer_id) WHERE deleted_at IS NULL;
