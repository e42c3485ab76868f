-- SPDX-License-Identifier: GPL-3.0-or-later
-- HostDeck schema 0007: the address space as registries hand it out.
--
-- IPv6 pools from /12 (the size IANA allocates to a regional registry; an
-- LIR's usual /29 and larger blocks fit) down to /128, as Cidr::checkManagedPrefix
-- says. IPv4-mapped IPv6 space (::ffff:0:0/96) stands for IPv4 addresses: it
-- is never a subnet, nor inside or around one, so no IPv4 address can be
-- allocated a second time as an IPv6 one.

ALTER TABLE subnets DROP CONSTRAINT subnets_prefix_range;
ALTER TABLE subnets ADD CONSTRAINT subnets_prefix_range CHECK (
    (family(cidr) = 4 AND masklen(cidr) BETWEEN 8 AND 32)
    OR (family(cidr) = 6 AND masklen(cidr) BETWEEN 12 AND 128));
ALTER TABLE subnets ADD CONSTRAINT subnets_not_ipv4_mapped CHECK (
    family(cidr) = 4 OR NOT (cidr && '::ffff:0.0.0.0/96'::cidr));

-- ---------------------------------------------------------------------------
-- Names are looked up without case (`device move fra1-a01-srv05`, the console's
-- search, a barcode scanner), so they are unique without case too: a decoy
-- "FRA1-A01-SRV05" beside "fra1-a01-srv05" is refused, and a look-up by name
-- never has to guess, least of all before a power action.
-- ---------------------------------------------------------------------------
DO $$
DECLARE
    clash text;
BEGIN
    SELECT string_agg(names, '; ') INTO clash
      FROM (SELECT 'devices ' || string_agg(name, ', ' ORDER BY name) AS names
              FROM devices GROUP BY lower(name) HAVING count(*) > 1
            UNION ALL
            SELECT 'racks ' || string_agg(name, ', ' ORDER BY name)
              FROM racks GROUP BY lower(name) HAVING count(*) > 1) c;
    IF clash IS NOT NULL THEN
        RAISE EXCEPTION 'names that differ only in case must be renamed first: %', clash
            USING ERRCODE = 'unique_violation';
    END IF;
END
$$;
CREATE UNIQUE INDEX devices_name_ci_key ON devices (lower(name));
CREATE UNIQUE INDEX racks_name_ci_key ON racks (lower(name));
