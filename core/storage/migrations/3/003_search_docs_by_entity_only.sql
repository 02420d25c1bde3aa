-- SPDX-License-Identifier: GPL-3.0-or-later
-- A customer's contacts are found through contacts_by_customer when its search entry changes, so
-- the search entries need no index of their own by customer: one index less to write for each new
-- customer, contact or lead.
DROP INDEX search_docs_customer;
