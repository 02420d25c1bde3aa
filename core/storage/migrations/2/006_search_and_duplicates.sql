-- SPDX-License-Identifier: GPL-3.0-or-later
-- Search and the duplicate guard. Both are derived data, rebuilt from the records by
-- SearchIndex::rebuild() and kept current in the same transaction as every edit.

-- One row per searchable record. `haystack` holds the searchable fields, lower case, one per line:
-- the name, its pinyin (every reading of polyphonic characters) and initials, phone digits,
-- e-mails, tags. Search results are checked against it, so the index below only has to find
-- candidates.
CREATE TABLE search_docs (
    doc         INTEGER PRIMARY KEY,
    kind        INTEGER NOT NULL,          -- 1 customer, 2 contact, 3 lead
    entity_id   TEXT NOT NULL,
    customer_id TEXT,                      -- a contact's customer
    owner_id    TEXT,                      -- for visibility: the owner of the record (or its customer)
    name        TEXT NOT NULL,
    detail      TEXT NOT NULL DEFAULT '',  -- shown under the name: a contact's company, a lead's company
    haystack    TEXT NOT NULL
);
CREATE UNIQUE INDEX search_docs_entity ON search_docs (kind, entity_id);
CREATE INDEX search_docs_customer ON search_docs (customer_id) WHERE customer_id IS NOT NULL;

-- Every distinct 1-, 2- and 3-character piece of each haystack line, as a token, plus a marked
-- token for the pieces a line starts with (prefix matches rank first). A query of up to three
-- characters is one token lookup; a longer query intersects its trigrams. This covers the 1- and
-- 2-character queries (most Chinese names are two characters) that FTS5's own trigram tokenizer
-- cannot match. Contentless and without positions: only document numbers are stored.
CREATE VIRTUAL TABLE search_grams USING fts5 (grams, content = '', detail = none, tokenize = 'ascii');

-- Keys that identify a customer or contact beyond doubt when they match: the normalised name, an
-- E.164 phone number, an e-mail address, a company e-mail domain or a website host.
CREATE TABLE match_keys (
    key       TEXT NOT NULL,               -- 'n:' name, 'p:' phone, 'e:' e-mail, 'd:' domain, 'w:' website
    kind      INTEGER NOT NULL,            -- 1 customer, 2 contact
    entity_id TEXT NOT NULL,
    PRIMARY KEY (key, kind, entity_id)
) WITHOUT ROWID;
CREATE INDEX match_keys_entity ON match_keys (entity_id);

-- Who did what to which record, for the changes that must be traceable (merges, claims, pool returns).
CREATE TABLE audit_log (
    id        TEXT PRIMARY KEY NOT NULL,
    at        INTEGER NOT NULL,
    actor_id  TEXT REFERENCES users (id),
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    detail    TEXT NOT NULL DEFAULT ''      -- JSON
);
CREATE INDEX audit_log_by_entity ON audit_log (entity_id, at);

-- Saved filters (智能列表) and other per-user settings that travel with the database.
CREATE TABLE smart_lists (
    id          TEXT PRIMARY KEY NOT NULL,
    user_id     TEXT NOT NULL REFERENCES users (id),
    list        TEXT NOT NULL,             -- which list: 'customers', 'contacts', 'leads'
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    filter      TEXT NOT NULL,             -- JSON
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    updated_by  TEXT REFERENCES users (id),
    row_version INTEGER NOT NULL DEFAULT 1,
    deleted_at  INTEGER
);
CREATE INDEX smart_lists_by_user ON smart_lists (user_id, list) WHERE deleted_at IS NULL;
