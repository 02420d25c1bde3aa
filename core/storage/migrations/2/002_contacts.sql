-- SPDX-License-Identifier: GPL-3.0-or-later
-- Contacts (联系人): people at a customer. A contact who moves to another company keeps its row
-- (and so its timeline); contact_positions remembers where it worked before.

CREATE TABLE contacts (
    id           TEXT PRIMARY KEY NOT NULL,
    customer_id  TEXT REFERENCES customers (id),        -- NULL: between companies
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_key     BLOB NOT NULL,
    title        TEXT NOT NULL DEFAULT '',
    level        TEXT NOT NULL DEFAULT 'operation' CHECK (level IN ('operation', 'management', 'decision')),
    function     TEXT NOT NULL DEFAULT '' CHECK (function IN ('', 'user', 'technical', 'finance', 'purchasing', 'other')),
    superior_id  TEXT REFERENCES contacts (id),
    assistant_id TEXT REFERENCES contacts (id),
    gender       TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'f', 'm')),
    birthday     TEXT NOT NULL DEFAULT '',               -- yyyy-MM-dd, or --MM-dd when the year is unknown
    hometown     TEXT NOT NULL DEFAULT '',
    university   TEXT NOT NULL DEFAULT '',
    sports       TEXT NOT NULL DEFAULT '',
    favourite_food TEXT NOT NULL DEFAULT '',
    pets         TEXT NOT NULL DEFAULT '',
    books        TEXT NOT NULL DEFAULT '',
    last_holiday TEXT NOT NULL DEFAULT '',
    next_holiday TEXT NOT NULL DEFAULT '',
    goals        TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    updated_by   TEXT REFERENCES users (id),
    row_version  INTEGER NOT NULL DEFAULT 1,
    deleted_at   INTEGER
);
CREATE INDEX contacts_by_customer ON contacts (customer_id, name_key) WHERE deleted_at IS NULL;
CREATE INDEX contacts_by_birthday ON contacts (substr(birthday, -5)) WHERE deleted_at IS NULL AND birthday <> '';

-- Phones, e-mails and IM ids, several per contact. `value` is what the user typed, `normalized`
-- the comparable form: E.164 for phones, lower case for e-mails.
CREATE TABLE contact_channels (
    id          TEXT PRIMARY KEY NOT NULL,
    contact_id  TEXT NOT NULL REFERENCES contacts (id),
    kind        TEXT NOT NULL CHECK (kind IN ('mobile', 'phone', 'fax', 'email', 'wechat', 'qq', 'other')),
    label       TEXT NOT NULL DEFAULT '',
    value       TEXT NOT NULL,
    normalized  TEXT NOT NULL,
    position    INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    updated_by  TEXT REFERENCES users (id),
    row_version INTEGER NOT NULL DEFAULT 1,
    deleted_at  INTEGER
);
CREATE INDEX contact_channels_by_contact ON contact_channels (contact_id, position) WHERE deleted_at IS NULL;

CREATE TABLE contact_positions (
    id          TEXT PRIMARY KEY NOT NULL,
    contact_id  TEXT NOT NULL REFERENCES contacts (id),
    customer_id TEXT NOT NULL REFERENCES customers (id),
    title       TEXT NOT NULL DEFAULT '',
    started_at  INTEGER NOT NULL,
    ended_at    INTEGER,                                 -- NULL: the current position
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    updated_by  TEXT REFERENCES users (id),
    row_version INTEGER NOT NULL DEFAULT 1,
    deleted_at  INTEGER
);
CREATE INDEX contact_positions_by_contact ON contact_positions (contact_id, started_at);
