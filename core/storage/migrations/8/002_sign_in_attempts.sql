-- SPDX-License-Identifier: GPL-3.0-or-later
-- Failed sign-ins per login, so that repeated wrong passwords wait longer each time (per login and
-- per file, whichever computer they come from). Cleared by a successful sign-in. Not synced.
CREATE TABLE sign_in_failures (
    login        TEXT PRIMARY KEY NOT NULL,
    failures     INTEGER NOT NULL,
    last_failed  INTEGER NOT NULL           -- UTC ms
);
