-- SPDX-License-Identifier: GPL-3.0-or-later
-- HostDeck schema 0011: a block added around existing top-level blocks adopts them.
--
-- Adding 10.0.0.0/8 when 10.20.0.0/16 exists makes the /16 a child of the /8 in
-- the same transaction. For the moment between inserting the /8 and re-parenting
-- the /16, both are roots that overlap; the sibling exclusion becomes deferrable
-- so that transaction (alone: SET CONSTRAINTS ... DEFERRED) checks it at its end.
-- Every other writer still gets it checked at once.

ALTER TABLE subnets DROP CONSTRAINT subnets_no_sibling_overlap;
ALTER TABLE subnets ADD CONSTRAINT subnets_no_sibling_overlap EXCLUDE USING gist (
    (COALESCE(parent_id, 0)) WITH =, cidr inet_ops WITH &&) DEFERRABLE INITIALLY IMMEDIATE;
