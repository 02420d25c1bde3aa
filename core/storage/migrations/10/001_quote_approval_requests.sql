-- SPDX-License-Identifier: GPL-3.0-or-later
-- Asking a manager to approve a quote's prices below the floor, and the answer: one row per round.
-- A salesperson asks (with a message, optional); a manager of the quote's department, or an
-- administrator, approves or refuses (a refusal gives its reason). A request still open when the
-- quote's prices change so that no approval is needed any more is withdrawn. A manager who approves
-- without being asked leaves a row with no requester. quotes.approval stays the quote's state;
-- these rows are who asked, who answered, when and why.
CREATE TABLE quote_approval_requests (
    id            TEXT PRIMARY KEY NOT NULL,
    quote_id      TEXT NOT NULL REFERENCES quotes (id),
    requested_by  TEXT REFERENCES users (id),
    requested_at  INTEGER,                               -- UTC ms; NULL: decided unasked
    message       TEXT NOT NULL DEFAULT '',
    decision      TEXT NOT NULL DEFAULT 'pending'
                  CHECK (decision = 'pending' OR decision = 'approved' OR decision = 'refused'
                         OR decision = 'withdrawn'),
    decided_by    TEXT REFERENCES users (id),
    decided_at    INTEGER,
    reason        TEXT NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    updated_by    TEXT REFERENCES users (id),
    row_version   INTEGER NOT NULL DEFAULT 1,
    deleted_at    INTEGER
);
CREATE INDEX quote_approval_requests_by_quote ON quote_approval_requests (quote_id, created_at);
-- The approvers' queue: the open requests, oldest first.
CREATE INDEX quote_approval_requests_open ON quote_approval_requests (requested_at)
    WHERE decision = 'pending' AND deleted_at IS NULL;
-- A salesperson's own requests and their answers.
CREATE INDEX quote_approval_requests_by_requester ON quote_approval_requests (requested_by, decided_at)
    WHERE deleted_at IS NULL;
