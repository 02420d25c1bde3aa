-- SPDX-License-Identifier: GPL-3.0-or-later
-- The customer card's profile and background tabs. Enumerations are stored as short codes, checked
-- here so that no tool can write a value the program cannot show.

ALTER TABLE customers ADD COLUMN short_name TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN kind TEXT NOT NULL DEFAULT 'business'
    CHECK (kind IN ('consumer', 'business', 'channel', 'internal'));
ALTER TABLE customers ADD COLUMN stage TEXT NOT NULL DEFAULT 'potential'
    CHECK (stage IN ('potential', 'new', 'old', 'loyal'));
ALTER TABLE customers ADD COLUMN value_type TEXT NOT NULL DEFAULT ''
    CHECK (value_type IN ('', 'lighthouse', 'follower', 'rational', 'profit'));
ALTER TABLE customers ADD COLUMN city TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN website TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN source TEXT NOT NULL DEFAULT '';
-- Tags as one text, each tag wrapped in '|' ("|key account|steel|"), so a tag filter is an exact
-- match of '|tag|' and never a prefix of a longer tag.
ALTER TABLE customers ADD COLUMN tags TEXT NOT NULL DEFAULT '';
-- Background (客户背景).
ALTER TABLE customers ADD COLUMN org_structure TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN business_situation TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN purchasing_dept TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN support_dept TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN using_dept TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN installed_base TEXT NOT NULL DEFAULT '';
-- The external code of a customer from another system (kept on import; CDNOW ids later).
ALTER TABLE customers ADD COLUMN external_code TEXT NOT NULL DEFAULT '';
-- When an owned customer returns to the public pool (公海), and who had it last.
ALTER TABLE customers ADD COLUMN pooled_at INTEGER;
ALTER TABLE customers ADD COLUMN previous_owner_id TEXT REFERENCES users (id);

CREATE INDEX customers_by_stage ON customers (stage, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_city  ON customers (city, id)  WHERE deleted_at IS NULL;
CREATE INDEX customers_pool     ON customers (owner_id, last_contact_at) WHERE deleted_at IS NULL;
