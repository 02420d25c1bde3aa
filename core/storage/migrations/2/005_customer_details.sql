-- SPDX-License-Identifier: GPL-3.0-or-later
-- The other tabs of the customer card: competitors, projects, relations and attachments.

CREATE TABLE competitors (
    id               TEXT PRIMARY KEY NOT NULL,
    customer_id      TEXT NOT NULL REFERENCES customers (id),
    competitor       TEXT NOT NULL CHECK (length(trim(competitor)) > 0),
    product          TEXT NOT NULL DEFAULT '',
    satisfaction     INTEGER NOT NULL DEFAULT 0 CHECK (satisfaction BETWEEN 0 AND 5),  -- 0: unknown
    rep_name         TEXT NOT NULL DEFAULT '',
    rep_relationship TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT '',
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    updated_by       TEXT REFERENCES users (id),
    row_version      INTEGER NOT NULL DEFAULT 1,
    deleted_at       INTEGER
);
CREATE INDEX competitors_by_customer ON competitors (customer_id) WHERE deleted_at IS NULL;

CREATE TABLE projects (
    id                 TEXT PRIMARY KEY NOT NULL,
    customer_id        TEXT NOT NULL REFERENCES customers (id),
    name               TEXT NOT NULL CHECK (length(trim(name)) > 0),
    problem            TEXT NOT NULL DEFAULT '',
    purchase_plan      TEXT NOT NULL DEFAULT '',
    timeline           TEXT NOT NULL DEFAULT '',
    budget_minor       INTEGER NOT NULL DEFAULT 0 CHECK (budget_minor >= 0),
    currency           TEXT NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3),
    purchasing_process TEXT NOT NULL DEFAULT '',
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    updated_by         TEXT REFERENCES users (id),
    row_version        INTEGER NOT NULL DEFAULT 1,
    deleted_at         INTEGER
);
CREATE INDEX projects_by_customer ON projects (customer_id) WHERE deleted_at IS NULL;

-- Decision makers and influencers of a project.
CREATE TABLE project_contacts (
    project_id TEXT NOT NULL REFERENCES projects (id),
    contact_id TEXT NOT NULL REFERENCES contacts (id),
    role       TEXT NOT NULL CHECK (role IN ('decision_maker', 'influencer')),
    PRIMARY KEY (project_id, contact_id)
) WITHOUT ROWID;

-- Upstream and downstream links. One row per link; the card of either customer shows it, read from
-- its own side ("supplier of" on one card is "customer of" on the other).
CREATE TABLE customer_relations (
    id          TEXT PRIMARY KEY NOT NULL,
    from_id     TEXT NOT NULL REFERENCES customers (id),
    to_id       TEXT NOT NULL REFERENCES customers (id),
    kind        TEXT NOT NULL CHECK (kind IN ('supplier', 'distributor', 'end_user', 'partner')),
    notes       TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    updated_by  TEXT REFERENCES users (id),
    row_version INTEGER NOT NULL DEFAULT 1,
    deleted_at  INTEGER,
    CHECK (from_id <> to_id)
);
CREATE INDEX customer_relations_from ON customer_relations (from_id) WHERE deleted_at IS NULL;
CREATE INDEX customer_relations_to   ON customer_relations (to_id) WHERE deleted_at IS NULL;

-- Files kept in the database itself, so a backup or a copy of the file carries them.
CREATE TABLE attachments (
    id          TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id),
    file_name   TEXT NOT NULL,
    mime_type   TEXT NOT NULL DEFAULT '',
    size_bytes  INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    content     BLOB NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    updated_by  TEXT REFERENCES users (id),
    row_version INTEGER NOT NULL DEFAULT 1,
    deleted_at  INTEGER
);
CREATE INDEX attachments_by_customer ON attachments (customer_id) WHERE deleted_at IS NULL;
