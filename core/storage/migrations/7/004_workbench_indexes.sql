-- SPDX-License-Identifier: GPL-3.0-or-later
-- What the workbench reads every morning, each from a small index:
-- the open follow-ups of one customer (a salesperson's follow-ups are found from their customers);
CREATE INDEX interactions_open_follow_ups ON interactions (customer_id, follow_up_on)
    WHERE deleted_at IS NULL AND follow_up_on <> '' AND follow_up_done = 0;
-- a customer's last order that counts (not deleted, not cancelled) in one step, for dormancy.
CREATE INDEX orders_last_by_customer ON orders (customer_id, ordered_on)
    WHERE deleted_at IS NULL AND status <> 'cancelled';
