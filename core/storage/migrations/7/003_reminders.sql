-- SPDX-License-Identifier: GPL-3.0-or-later
-- Reminders are computed from the data (a follow-up's day, a receivable's due date, a birthday) by
-- rules, so nothing has to be scheduled and a clock that jumps cannot lose or double one. What a
-- user did with one is kept here, under the reminder's key ("rule:source:occurrence"): snoozed until
-- a time, or done.
CREATE TABLE reminder_states (
    id            TEXT PRIMARY KEY NOT NULL,
    user_id       TEXT NOT NULL REFERENCES users (id),
    reminder_key  TEXT NOT NULL,
    snoozed_until INTEGER,                               -- UTC ms
    done_at       INTEGER,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    updated_by    TEXT REFERENCES users (id),
    row_version   INTEGER NOT NULL DEFAULT 1,
    deleted_at    INTEGER
);
CREATE UNIQUE INDEX reminder_states_key ON reminder_states (user_id, reminder_key);

