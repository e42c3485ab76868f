-- SPDX-License-Identifier: GPL-3.0-or-later
-- HostDeck schema 0002: IP address management. VLANs per location, the
-- prefix tree of subnets, IP addresses, products and services as far as
-- IPAM needs them (billing extends these same tables later), and the
-- provisioning log.
--
-- The tree: every subnet but a root has a parent that is 'subdivided' and
-- strictly contains it; siblings (and roots) never overlap. The model layer
-- (SubnetAllocator) keeps the children of a subdivided subnet tiling it
-- exactly; the database enforces everything that one row or one parent can
-- decide. docs/ipam.md lists every invariant and where it is enforced.

-- ---------------------------------------------------------------------------
-- VLANs, one numbering space per location
-- ---------------------------------------------------------------------------
CREATE TABLE vlans (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    location_id  bigint NOT NULL REFERENCES locations (id) ON DELETE RESTRICT,
    vid          integer NOT NULL CONSTRAINT vlans_vid_range CHECK (vid BETWEEN 1 AND 4094),
    name         text NOT NULL CHECK (length(btrim(name)) > 0),
    enabled      boolean NOT NULL DEFAULT true,
    CONSTRAINT vlans_location_vid_key UNIQUE (location_id, vid)
);

-- ---------------------------------------------------------------------------
-- Products and services (only what ipam_config needs; billing adds columns)
-- ---------------------------------------------------------------------------

-- Shape of a product's ipam_config:
--   {"mode": "full" | "disabled",
--    "rules": [{"type": "ip" | "subnet", "family": 4 | 6,
--               "count": n (ip rules, default 1), "prefix_length": n (subnet rules),
--               "purpose": "...", "allowed_vlans": [vid, ...], "pool_subnets": ["cidr", ...],
--               "pick": "next" | "random"}]}
CREATE FUNCTION ipam_config_valid(config jsonb) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    rule jsonb;
BEGIN
    IF jsonb_typeof(config) <> 'object' OR NOT (config ->> 'mode' IN ('full', 'disabled')) THEN
        RETURN false;
    END IF;
    IF NOT config ? 'rules' THEN
        RETURN true;
    END IF;
    IF jsonb_typeof(config -> 'rules') <> 'array' THEN
        RETURN false;
    END IF;
    FOR rule IN SELECT value FROM jsonb_array_elements(config -> 'rules') LOOP
        IF jsonb_typeof(rule) <> 'object'
           OR NOT (rule ->> 'type' IN ('ip', 'subnet'))
           OR jsonb_typeof(rule -> 'family') IS DISTINCT FROM 'number'
           OR NOT ((rule ->> 'family') IN ('4', '6')) THEN
            RETURN false;
        END IF;
        IF rule ->> 'type' = 'subnet' THEN
            IF jsonb_typeof(rule -> 'prefix_length') IS DISTINCT FROM 'number'
               OR (rule ->> 'prefix_length') !~ '^[0-9]{1,3}$'
               OR (rule ->> 'prefix_length')::int > (CASE rule ->> 'family' WHEN '4' THEN 32 ELSE 128 END)
               OR (rule ->> 'prefix_length')::int < (CASE rule ->> 'family' WHEN '4' THEN 8 ELSE 32 END) THEN
                RETURN false;
            END IF;
        END IF;
        IF rule ? 'count' AND (jsonb_typeof(rule -> 'count') <> 'number'
                               OR (rule ->> 'count') !~ '^[0-9]{1,4}$' OR (rule ->> 'count')::int < 1) THEN
            RETURN false;
        END IF;
        IF rule ? 'allowed_vlans' AND (jsonb_typeof(rule -> 'allowed_vlans') <> 'array'
               OR EXISTS (SELECT 1 FROM jsonb_array_elements(rule -> 'allowed_vlans') v
                           WHERE jsonb_typeof(v) <> 'number')) THEN
            RETURN false;
        END IF;
        IF rule ? 'pool_subnets' AND (jsonb_typeof(rule -> 'pool_subnets') <> 'array'
               OR EXISTS (SELECT 1 FROM jsonb_array_elements(rule -> 'pool_subnets') p
                           WHERE jsonb_typeof(p) <> 'string')) THEN
            RETURN false;
        END IF;
        IF rule ? 'pick' AND NOT (rule ->> 'pick' IN ('next', 'random')) THEN
            RETURN false;
        END IF;
    END LOOP;
    RETURN true;
END
$$;

CREATE TABLE products (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         text NOT NULL CONSTRAINT products_name_key UNIQUE CHECK (length(btrim(name)) > 0),
    kind         text NOT NULL DEFAULT 'dedicated'
                 CHECK (kind IN ('dedicated', 'vps', 'colocation', 'ip-transit', 'other')),
    ipam_config  jsonb NOT NULL DEFAULT '{"mode": "disabled", "rules": []}'::jsonb
                 CONSTRAINT products_ipam_config_shape CHECK (ipam_config_valid(ipam_config))
);

CREATE TABLE services (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id  bigint NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    product_id   bigint NOT NULL REFERENCES products (id) ON DELETE RESTRICT,
    device_id    bigint REFERENCES devices (id) ON DELETE SET NULL,
    status       text NOT NULL DEFAULT 'pending'
                 CONSTRAINT services_status_known CHECK (status IN ('pending', 'provisioning_pending', 'active',
                                                                    'suspended', 'cancelled', 'terminated')),
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX services_customer_idx ON services (customer_id);
CREATE INDEX services_device_idx ON services (device_id);

-- ---------------------------------------------------------------------------
-- Subnets: the prefix tree
-- ---------------------------------------------------------------------------
CREATE TABLE subnets (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent_id          bigint REFERENCES subnets (id),
    -- the cidr type refuses host bits: '10.0.0.1/8'::cidr is an error
    cidr               cidr NOT NULL CONSTRAINT subnets_cidr_key UNIQUE,
    ip_version         smallint NOT NULL,
    location_id        bigint REFERENCES locations (id) ON DELETE RESTRICT,
    vlan_id            bigint REFERENCES vlans (id) ON DELETE SET NULL,
    allocation_status  text NOT NULL DEFAULT 'unallocated'
                       CONSTRAINT subnets_status_known
                       CHECK (allocation_status IN ('unallocated', 'allocated', 'subdivided')),
    is_unavailable     boolean NOT NULL DEFAULT false,
    auto_allocatable   boolean NOT NULL DEFAULT true,
    customer_id        bigint REFERENCES customers (id) ON DELETE RESTRICT,
    service_id         bigint REFERENCES services (id) ON DELETE SET NULL,
    device_id          bigint REFERENCES devices (id) ON DELETE SET NULL,
    description        text NOT NULL DEFAULT '',
    created_at         timestamptz NOT NULL DEFAULT now(),

    CONSTRAINT subnets_ip_version_matches CHECK (ip_version = family(cidr)),
    CONSTRAINT subnets_prefix_range CHECK (
        (family(cidr) = 4 AND masklen(cidr) BETWEEN 8 AND 32)
        OR (family(cidr) = 6 AND masklen(cidr) BETWEEN 32 AND 128)),
    CONSTRAINT subnets_subdivided_not_assigned CHECK (
        allocation_status <> 'subdivided' OR (customer_id IS NULL AND service_id IS NULL AND device_id IS NULL)),
    CONSTRAINT subnets_unallocated_not_assigned CHECK (
        allocation_status <> 'unallocated' OR (customer_id IS NULL AND service_id IS NULL AND device_id IS NULL)),
    -- siblings never overlap; roots (parent_id NULL) are siblings of each other
    CONSTRAINT subnets_no_sibling_overlap EXCLUDE USING gist (
        (COALESCE(parent_id, 0)) WITH =, cidr inet_ops WITH &&)
);
CREATE INDEX subnets_cidr_gist ON subnets USING gist (cidr inet_ops);
CREATE INDEX subnets_parent_idx ON subnets (parent_id, cidr);
-- free leaves by size (exact fit, best-fit split) and by address (merge candidates)
CREATE INDEX subnets_free_leaf_idx ON subnets (ip_version, masklen(cidr), cidr)
    WHERE allocation_status = 'unallocated' AND NOT is_unavailable;
CREATE INDEX subnets_free_cidr_idx ON subnets (ip_version, cidr)
    WHERE allocation_status = 'unallocated' AND NOT is_unavailable;
CREATE INDEX subnets_customer_idx ON subnets (customer_id) WHERE customer_id IS NOT NULL;
CREATE INDEX subnets_service_idx ON subnets (service_id) WHERE service_id IS NOT NULL;
CREATE INDEX subnets_device_idx ON subnets (device_id) WHERE device_id IS NOT NULL;

-- A child lies strictly inside its parent, in the same family, and its parent
-- is subdivided; a CIDR never changes (merge and split make new rows); a
-- subnet with children stays subdivided.
CREATE FUNCTION subnets_check_tree() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    p subnets%ROWTYPE;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.cidr IS DISTINCT FROM OLD.cidr THEN
        RAISE EXCEPTION 'the CIDR of subnet % cannot change from % to %; split or merge instead',
            OLD.id, OLD.cidr, NEW.cidr
            USING ERRCODE = 'check_violation', CONSTRAINT = 'subnets_cidr_immutable';
    END IF;
    IF NEW.parent_id IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.parent_id IS DISTINCT FROM OLD.parent_id) THEN
        SELECT * INTO p FROM subnets WHERE id = NEW.parent_id;
        IF family(p.cidr) <> family(NEW.cidr) THEN
            RAISE EXCEPTION 'subnet % is IPv% but its parent % is IPv%',
                NEW.cidr, family(NEW.cidr), p.cidr, family(p.cidr)
                USING ERRCODE = 'check_violation', CONSTRAINT = 'subnets_family_matches_parent';
        END IF;
        IF NOT (NEW.cidr << p.cidr) THEN
            RAISE EXCEPTION 'subnet % lies outside its parent %', NEW.cidr, p.cidr
                USING ERRCODE = 'check_violation', CONSTRAINT = 'subnets_inside_parent';
        END IF;
        IF p.allocation_status <> 'subdivided' THEN
            RAISE EXCEPTION 'subnet % cannot be placed in % because % is % and not subdivided',
                NEW.cidr, p.cidr, p.cidr, p.allocation_status
                USING ERRCODE = 'check_violation', CONSTRAINT = 'subnets_parent_subdivided';
        END IF;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.allocation_status = 'subdivided' AND NEW.allocation_status <> 'subdivided'
       AND EXISTS (SELECT 1 FROM subnets c WHERE c.parent_id = NEW.id) THEN
        RAISE EXCEPTION 'subnet % still has child subnets and must stay subdivided', NEW.cidr
            USING ERRCODE = 'check_violation', CONSTRAINT = 'subnets_subdivided_has_children';
    END IF;
    IF NEW.allocation_status = 'subdivided' AND (TG_OP = 'INSERT' OR OLD.allocation_status <> 'subdivided')
       AND EXISTS (SELECT 1 FROM ip_addresses a WHERE a.subnet_id = NEW.id) THEN
        RAISE EXCEPTION 'subnet % holds IP addresses and cannot be subdivided', NEW.cidr
            USING ERRCODE = 'check_violation', CONSTRAINT = 'subnets_subdivided_without_addresses';
    END IF;
    RETURN NEW;
END
$$;

-- ---------------------------------------------------------------------------
-- IP addresses
-- ---------------------------------------------------------------------------
CREATE TABLE ip_addresses (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subnet_id        bigint NOT NULL REFERENCES subnets (id) ON DELETE RESTRICT,
    address          inet NOT NULL CONSTRAINT ip_addresses_address_key UNIQUE,
    customer_id      bigint REFERENCES customers (id) ON DELETE RESTRICT,
    service_id       bigint REFERENCES services (id) ON DELETE SET NULL,
    device_id        bigint REFERENCES devices (id) ON DELETE SET NULL,
    vlan_id          bigint REFERENCES vlans (id) ON DELETE SET NULL,
    purpose          text NOT NULL DEFAULT 'primary'
                     CONSTRAINT ip_addresses_purpose_known
                     CHECK (purpose IN ('primary', 'additional', 'management', 'bmc', 'gateway',
                                        'network', 'vip', 'reserved')),
    rdns             text CONSTRAINT ip_addresses_rdns_hostname
                     CHECK (rdns IS NULL OR rdns ~ '^([A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?\.?$'),
    rdns_updated_at  timestamptz,
    is_unavailable   boolean NOT NULL DEFAULT false,
    description      text NOT NULL DEFAULT '',
    created_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ip_addresses_host_address CHECK (masklen(address) = CASE family(address) WHEN 4 THEN 32 ELSE 128 END)
);
CREATE INDEX ip_addresses_subnet_idx ON ip_addresses (subnet_id, address);
CREATE INDEX ip_addresses_service_idx ON ip_addresses (service_id) WHERE service_id IS NOT NULL;
CREATE INDEX ip_addresses_device_idx ON ip_addresses (device_id) WHERE device_id IS NOT NULL;

-- An address lies inside its subnet, and that subnet is a leaf.
CREATE FUNCTION ip_addresses_check_subnet() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    s subnets%ROWTYPE;
BEGIN
    SELECT * INTO s FROM subnets WHERE id = NEW.subnet_id;
    IF NOT (NEW.address <<= s.cidr) THEN
        RAISE EXCEPTION 'address % lies outside its subnet %', host(NEW.address), s.cidr
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ip_addresses_inside_subnet';
    END IF;
    IF s.allocation_status = 'subdivided' THEN
        RAISE EXCEPTION 'address % cannot belong to % because that subnet is subdivided; use the child subnet that holds it',
            host(NEW.address), s.cidr
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ip_addresses_subnet_is_leaf';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER ip_addresses_check_subnet BEFORE INSERT OR UPDATE OF address, subnet_id ON ip_addresses
    FOR EACH ROW EXECUTE FUNCTION ip_addresses_check_subnet();

CREATE TRIGGER subnets_check_tree BEFORE INSERT OR UPDATE ON subnets
    FOR EACH ROW EXECUTE FUNCTION subnets_check_tree();

-- ---------------------------------------------------------------------------
-- Effective attributes. Every node containing a subnet's CIDR is the subnet
-- itself or one of its ancestors (siblings never overlap, children lie inside
-- their parents), so "nearest ancestor with a value" is one GiST lookup.
-- Changing a parent's location therefore cascades, by construction, to every
-- descendant that has no location of its own.
-- ---------------------------------------------------------------------------
CREATE FUNCTION subnet_effective_location(p_cidr cidr) RETURNS bigint
LANGUAGE sql STABLE AS $$
    SELECT s.location_id FROM subnets s
     WHERE s.cidr >>= p_cidr AND s.location_id IS NOT NULL
     ORDER BY masklen(s.cidr) DESC LIMIT 1
$$;

CREATE FUNCTION subnet_effective_vlan(p_cidr cidr) RETURNS bigint
LANGUAGE sql STABLE AS $$
    SELECT s.vlan_id FROM subnets s
     WHERE s.cidr >>= p_cidr AND s.vlan_id IS NOT NULL
     ORDER BY masklen(s.cidr) DESC LIMIT 1
$$;

-- True when the subnet or an ancestor is parked.
CREATE FUNCTION subnet_effective_unavailable(p_cidr cidr) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM subnets s WHERE s.cidr >>= p_cidr AND s.is_unavailable)
$$;

-- True when the subnet and every ancestor allow automatic allocation.
CREATE FUNCTION subnet_effective_auto(p_cidr cidr) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT NOT EXISTS (SELECT 1 FROM subnets s WHERE s.cidr >>= p_cidr AND NOT s.auto_allocatable)
$$;

CREATE VIEW subnets_effective AS
SELECT s.*,
       masklen(s.cidr) AS prefix_length,
       subnet_effective_location(s.cidr) AS effective_location_id,
       (s.location_id IS NULL AND subnet_effective_location(s.cidr) IS NOT NULL) AS location_inherited,
       subnet_effective_vlan(s.cidr) AS effective_vlan_id,
       subnet_effective_unavailable(s.cidr) AS effective_unavailable,
       subnet_effective_auto(s.cidr) AS effective_auto_allocatable
FROM subnets s;

-- ---------------------------------------------------------------------------
-- Provisioning log: written by the allocator in the transaction of the change
-- (a rollback removes the row too); failures in a transaction of their own.
-- ---------------------------------------------------------------------------
CREATE TABLE provisioning_logs (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor       text NOT NULL DEFAULT session_user,
    event       text NOT NULL CHECK (event ~ '^[a-z][a-z0-9_]{1,63}$'),
    service_id  bigint REFERENCES services (id) ON DELETE SET NULL,
    device_id   bigint REFERENCES devices (id) ON DELETE SET NULL,
    subnet_id   bigint,
    success     boolean NOT NULL,
    detail      jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX provisioning_logs_at_idx ON provisioning_logs (at);
CREATE INDEX provisioning_logs_service_idx ON provisioning_logs (service_id, at) WHERE service_id IS NOT NULL;
CREATE INDEX provisioning_logs_device_idx ON provisioning_logs (device_id, at) WHERE device_id IS NOT NULL;

-- ---------------------------------------------------------------------------
-- Activity log and change notification for the new tables
-- ---------------------------------------------------------------------------
CREATE TRIGGER vlans_activity AFTER INSERT OR UPDATE OR DELETE ON vlans
    FOR EACH ROW EXECUTE FUNCTION log_activity();
CREATE TRIGGER products_activity AFTER INSERT OR UPDATE OR DELETE ON products
    FOR EACH ROW EXECUTE FUNCTION log_activity();
CREATE TRIGGER services_activity AFTER INSERT OR UPDATE OR DELETE ON services
    FOR EACH ROW EXECUTE FUNCTION log_activity();
CREATE TRIGGER subnets_activity AFTER INSERT OR UPDATE OR DELETE ON subnets
    FOR EACH ROW EXECUTE FUNCTION log_activity();
CREATE TRIGGER ip_addresses_activity AFTER INSERT OR UPDATE OR DELETE ON ip_addresses
    FOR EACH ROW EXECUTE FUNCTION log_activity();

-- ---------------------------------------------------------------------------
-- Privileges
-- ---------------------------------------------------------------------------
GRANT SELECT ON vlans, products, services, subnets, ip_addresses, subnets_effective, provisioning_logs
    TO hostdeck_readonly;
-- technicians run the address plan: VLANs, subnets, addresses, and the
-- allocator that logs what it did
GRANT INSERT, UPDATE, DELETE ON vlans, subnets, ip_addresses TO hostdeck_tech;
GRANT INSERT ON provisioning_logs TO hostdeck_tech;
-- administrators manage products and services
GRANT INSERT, UPDATE, DELETE ON products, services TO hostdeck_admin;
-- the provisioning log is history
REVOKE UPDATE, DELETE, TRUNCATE ON provisioning_logs FROM hostdeck_readonly, hostdeck_tech, hostdeck_admin;
