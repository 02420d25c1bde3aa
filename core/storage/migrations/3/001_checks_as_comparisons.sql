-- SPDX-License-Identifier: GPL-3.0-or-later
-- The enumeration checks written as comparisons: "kind IN ('a', 'b')" in a CHECK makes SQLite build
-- a small temporary index on every INSERT and UPDATE of the row (about 2.5 µs each, a third of a
-- large import's time), "kind = 'a' OR kind = 'b'" does not. The rules are the same, so only the
-- tables' definitions change, not their rows: SQLite's documented way for such changes is to edit
-- the schema text (https://sqlite.org/lang_altertable.html#otheralter); the migrator then raises
-- the schema version so that every connection reads it again.

PRAGMA writable_schema = ON;

UPDATE sqlite_schema SET sql = replace(sql, 'role IN (''salesperson'', ''manager'', ''admin'')',
    'role = ''salesperson'' OR role = ''manager'' OR role = ''admin''')
  WHERE type = 'table' AND name = 'users';

UPDATE sqlite_schema SET sql = replace(sql, 'kind IN (''consumer'', ''business'', ''channel'', ''internal'')',
    'kind = ''consumer'' OR kind = ''business'' OR kind = ''channel'' OR kind = ''internal''')
  WHERE type = 'table' AND name = 'customers';

UPDATE sqlite_schema SET sql = replace(sql, 'stage IN (''potential'', ''new'', ''old'', ''loyal'')',
    'stage = ''potential'' OR stage = ''new'' OR stage = ''old'' OR stage = ''loyal''')
  WHERE type = 'table' AND name = 'customers';

UPDATE sqlite_schema SET sql = replace(sql, 'value_type IN ('''', ''lighthouse'', ''follower'', ''rational'', ''profit'')',
    'value_type = '''' OR value_type = ''lighthouse'' OR value_type = ''follower'' OR value_type = ''rational'' OR value_type = ''profit''')
  WHERE type = 'table' AND name = 'customers';

UPDATE sqlite_schema SET sql = replace(sql, 'status IN (''open'', ''delivered'', ''paid'', ''closed'', ''cancelled'')',
    'status = ''open'' OR status = ''delivered'' OR status = ''paid'' OR status = ''closed'' OR status = ''cancelled''')
  WHERE type = 'table' AND name = 'orders';

UPDATE sqlite_schema SET sql = replace(sql, 'level IN (''operation'', ''management'', ''decision'')',
    'level = ''operation'' OR level = ''management'' OR level = ''decision''')
  WHERE type = 'table' AND name = 'contacts';

UPDATE sqlite_schema SET sql = replace(sql, 'function IN ('''', ''user'', ''technical'', ''finance'', ''purchasing'', ''other'')',
    'function = '''' OR function = ''user'' OR function = ''technical'' OR function = ''finance'' OR function = ''purchasing'' OR function = ''other''')
  WHERE type = 'table' AND name = 'contacts';

UPDATE sqlite_schema SET sql = replace(sql, 'gender IN ('''', ''f'', ''m'')',
    'gender = '''' OR gender = ''f'' OR gender = ''m''')
  WHERE type = 'table' AND name = 'contacts';

UPDATE sqlite_schema SET sql = replace(sql, 'kind IN (''mobile'', ''phone'', ''fax'', ''email'', ''wechat'', ''qq'', ''other'')',
    'kind = ''mobile'' OR kind = ''phone'' OR kind = ''fax'' OR kind = ''email'' OR kind = ''wechat'' OR kind = ''qq'' OR kind = ''other''')
  WHERE type = 'table' AND name = 'contact_channels';

UPDATE sqlite_schema SET sql = replace(sql, 'kind IN (''call'', ''visit'', ''meeting'', ''email'', ''wechat'', ''qq'',' || char(10) || '                                                  ''complaint'', ''note'', ''system'')',
    'kind = ''call'' OR kind = ''visit'' OR kind = ''meeting'' OR kind = ''email'' OR kind = ''wechat'' OR kind = ''qq'' OR kind = ''complaint'' OR kind = ''note'' OR kind = ''system''')
  WHERE type = 'table' AND name = 'interactions';

UPDATE sqlite_schema SET sql = replace(sql, 'state IN (''open'', ''kept'', ''cancelled'')',
    'state = ''open'' OR state = ''kept'' OR state = ''cancelled''')
  WHERE type = 'table' AND name = 'commitments';

UPDATE sqlite_schema SET sql = replace(sql, 'status IN (''new'', ''working'', ''qualified'', ''disqualified'', ''converted'')',
    'status = ''new'' OR status = ''working'' OR status = ''qualified'' OR status = ''disqualified'' OR status = ''converted''')
  WHERE type = 'table' AND name = 'leads';

UPDATE sqlite_schema SET sql = replace(sql, 'role IN (''decision_maker'', ''influencer'')',
    'role = ''decision_maker'' OR role = ''influencer''')
  WHERE type = 'table' AND name = 'project_contacts';

UPDATE sqlite_schema SET sql = replace(sql, 'kind IN (''supplier'', ''distributor'', ''end_user'', ''partner'')',
    'kind = ''supplier'' OR kind = ''distributor'' OR kind = ''end_user'' OR kind = ''partner''')
  WHERE type = 'table' AND name = 'customer_relations';

PRAGMA writable_schema = OFF;
