-- SPDX-License-Identifier: GPL-3.0-or-later
-- Quotes (报价单). A revised quote is a new row with the same number and the next version; the
-- earlier one becomes 'superseded' and stays as it was. A line priced below its product's floor
-- (底线) makes the quote need a manager's approval, recorded with who and when; until then it can
-- be neither sent nor turned into an order. Totals are the sums of the lines' figures
-- (core/money/LineAmounts.h), stored so lists need not add lines up.
CREATE TABLE quotes (
    id                 TEXT PRIMARY KEY NOT NULL,
    quote_no           TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    customer_id        TEXT NOT NULL REFERENCES customers (id),
    contact_id         TEXT REFERENCES contacts (id),
    opportunity_id     TEXT REFERENCES opportunities (id),
    owner_id           TEXT REFERENCES users (id),
    price_list_id      TEXT REFERENCES price_lists (id),
    issued_on          TEXT NOT NULL,                 -- yyyy-MM-dd
    valid_until        TEXT NOT NULL DEFAULT '',
    currency           TEXT NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3),
    prices_include_tax INTEGER NOT NULL DEFAULT 1 CHECK (prices_include_tax = 0 OR prices_include_tax = 1),
    terms              TEXT NOT NULL DEFAULT '',
    notes              TEXT NOT NULL DEFAULT '',
    status             TEXT NOT NULL DEFAULT 'draft'
                       CHECK (status = 'draft' OR status = 'sent' OR status = 'accepted' OR status = 'rejected'
                              OR status = 'superseded'),
    approval           TEXT NOT NULL DEFAULT 'none'
                       CHECK (approval = 'none' OR approval = 'needed' OR approval = 'approved'),
    approved_by        TEXT REFERENCES users (id),
    approved_at        INTEGER,
    net_minor          INTEGER NOT NULL DEFAULT 0,
    tax_minor          INTEGER NOT NULL DEFAULT 0,
    total_minor        INTEGER NOT NULL DEFAULT 0,
    order_id           TEXT,                          -- the order it became
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    updated_by         TEXT REFERENCES users (id),
    row_version        INTEGER NOT NULL DEFAULT 1,
    deleted_at         INTEGER
);
CREATE UNIQUE INDEX quotes_number ON quotes (quote_no, version);
CREATE INDEX quotes_by_customer ON quotes (customer_id, issued_on) WHERE deleted_at IS NULL;
CREATE INDEX quotes_by_owner ON quotes (owner_id, status) WHERE deleted_at IS NULL;

CREATE TABLE quote_lines (
    id                TEXT PRIMARY KEY NOT NULL,
    quote_id          TEXT NOT NULL REFERENCES quotes (id),
    position          INTEGER NOT NULL,
    product_id        TEXT REFERENCES products (id),
    product_code      TEXT NOT NULL DEFAULT '',
    description       TEXT NOT NULL CHECK (length(trim(description)) > 0),
    specification     TEXT NOT NULL DEFAULT '',
    unit              TEXT NOT NULL DEFAULT '',
    quantity_milli    INTEGER NOT NULL CHECK (quantity_milli > 0),
    unit_price_minor  INTEGER NOT NULL CHECK (unit_price_minor >= 0),
    discount_bp       INTEGER NOT NULL DEFAULT 0 CHECK (discount_bp BETWEEN 0 AND 10000),
    tax_rate_bp       INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    floor_price_minor INTEGER NOT NULL DEFAULT 0,     -- the product's floor when the line was priced
    gross_minor       INTEGER NOT NULL,
    discount_minor    INTEGER NOT NULL,
    net_minor         INTEGER NOT NULL,
    tax_minor         INTEGER NOT NULL,
    total_minor       INTEGER NOT NULL,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    updated_by        TEXT REFERENCES users (id),
    row_version       INTEGER NOT NULL DEFAULT 1,
    deleted_at        INTEGER
);
CREATE INDEX quote_lines_by_quote ON quote_lines (quote_id, position) WHERE deleted_at IS NULL;
