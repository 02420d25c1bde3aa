-- SPDX-License-Identifier: GPL-3.0-or-later
-- Reports a user built in the report center (dimensions, measures, filters), kept as a JSON
-- description that names only known dimensions and measures: never SQL.
CREATE TABLE saved_reports (
    id          TEXT PRIMARY KEY NOT NULL,
    owner_id    TEXT NOT NULL REFERENCES users (id),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    spec        TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    updated_by  TEXT REFERENCES users (id),
    row_version INTEGER NOT NULL DEFAULT 1,
    deleted_at  INTEGER
);
CREATE INDEX saved_reports_by_owner ON saved_reports (owner_id, name) WHERE deleted_at IS NULL;
