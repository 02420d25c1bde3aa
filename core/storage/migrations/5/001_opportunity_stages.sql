-- SPDX-License-Identifier: GPL-3.0-or-later
-- The stages of the sales funnel (销售漏斗), configurable per database. The default set has fixed
-- ids, so every copy of the database (and the sync server) agrees on them; a stage a user adds gets
-- a UUIDv7. An empty name means the built-in, translated name of a default stage. `outcome` says
-- whether an opportunity in the stage is still open, won or lost.
CREATE TABLE opportunity_stages (
    id              TEXT PRIMARY KEY NOT NULL,
    name            TEXT NOT NULL DEFAULT '',
    position        INTEGER NOT NULL,
    probability_pct INTEGER NOT NULL CHECK (probability_pct BETWEEN 0 AND 100),
    outcome         TEXT NOT NULL DEFAULT 'open' CHECK (outcome = 'open' OR outcome = 'won' OR outcome = 'lost'),
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    updated_by      TEXT REFERENCES users (id),
    row_version     INTEGER NOT NULL DEFAULT 1,
    deleted_at      INTEGER
);

INSERT INTO opportunity_stages (id, position, probability_pct, outcome, created_at, updated_at) VALUES
    ('initial',     1,  10, 'open', 0, 0),   -- 初步接洽
    ('needs',       2,  25, 'open', 0, 0),   -- 需求确认
    ('proposal',    3,  50, 'open', 0, 0),   -- 方案报价
    ('negotiation', 4,  75, 'open', 0, 0),   -- 谈判审核
    ('won',         5, 100, 'won',  0, 0),   -- 赢单
    ('lost',        6,   0, 'lost', 0, 0);   -- 输单
