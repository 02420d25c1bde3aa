-- SPDX-License-Identifier: GPL-3.0-or-later
-- Orders (合同订单) made from quotes, with their lines, delivery notes (出货单, partial deliveries
-- allowed), receivables (应收) with due dates and the payments recorded against them. An order's
-- state follows: open, partly delivered, delivered, paid, closed.

-- The orders table is rebuilt with its new columns and the state 'partly_delivered' (SQLite's
-- documented way to change a table: a new table, the rows copied, the old one dropped, the new one
-- renamed). No other table refers to orders yet, so nothing else has to follow.
CREATE TABLE orders_rebuilt (
    id                 TEXT PRIMARY KEY NOT NULL,
    order_no           TEXT NOT NULL,
    customer_id        TEXT NOT NULL REFERENCES customers (id),
    contact_id         TEXT REFERENCES contacts (id),
    quote_id           TEXT REFERENCES quotes (id),
    opportunity_id     TEXT REFERENCES opportunities (id),
    owner_id           TEXT REFERENCES users (id),
    ordered_on         TEXT NOT NULL,                 -- yyyy-MM-dd
    currency           TEXT NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3),
    prices_include_tax INTEGER NOT NULL DEFAULT 1 CHECK (prices_include_tax = 0 OR prices_include_tax = 1),
    net_minor          INTEGER NOT NULL DEFAULT 0,
    tax_minor          INTEGER NOT NULL DEFAULT 0,
    total_minor        INTEGER NOT NULL,              -- integer minor units (fen, cents)
    status             TEXT NOT NULL DEFAULT 'open'
                       CHECK (status = 'open' OR status = 'partly_delivered' OR status = 'delivered'
                              OR status = 'paid' OR status = 'closed' OR status = 'cancelled'),
    terms              TEXT NOT NULL DEFAULT '',
    delivery_address   TEXT NOT NULL DEFAULT '',
    notes              TEXT NOT NULL DEFAULT '',
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    updated_by         TEXT REFERENCES users (id),
    row_version        INTEGER NOT NULL DEFAULT 1,
    deleted_at         INTEGER
);
INSERT INTO orders_rebuilt (id, order_no, customer_id, owner_id, ordered_on, currency, net_minor, total_minor, status,
                            created_at, updated_at, updated_by, row_version, deleted_at)
    SELECT id, order_no, customer_id, owner_id, ordered_on, currency, total_minor, total_minor, status,
           created_at, updated_at, updated_by, row_version, deleted_at
    FROM orders;
DROP TABLE orders;
ALTER TABLE orders_rebuilt RENAME TO orders;
CREATE INDEX orders_by_customer ON orders (customer_id, ordered_on);
CREATE UNIQUE INDEX orders_number ON orders (order_no);
CREATE INDEX orders_by_quote ON orders (quote_id) WHERE quote_id IS NOT NULL;

CREATE TABLE order_lines (
    id               TEXT PRIMARY KEY NOT NULL,
    order_id         TEXT NOT NULL REFERENCES orders (id),
    position         INTEGER NOT NULL,
    product_id       TEXT REFERENCES products (id),
    product_code     TEXT NOT NULL DEFAULT '',
    description      TEXT NOT NULL CHECK (length(trim(description)) > 0),
    specification    TEXT NOT NULL DEFAULT '',
    unit             TEXT NOT NULL DEFAULT '',
    quantity_milli   INTEGER NOT NULL CHECK (quantity_milli > 0),
    unit_price_minor INTEGER NOT NULL CHECK (unit_price_minor >= 0),
    discount_bp      INTEGER NOT NULL DEFAULT 0 CHECK (discount_bp BETWEEN 0 AND 10000),
    tax_rate_bp      INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    gross_minor      INTEGER NOT NULL,
    discount_minor   INTEGER NOT NULL,
    net_minor        INTEGER NOT NULL,
    tax_minor        INTEGER NOT NULL,
    total_minor      INTEGER NOT NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    updated_by       TEXT REFERENCES users (id),
    row_version      INTEGER NOT NULL DEFAULT 1,
    deleted_at       INTEGER
);
CREATE INDEX order_lines_by_order ON order_lines (order_id, position) WHERE deleted_at IS NULL;

CREATE TABLE deliveries (
    id           TEXT PRIMARY KEY NOT NULL,
    delivery_no  TEXT NOT NULL,
    order_id     TEXT NOT NULL REFERENCES orders (id),
    delivered_on TEXT NOT NULL,
    address      TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    updated_by   TEXT REFERENCES users (id),
    row_version  INTEGER NOT NULL DEFAULT 1,
    deleted_at   INTEGER
);
CREATE UNIQUE INDEX deliveries_number ON deliveries (delivery_no);
CREATE INDEX deliveries_by_order ON deliveries (order_id) WHERE deleted_at IS NULL;

CREATE TABLE delivery_lines (
    id             TEXT PRIMARY KEY NOT NULL,
    delivery_id    TEXT NOT NULL REFERENCES deliveries (id),
    order_line_id  TEXT NOT NULL REFERENCES order_lines (id),
    quantity_milli INTEGER NOT NULL CHECK (quantity_milli > 0),
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    updated_by     TEXT REFERENCES users (id),
    row_version    INTEGER NOT NULL DEFAULT 1,
    deleted_at     INTEGER
);
CREATE INDEX delivery_lines_by_delivery ON delivery_lines (delivery_id) WHERE deleted_at IS NULL;
CREATE INDEX delivery_lines_by_order_line ON delivery_lines (order_line_id) WHERE deleted_at IS NULL;

CREATE TABLE receivables (
    id           TEXT PRIMARY KEY NOT NULL,
    order_id     TEXT NOT NULL REFERENCES orders (id),
    customer_id  TEXT NOT NULL REFERENCES customers (id),
    description  TEXT NOT NULL DEFAULT '',            -- 预付款, 到货款, 尾款 …
    due_on       TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    currency     TEXT NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3),
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    updated_by   TEXT REFERENCES users (id),
    row_version  INTEGER NOT NULL DEFAULT 1,
    deleted_at   INTEGER
);
CREATE INDEX receivables_by_order ON receivables (order_id) WHERE deleted_at IS NULL;
CREATE INDEX receivables_by_due ON receivables (due_on) WHERE deleted_at IS NULL;

CREATE TABLE payments (
    id            TEXT PRIMARY KEY NOT NULL,
    receivable_id TEXT NOT NULL REFERENCES receivables (id),
    order_id      TEXT NOT NULL REFERENCES orders (id),
    paid_on       TEXT NOT NULL,
    amount_minor  INTEGER NOT NULL CHECK (amount_minor > 0),
    currency      TEXT NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3),
    method        TEXT NOT NULL DEFAULT '',           -- 银行转账, 承兑汇票, 现金 …
    reference     TEXT NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    updated_by    TEXT REFERENCES users (id),
    row_version   INTEGER NOT NULL DEFAULT 1,
    deleted_at    INTEGER
);
CREATE INDEX payments_by_receivable ON payments (receivable_id) WHERE deleted_at IS NULL;
CREATE INDEX payments_by_order ON payments (order_id) WHERE deleted_at IS NULL;

-- Who printed or exported which document, and when (打印记录). Only ever added to.
CREATE TABLE print_log (
    id            TEXT PRIMARY KEY NOT NULL,
    document_kind TEXT NOT NULL CHECK (document_kind = 'quote' OR document_kind = 'order' OR document_kind = 'delivery'),
    document_id   TEXT NOT NULL,
    document_no   TEXT NOT NULL,
    action        TEXT NOT NULL CHECK (action = 'print' OR action = 'pdf'),
    variant       TEXT NOT NULL DEFAULT '',            -- 'warehouse' for a delivery note without prices
    copies        INTEGER NOT NULL DEFAULT 1,
    target        TEXT NOT NULL DEFAULT '',            -- the printer or the file
    printed_by    TEXT REFERENCES users (id),
    printed_at    INTEGER NOT NULL,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    updated_by    TEXT REFERENCES users (id),
    row_version   INTEGER NOT NULL DEFAULT 1,
    deleted_at    INTEGER
);
CREATE INDEX print_log_by_document ON print_log (document_id, printed_at);
