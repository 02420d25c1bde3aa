-- SPDX-License-Identifier: GPL-3.0-or-later

CREATE TABLE customers (
    id              TEXT PRIMARY KEY NOT NULL,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    -- ICU collation key of the name for the user's language (pinyin order for Chinese), so the
    -- list sorts and pages in SQL over an index. Rebuilt when the ICU collator version changes.
    name_key        BLOB NOT NULL,
    tier            INTEGER NOT NULL DEFAULT 0 CHECK (tier BETWEEN 0 AND 2),  -- 0 normal, 1 important, 2 VIP
    region          TEXT NOT NULL DEFAULT '',
    industry        TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    owner_id        TEXT REFERENCES users (id),
    last_contact_at INTEGER NOT NULL DEFAULT 0,   -- UTC ms; 0: never contacted
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    updated_by      TEXT REFERENCES users (id),
    row_version     INTEGER NOT NULL DEFAULT 1,
    deleted_at      INTEGER
);

-- One index per sortable column, each ending in id so keyset paging ((key, id) > (?, ?)) is an
-- index range scan. Partial on live rows: the recycle bin is small and has its own index.
CREATE INDEX customers_by_name     ON customers (name_key, id)        WHERE deleted_at IS NULL;
CREATE INDEX customers_by_tier     ON customers (tier, id)            WHERE deleted_at IS NULL;
CREATE INDEX customers_by_region   ON customers (region, id)          WHERE deleted_at IS NULL;
CREATE INDEX customers_by_industry ON customers (industry, id)        WHERE deleted_at IS NULL;
CREATE INDEX customers_by_contact  ON customers (last_contact_at, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_owner    ON customers (owner_id)            WHERE deleted_at IS NULL;
CREATE INDEX customers_deleted     ON customers (deleted_at)          WHERE deleted_at IS NOT NULL;

CREATE TABLE orders (
    id           TEXT PRIMARY KEY NOT NULL,
    order_no     TEXT NOT NULL,
    customer_id  TEXT NOT NULL REFERENCES customers (id),
    owner_id     TEXT REFERENCES users (id),
    ordered_on   TEXT NOT NULL,                 -- yyyy-MM-dd
    total_minor  INTEGER NOT NULL,              -- integer minor units (fen, cents)
    currency     TEXT NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3),
    status       TEXT NOT NULL DEFAULT 'open'
                 CHECK (status IN ('open', 'delivered', 'paid', 'closed', 'cancelled')),
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    updated_by   TEXT REFERENCES users (id),
    row_version  INTEGER NOT NULL DEFAULT 1,
    deleted_at   INTEGER
);
CREATE INDEX orders_by_customer ON orders (customer_id, ordered_on);
CREATE UNIQUE INDEX orders_number ON orders (order_no);
