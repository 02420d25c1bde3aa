-- SPDX-License-Identifier: GPL-3.0-or-later
-- The quotes, orders and leads lists, newest first and read a page at a time by key (KeysetList):
-- the day (or the moment captured) and the id in the index's order, so a page is found and read
-- without sorting, and counted from the index alone.
CREATE INDEX orders_by_day_id ON orders (ordered_on, id) WHERE deleted_at IS NULL;
CREATE INDEX quotes_by_day_id ON quotes (issued_on, id) WHERE deleted_at IS NULL;
CREATE INDEX leads_by_created_id ON leads (created_at, id) WHERE deleted_at IS NULL;
-- One person's tasks by day, done or not: the calendar's weeks and the agenda read them without
-- scanning every task of the company.
CREATE INDEX tasks_by_owner_day ON tasks (owner_id, due_on) WHERE deleted_at IS NULL;
-- The tags in use, for the customers page's pick list: only tagged customers are in it, and the
-- list reads one entry per different value.
CREATE INDEX customers_tags ON customers (tags) WHERE deleted_at IS NULL AND tags <> '';
