-- SPDX-License-Identifier: GPL-3.0-or-later
-- Customer care (客户关怀): days worth a call or a card besides the contacts' birthdays — the
-- customer's founding or first-order anniversary, a contact's wedding anniversary, a festival that
-- matters to them. `on_day` is the first (or only) occurrence; yearly ones come back on its month
-- and day.
CREATE TABLE care_events (
    id          TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id),
    contact_id  TEXT REFERENCES contacts (id),
    kind        TEXT NOT NULL DEFAULT 'anniversary'
                CHECK (kind = 'anniversary' OR kind = 'festival' OR kind = 'other'),
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    on_day      TEXT NOT NULL,                           -- yyyy-MM-dd
    yearly      INTEGER NOT NULL DEFAULT 1 CHECK (yearly = 0 OR yearly = 1),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    updated_by  TEXT REFERENCES users (id),
    row_version INTEGER NOT NULL DEFAULT 1,
    deleted_at  INTEGER
);
CREATE INDEX care_events_by_day      ON care_events (substr(on_day, -5)) WHERE deleted_at IS NULL;
CREATE INDEX care_events_by_customer ON care_events (customer_id) WHERE deleted_at IS NULL;
