-- SPDX-License-Identifier: GPL-3.0-or-later
-- Conventions for every synced table: client-made UUIDv7 ids (text), instants as UTC milliseconds,
-- row_version bumped on every write (optimistic concurrency), deleted_at as a tombstone.

CREATE TABLE departments (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    updated_by  TEXT,
    row_version INTEGER NOT NULL DEFAULT 1,
    deleted_at  INTEGER
);

CREATE TABLE users (
    id            TEXT PRIMARY KEY NOT NULL,
    login         TEXT NOT NULL,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('salesperson', 'manager', 'admin')),
    department_id TEXT REFERENCES departments (id),
    password_hash TEXT,            -- Argon2id (libsodium crypto_pwhash_str), NULL: none set
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    updated_by    TEXT,
    row_version   INTEGER NOT NULL DEFAULT 1,
    deleted_at    INTEGER
);
CREATE UNIQUE INDEX users_login ON users (login) WHERE deleted_at IS NULL;

-- Settings that belong to the database (shared by everyone who opens it), not to one machine.
CREATE TABLE db_settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT
);
