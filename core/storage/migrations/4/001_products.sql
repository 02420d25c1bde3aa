-- SPDX-License-Identifier: GPL-3.0-or-later
-- The showroom (展厅): what the company sells, at what list price, at what cost (for the margin),
-- with which tax rate, and the floor price (底线) below which no quote goes without a manager's
-- approval. Money in integer minor units with its currency.
CREATE TABLE products (
    id                TEXT PRIMARY KEY NOT NULL,
    code              TEXT NOT NULL CHECK (length(trim(code)) > 0),
    name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_key          BLOB NOT NULL,                   -- ICU collation key (pinyin order)
    category          TEXT NOT NULL DEFAULT '',
    specification     TEXT NOT NULL DEFAULT '',
    unit              TEXT NOT NULL DEFAULT '',         -- 台, 套, 个, kg …
    list_price_minor  INTEGER NOT NULL CHECK (list_price_minor >= 0),
    cost_minor        INTEGER NOT NULL DEFAULT 0 CHECK (cost_minor >= 0),
    floor_price_minor INTEGER NOT NULL DEFAULT 0 CHECK (floor_price_minor >= 0),
    currency          TEXT NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3),
    tax_rate_bp       INTEGER NOT NULL DEFAULT 1300 CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    picture           BLOB,                             -- PNG or JPEG, at most 2 MB
    active            INTEGER NOT NULL DEFAULT 1 CHECK (active = 0 OR active = 1),
    notes             TEXT NOT NULL DEFAULT '',
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    updated_by        TEXT REFERENCES users (id),
    row_version       INTEGER NOT NULL DEFAULT 1,
    deleted_at        INTEGER
);
CREATE UNIQUE INDEX products_code ON products (code) WHERE deleted_at IS NULL;
CREATE INDEX products_by_name ON products (name_key, id) WHERE deleted_at IS NULL;
CREATE INDEX products_by_category ON products (category, name_key) WHERE deleted_at IS NULL;
