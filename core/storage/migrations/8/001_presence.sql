-- SPDX-License-Identifier: GPL-3.0-or-later
-- Who has the file open right now, kept in the file itself so that every colleague on a shared
-- file sees it: one row per running Guanxi (the app or guanxi-cli), refreshed by a heartbeat,
-- removed on exit and ignored once its heartbeat is older than the expiry (a crash). What a
-- person is editing is noted here too, so a card can say "王芳 is editing this customer".
-- Local to this file: never synced, no row_version (each row is written only by its own process).
CREATE TABLE presence (
    session_id     TEXT PRIMARY KEY NOT NULL,
    user_id        TEXT REFERENCES users (id),
    user_name      TEXT NOT NULL,
    host           TEXT NOT NULL,
    pid            INTEGER NOT NULL,
    program        TEXT NOT NULL,            -- 'guanxi' or 'guanxi-cli'
    started_at     INTEGER NOT NULL,         -- UTC ms
    heartbeat_at   INTEGER NOT NULL,
    editing_entity TEXT,                     -- 'customer', 'contact', …
    editing_id     TEXT
);
CREATE INDEX presence_editing ON presence (editing_id) WHERE editing_id IS NOT NULL;
