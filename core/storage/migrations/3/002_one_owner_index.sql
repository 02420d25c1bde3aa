-- SPDX-License-Identifier: GPL-3.0-or-later
-- customers_pool (owner_id, last_contact_at) answers every question customers_by_owner (owner_id)
-- did; one index less to write for each new or reassigned customer.
DROP INDEX customers_by_owner;
