-- SPDX-License-Identifier: GPL-3.0-or-later
-- Sales quotas (定额): what a salesperson should win in a month ('2026-11') or a quarter ('2026-Q4').
CREATE TABLE quotas (
    id           TEXT PRIMARY KEY NOT NULL,
    user_id      TEXT NOT NULL REFERENCES users (id),
    period       TEXT NOT NULL CHECK (length(period) = 7),
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
    currency     TEXT NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3),
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    updated_by   TEXT REFERENCES users (id),
    row_version  INTEGER NOT NULL DEFAULT 1,
    deleted_at   INTEGER
);
CREATE UNIQUE INDEX quotas_once ON quotas (user_id, period) WHERE deleted_at IS NULL;
