-- SPDX-License-Identifier: GPL-3.0-or-later
-- Tasks (待办) and appointments: a to-do with an optional day, or a call, visit or meeting at a time
-- on the agenda. Each belongs to the person who has to do it and may name a customer and a contact.
CREATE TABLE tasks (
    id                TEXT PRIMARY KEY NOT NULL,
    owner_id          TEXT NOT NULL REFERENCES users (id),
    customer_id       TEXT REFERENCES customers (id),
    contact_id        TEXT REFERENCES contacts (id),
    kind              TEXT NOT NULL DEFAULT 'todo'
                      CHECK (kind = 'todo' OR kind = 'call' OR kind = 'visit' OR kind = 'meeting'),
    title             TEXT NOT NULL CHECK (length(trim(title)) > 0),
    notes             TEXT NOT NULL DEFAULT '',
    due_on            TEXT NOT NULL DEFAULT '',          -- yyyy-MM-dd (the local day); '' when none
    starts_at         INTEGER,                           -- UTC ms of an appointment; NULL for a to-do
    duration_min      INTEGER NOT NULL DEFAULT 0 CHECK (duration_min >= 0),
    remind_before_min INTEGER NOT NULL DEFAULT 15 CHECK (remind_before_min >= 0),
    done_at           INTEGER,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    updated_by        TEXT REFERENCES users (id),
    row_version       INTEGER NOT NULL DEFAULT 1,
    deleted_at        INTEGER
);
CREATE INDEX tasks_open     ON tasks (owner_id, due_on) WHERE deleted_at IS NULL AND done_at IS NULL;
CREATE INDEX tasks_agenda   ON tasks (owner_id, starts_at) WHERE deleted_at IS NULL AND starts_at IS NOT NULL;
CREATE INDEX tasks_customer ON tasks (customer_id) WHERE deleted_at IS NULL AND customer_id IS NOT NULL;
