-- SPDX-License-Identifier: GPL-3.0-or-later
-- Price lists (价目表): member-tier prices that apply to every customer of a tier, and channel
-- prices a quote chooses. A product missing from a list keeps its list price.
CREATE TABLE price_lists (
    id            TEXT PRIMARY KEY NOT NULL,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind          TEXT NOT NULL CHECK (kind = 'tier' OR kind = 'channel'),
    customer_tier INTEGER CHECK (customer_tier BETWEEN 0 AND 2),   -- a tier list: 0 normal, 1 important, 2 VIP
    currency      TEXT NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active = 0 OR active = 1),
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    updated_by    TEXT REFERENCES users (id),
    row_version   INTEGER NOT NULL DEFAULT 1,
    deleted_at    INTEGER,
    CHECK ((kind = 'tier') = (customer_tier IS NOT NULL))
);

CREATE TABLE price_list_items (
    id            TEXT PRIMARY KEY NOT NULL,
    price_list_id TEXT NOT NULL REFERENCES price_lists (id),
    product_id    TEXT NOT NULL REFERENCES products (id),
    price_minor   INTEGER NOT NULL CHECK (price_minor >= 0),
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    updated_by    TEXT REFERENCES users (id),
    row_version   INTEGER NOT NULL DEFAULT 1,
    deleted_at    INTEGER
);
CREATE UNIQUE INDEX price_list_items_once ON price_list_items (price_list_id, product_id) WHERE deleted_at IS NULL;
