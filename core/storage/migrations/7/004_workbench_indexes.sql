-- SPDX-License-Identifier: GPL-3.0-or-later
-- What the workbench and the analysis read, each from a small or covering index:
-- the open follow-ups of one customer (a salesperson's follow-ups are found from their customers);
CREATE INDEX interactions_open_follow_ups ON interactions (customer_id, follow_up_on)
    WHERE deleted_at IS NULL AND follow_up_on <> '' AND follow_up_done = 0;
-- the orders that count (not deleted, not cancelled) by customer and day, with currency and amount:
-- a customer's last order in one step (dormancy), and recency, frequency and value of every
-- customer (RFM, 80/20, lifetime value) without reading the orders table itself.
CREATE INDEX orders_by_customer_day ON orders (customer_id, ordered_on, currency, total_minor)
    WHERE deleted_at IS NULL AND status <> 'cancelled';
-- the same orders by day, with who sold them to whom: sales reports over a period.
CREATE INDEX orders_by_day ON orders (ordered_on, currency, owner_id, customer_id, total_minor)
    WHERE deleted_at IS NULL AND status <> 'cancelled';
-- touch points by who logged them, how and when: the activity report counts them per person and
-- kind in the index's own order, without sorting half a million rows.
CREATE INDEX interactions_by_author ON interactions (author_id, kind, occurred_at) WHERE deleted_at IS NULL;
