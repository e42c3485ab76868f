-- SPDX-License-Identifier: GPL-3.0-or-later
-- HostDeck schema 0012: automatic allocation as one server-side call that locks
-- only what it carves.
--
-- Until now an allocation locked every top-level block of its family for its
-- whole transaction and spent some twenty round trips (search, halvings, log
-- rows), so allocations in unrelated pools queued behind each other. Here one
-- call searches, carves and logs. It locks the leaf it takes (FOR UPDATE SKIP
-- LOCKED: concurrent allocators in one pool take different leaves), the
-- container and contents of a block it merges, and nothing else. Only when
-- every candidate is held by another transaction does it wait for one (a
-- bounded number of times), so a busy pool never answers "no space" falsely.
--
-- The helpers are PL/pgSQL, not SQL, on purpose: PostgreSQL 15 parses and
-- plans an SQL function's body again for every statement that calls it,
-- which was a third of an allocation's time; PL/pgSQL keeps its plans for the
-- session. The effective-attribute functions of 0002 and subnet_tiling of
-- 0010 become PL/pgSQL here for the same reason (same results).
--
-- The two entry points use generic plans (plan_cache_mode): their queries are
-- index probes whose best plan does not depend on the values, and planning
-- each call anew cost another seventh of the time.
--
-- Both functions run as their owner (SECURITY DEFINER) and only technicians
-- may call them; the provisioning_logs rows they write carry the session's
-- user (trigger provisioning_logs_actor, 0010). Arguments are checked here
-- as well as in the client: psql users call them too.

-- Small GiST indexes over the few subnets that carry what the effective
-- attributes look for (roots, parked or closed space, an own location or
-- VLAN), so "the nearest node above x with ..." probes a handful of entries
-- instead of every subnet containing x. Measured: an allocation's probes
-- were a quarter of its time in the full index.
CREATE INDEX subnets_root_gist ON subnets USING gist (cidr inet_ops) WHERE parent_id IS NULL;
CREATE INDEX subnets_closed_gist ON subnets USING gist (cidr inet_ops) WHERE is_unavailable OR NOT auto_allocatable;
CREATE INDEX subnets_located_gist ON subnets USING gist (cidr inet_ops) WHERE location_id IS NOT NULL;
CREATE INDEX subnets_vlan_gist ON subnets USING gist (cidr inet_ops) WHERE vlan_id IS NOT NULL;

-- True when automatic allocation may use the block `x` under the request's
-- filters (empty arrays: no filter). Every node containing `x` is `x` itself or
-- an ancestor, so each test is one GiST lookup; parked and closed-to-automatic
-- space share one (subnet_effective_unavailable and subnet_effective_auto in
-- a single probe).
CREATE FUNCTION ipam_block_usable(x cidr, p_pools cidr[], p_locs bigint[], p_vlans int[]) RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN NOT EXISTS (SELECT 1 FROM subnets s WHERE s.cidr >>= x AND (s.is_unavailable OR NOT s.auto_allocatable))
       AND (cardinality(p_pools) = 0 OR x <<= ANY (p_pools))
       AND (cardinality(p_locs) = 0 OR subnet_effective_location(x) = ANY (p_locs))
       AND (cardinality(p_vlans) = 0 OR EXISTS (SELECT 1 FROM vlans v
                                                 WHERE v.id = subnet_effective_vlan(x) AND v.enabled
                                                   AND v.vid = ANY (p_vlans)));
END
$$;

-- The block `x` can become one free leaf: the tree covers it, it does not lie
-- inside a leaf (allocated or free), and nothing inside it is allocated,
-- parked, closed to automatic allocation, in another location or VLAN, or
-- holds addresses.
CREATE FUNCTION ipam_block_mergeable(x cidr, p_pools cidr[], p_locs bigint[], p_vlans int[]) RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM subnets p WHERE p.parent_id IS NULL AND p.cidr >>= x)
       AND NOT EXISTS (SELECT 1 FROM subnets l WHERE l.cidr >> x AND l.allocation_status <> 'subdivided')
       AND NOT EXISTS (SELECT 1 FROM subnets d WHERE d.cidr <<= x
                          AND (d.allocation_status = 'allocated' OR d.is_unavailable OR NOT d.auto_allocatable
                               OR (cardinality(p_locs) > 0 AND d.location_id IS NOT NULL
                                   AND NOT d.location_id = ANY (p_locs))
                               OR (cardinality(p_vlans) > 0 AND d.vlan_id IS NOT NULL
                                   AND NOT EXISTS (SELECT 1 FROM vlans v WHERE v.id = d.vlan_id AND v.enabled
                                                                         AND v.vid = ANY (p_vlans)))))
       AND NOT EXISTS (SELECT 1 FROM ip_addresses a WHERE a.address <<= x)
       AND ipam_block_usable(x, p_pools, p_locs, p_vlans);
END
$$;

-- The upper half of a block (set_masklen(c, masklen(c) + 1) is the lower one).
CREATE FUNCTION ipam_upper_half(c cidr) RETURNS cidr
LANGUAGE sql IMMUTABLE AS $$
    SELECT set_masklen(broadcast(c), masklen(c) + 1)::cidr
$$;

-- The first address in [p_from, p_to] without a row, or NULL: p_from itself,
-- or the address after the first row whose successor has none. Walks the
-- unique index, never the range.
CREATE FUNCTION ipam_first_free(p_from inet, p_to inet) RETURNS inet
LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF p_from IS NULL OR p_to IS NULL OR p_from > p_to THEN
        RETURN NULL;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM ip_addresses WHERE address = p_from) THEN
        RETURN p_from;
    END IF;
    RETURN (SELECT a.address + 1 FROM ip_addresses a
             WHERE a.address >= p_from AND a.address < p_to
               AND NOT EXISTS (SELECT 1 FROM ip_addresses b WHERE b.address = a.address + 1)
             ORDER BY a.address LIMIT 1);
END
$$;

CREATE FUNCTION ipam_write_log(p_event text, p_subnet bigint, p_service bigint, p_device bigint,
                               p_detail jsonb) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO provisioning_logs (event, service_id, device_id, subnet_id, success, detail)
    VALUES (p_event, p_service, p_device, p_subnet, true, p_detail);
END
$$;

-- Allocates one subnet of /p_prefix and returns what it did as
--   {"id", "cidr", "pool", "strategy": "exact" | "merge" | "split",
--    "splits": [[source, lower, upper], ...], "merges": [[merged, lower, upper], ...]}
-- or NULL when no free space matches, or {"refused": "missing_pool", "pool"}
-- when a pool named does not exist (nothing changed; the caller words and logs
-- the refusal). Strategy: an exact-fit free leaf, lowest address first;
-- else free leaves merged into an aligned block; else the smallest larger free
-- leaf (best fit), halved down.
CREATE FUNCTION ipam_allocate_subnet(p_family int, p_prefix int, p_pools cidr[], p_locs bigint[],
                                     p_vlans int[], p_customer bigint, p_service bigint, p_device bigint,
                                     p_description text, p_purpose text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET plan_cache_mode = force_generic_plan
    SET lock_timeout = '5s' AS $$
DECLARE
    v_pools cidr[] := COALESCE(p_pools, '{}');
    v_locs bigint[] := COALESCE(p_locs, '{}');
    v_vlans int[] := COALESCE(p_vlans, '{}');
    v_id bigint;
    v_cidr cidr;
    v_strategy text;
    v_splits jsonb := '[]';
    v_merges jsonb := '[]';
    v_len int;
    v_wait bigint;
    v_block cidr;
    v_candidate cidr;
    v_holder subnets%ROWTYPE;
    v_fresh subnets%ROWTYPE;
    v_locked bigint;
    v_seen bigint;
    v_merge_ok boolean;
    v_leaves cidr[];
    v_step record;
    v_ids bigint[];
    v_pool cidr;
    v_detail jsonb;
    v_missing cidr;
BEGIN
    IF p_family IS NULL OR p_family NOT IN (4, 6) THEN
        RAISE EXCEPTION 'the address family must be 4 or 6, not %', p_family USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_prefix IS NULL OR p_prefix < (CASE p_family WHEN 4 THEN 8 ELSE 12 END)
       OR p_prefix > (CASE p_family WHEN 4 THEN 32 ELSE 128 END) THEN
        RAISE EXCEPTION '/% is outside the IPv% range HostDeck manages', p_prefix, p_family
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM unnest(v_pools) p WHERE family(p) <> p_family) THEN
        RAISE EXCEPTION 'every pool must be an IPv% network', p_family USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT p INTO v_missing FROM unnest(v_pools) p WHERE NOT EXISTS (SELECT 1 FROM subnets s WHERE s.cidr = p) LIMIT 1;
    IF FOUND THEN -- a refusal, not an error: the caller words it
        RETURN jsonb_build_object('refused', 'missing_pool', 'pool', v_missing);
    END IF;

    FOR attempt IN 1..8 LOOP
        -- (1) An exact-fit free leaf that no other allocator holds.
        SELECT s.id, s.cidr INTO v_id, v_cidr FROM subnets s
         WHERE s.ip_version = p_family AND s.allocation_status = 'unallocated' AND NOT s.is_unavailable
           AND masklen(s.cidr) = p_prefix
           AND NOT EXISTS (SELECT 1 FROM ip_addresses a WHERE a.address <<= s.cidr)
           AND ipam_block_usable(s.cidr, v_pools, v_locs, v_vlans)
         ORDER BY s.cidr LIMIT 1 FOR UPDATE OF s SKIP LOCKED;
        IF FOUND THEN
            -- An address may have been committed into it after this statement's snapshot.
            IF NOT EXISTS (SELECT 1 FROM ip_addresses a WHERE a.address <<= v_cidr) THEN
                v_strategy := 'exact';
                EXIT;
            END IF;
            v_id := NULL;
            CONTINUE;
        END IF;

        -- (2) Free leaves that merge into an aligned block of the size asked for: the lowest such
        -- block, found one length of smaller free leaf at a time (the lengths present are found by
        -- skipping along the free-leaf index, so a tree with no smaller free leaves costs one probe).
        v_block := NULL;
        v_len := p_prefix;
        LOOP
            SELECT masklen(s.cidr) INTO v_len FROM subnets s
             WHERE s.ip_version = p_family AND s.allocation_status = 'unallocated' AND NOT s.is_unavailable
               AND masklen(s.cidr) > v_len
             ORDER BY masklen(s.cidr) LIMIT 1;
            EXIT WHEN NOT FOUND;
            SELECT c.x INTO v_candidate
              FROM (SELECT set_masklen(s.cidr, p_prefix) AS x FROM subnets s
                     WHERE s.ip_version = p_family AND s.allocation_status = 'unallocated' AND NOT s.is_unavailable
                       AND masklen(s.cidr) = v_len AND (v_block IS NULL OR s.cidr < v_block)
                     ORDER BY s.cidr) c
             WHERE ipam_block_mergeable(c.x, v_pools, v_locs, v_vlans)
             LIMIT 1;
            IF FOUND AND (v_block IS NULL OR v_candidate < v_block) THEN
                v_block := v_candidate;
            END IF;
        END LOOP;
        IF v_block IS NOT NULL THEN
            SELECT * INTO v_holder FROM subnets s WHERE s.cidr >>= v_block ORDER BY masklen(s.cidr) DESC LIMIT 1;
            -- Lock the holder and everything inside the block, top down, until a fresh look finds
            -- nothing this transaction does not hold (a split that committed meanwhile may have
            -- added halves; once every row is held, no one can add children under them). Then
            -- look again: the holder must still be the deepest subnet around the block and
            -- subdivided (a concurrent merge may have made the space around it one allocated
            -- leaf), and everything inside the block still free. A block given up is given up
            -- with its locks: they were taken in a subtransaction that is rolled back.
            v_merge_ok := false;
            BEGIN
                v_locked := -1;
                v_seen := 0;
                FOR pass IN 1..4 LOOP
                    SELECT count(*) INTO v_locked FROM (SELECT 1 FROM subnets s
                                                         WHERE s.id = v_holder.id OR s.cidr << v_block
                                                         ORDER BY s.cidr FOR UPDATE) held;
                    SELECT count(*) INTO v_seen FROM subnets s WHERE s.id = v_holder.id OR s.cidr << v_block;
                    EXIT WHEN v_seen = v_locked;
                END LOOP;
                SELECT * INTO v_fresh FROM subnets s WHERE s.cidr >>= v_block ORDER BY masklen(s.cidr) DESC LIMIT 1;
                IF v_seen <> v_locked OR NOT FOUND OR v_fresh.id IS DISTINCT FROM v_holder.id
                   OR v_fresh.allocation_status <> 'subdivided'
                   OR NOT ipam_block_mergeable(v_block, v_pools, v_locs, v_vlans) THEN
                    RAISE EXCEPTION 'merge of % given up', v_block USING ERRCODE = 'HDM01';
                END IF;
                v_merge_ok := true;
            EXCEPTION WHEN SQLSTATE 'HDM01' THEN
                v_merge_ok := false;
            END;
            CONTINUE WHEN NOT v_merge_ok;
            v_holder := v_fresh;
            v_leaves := ARRAY(SELECT s.cidr FROM subnets s
                               WHERE s.cidr << v_block AND s.allocation_status <> 'subdivided');
            DELETE FROM subnets s WHERE s.cidr << v_block;
            IF v_holder.cidr = v_block THEN
                UPDATE subnets SET allocation_status = 'unallocated' WHERE id = v_holder.id;
                v_id := v_holder.id;
            ELSE
                INSERT INTO subnets (parent_id, cidr, ip_version) VALUES (v_holder.id, v_block, p_family)
                RETURNING id INTO v_id;
            END IF;
            -- The pairwise merges that turn the leaves into the block, smallest first.
            FOR v_len IN REVERSE (SELECT max(masklen(l)) FROM unnest(v_leaves) l) .. p_prefix + 1 LOOP
                FOR v_step IN SELECT set_masklen(l, v_len - 1) AS merged, min(l) AS lower, max(l) AS upper,
                                     count(*) AS n
                                FROM unnest(v_leaves) l WHERE masklen(l) = v_len GROUP BY 1 ORDER BY 1 LOOP
                    IF v_step.n <> 2 THEN
                        RAISE EXCEPTION 'the subnets inside % do not tile it; run "hostdeck ipam repair"', v_block
                            USING ERRCODE = 'check_violation';
                    END IF;
                    v_merges := v_merges || jsonb_build_array(jsonb_build_array(v_step.merged, v_step.lower, v_step.upper));
                    PERFORM ipam_write_log('ipam_subnet_merge', v_id, p_service, p_device,
                                           jsonb_build_object('cidr', v_step.merged,
                                                              'children', jsonb_build_array(v_step.lower, v_step.upper)));
                END LOOP;
                v_leaves := ARRAY(SELECT l FROM unnest(v_leaves) l WHERE masklen(l) <> v_len
                                  UNION SELECT set_masklen(l, v_len - 1) FROM unnest(v_leaves) l WHERE masklen(l) = v_len);
            END LOOP;
            v_cidr := v_block;
            v_strategy := 'merge';
            EXIT;
        END IF;

        -- (3) The smallest larger free leaf no other allocator holds (best fit), lowest address
        -- first: the lengths present are found by skipping backwards along the free-leaf index
        -- (an IPv6 /64 from a /44 tries the few lengths that exist, not all 52).
        v_len := p_prefix;
        LOOP
            SELECT masklen(s.cidr) INTO v_len FROM subnets s
             WHERE s.ip_version = p_family AND s.allocation_status = 'unallocated' AND NOT s.is_unavailable
               AND masklen(s.cidr) < v_len
             ORDER BY masklen(s.cidr) DESC LIMIT 1;
            EXIT WHEN NOT FOUND;
            SELECT s.id, s.cidr INTO v_id, v_cidr FROM subnets s
             WHERE s.ip_version = p_family AND s.allocation_status = 'unallocated' AND NOT s.is_unavailable
               AND masklen(s.cidr) = v_len
               AND NOT EXISTS (SELECT 1 FROM ip_addresses a WHERE a.address <<= s.cidr)
               AND ipam_block_usable(s.cidr, v_pools, v_locs, v_vlans)
             ORDER BY s.cidr LIMIT 1 FOR UPDATE OF s SKIP LOCKED;
            EXIT WHEN FOUND;
        END LOOP;
        IF v_id IS NOT NULL THEN
            IF EXISTS (SELECT 1 FROM ip_addresses a WHERE a.address <<= v_cidr) THEN
                v_id := NULL;
                CONTINUE;
            END IF;
            -- Halve down to /p_prefix in one statement: the lower half of each step is the
            -- parent of the next (ids drawn first so each row can name its parent), created
            -- subdivided; the last lower half is created allocated; every upper half free.
            v_len := masklen(v_cidr);
            v_ids := ARRAY(SELECT nextval(pg_get_serial_sequence('subnets', 'id'))
                             FROM generate_series(1, p_prefix - v_len));
            UPDATE subnets SET allocation_status = 'subdivided' WHERE id = v_id;
            INSERT INTO subnets (id, parent_id, cidr, ip_version, allocation_status, customer_id, service_id,
                                 device_id, description)
            OVERRIDING SYSTEM VALUE
            SELECT h.id, h.parent, h.cidr, p_family, h.status, h.customer, h.service, h.device, h.description
              FROM generate_series(1, p_prefix - v_len) AS k,
                   LATERAL (VALUES
                       (v_ids[k], CASE k WHEN 1 THEN v_id ELSE v_ids[k - 1] END, set_masklen(v_cidr, v_len + k),
                        CASE WHEN v_len + k = p_prefix THEN 'allocated' ELSE 'subdivided' END,
                        CASE WHEN v_len + k = p_prefix THEN p_customer END,
                        CASE WHEN v_len + k = p_prefix THEN p_service END,
                        CASE WHEN v_len + k = p_prefix THEN p_device END,
                        CASE WHEN v_len + k = p_prefix THEN COALESCE(p_description, '') ELSE '' END, 1),
                       (nextval(pg_get_serial_sequence('subnets', 'id')), CASE k WHEN 1 THEN v_id ELSE v_ids[k - 1] END,
                        ipam_upper_half(set_masklen(v_cidr, v_len + k - 1)), 'unallocated', NULL::bigint, NULL::bigint,
                        NULL::bigint, '', 2)
                   ) AS h(id, parent, cidr, status, customer, service, device, description, half)
             ORDER BY k, h.half;
            INSERT INTO provisioning_logs (event, service_id, device_id, subnet_id, success, detail)
            SELECT 'ipam_subnet_split', p_service, p_device, CASE k WHEN 1 THEN v_id ELSE v_ids[k - 1] END, true,
                   jsonb_build_object('source', set_masklen(v_cidr, v_len + k - 1),
                                      'children', jsonb_build_array(set_masklen(v_cidr, v_len + k),
                                                                    ipam_upper_half(set_masklen(v_cidr, v_len + k - 1))))
              FROM generate_series(1, p_prefix - v_len) AS k ORDER BY k;
            v_splits := (SELECT jsonb_agg(jsonb_build_array(set_masklen(v_cidr, v_len + k - 1), set_masklen(v_cidr, v_len + k),
                                                            ipam_upper_half(set_masklen(v_cidr, v_len + k - 1))) ORDER BY k)
                           FROM generate_series(1, p_prefix - v_len) AS k);
            v_id := v_ids[p_prefix - v_len];
            v_cidr := set_masklen(v_cidr, p_prefix);
            v_strategy := 'split';
            EXIT;
        END IF;

        -- Nothing that no one holds. If a held leaf could serve, wait for its holder and look
        -- again (new rows are visible to the next statement); otherwise there is no space.
        SELECT s.id INTO v_wait FROM subnets s
         WHERE s.ip_version = p_family AND s.allocation_status = 'unallocated' AND NOT s.is_unavailable
           AND masklen(s.cidr) <= p_prefix
           AND NOT EXISTS (SELECT 1 FROM ip_addresses a WHERE a.address <<= s.cidr)
           AND ipam_block_usable(s.cidr, v_pools, v_locs, v_vlans)
         ORDER BY masklen(s.cidr) DESC, s.cidr LIMIT 1;
        IF NOT FOUND THEN
            RETURN NULL;
        END IF;
        -- FOR UPDATE: it waits for share holders too (address allocators), and once granted the
        -- leaf is this transaction's to take in the next round (SKIP LOCKED does not skip one's own
        -- locks), so two waiters never hold it together and starve each other.
        PERFORM 1 FROM subnets s WHERE s.id = v_wait FOR UPDATE;
    END LOOP;

    IF v_strategy IS NULL THEN
        RAISE EXCEPTION 'the address plan is busy: every matching block stayed held by other allocators'
            USING ERRCODE = 'lock_not_available';
    END IF;

    IF v_strategy <> 'split' THEN -- a split created its last half allocated already
        UPDATE subnets SET allocation_status = 'allocated', customer_id = p_customer, service_id = p_service,
                           device_id = p_device, description = COALESCE(NULLIF(p_description, ''), description)
         WHERE id = v_id;
    END IF;
    SELECT s.cidr INTO v_pool FROM subnets s WHERE s.parent_id IS NULL AND s.cidr >>= v_cidr;
    v_detail := jsonb_build_object('pool', v_pool, 'cidr', v_cidr, 'allocation_id', v_id,
                                   'prefix_length', p_prefix, 'strategy', v_strategy);
    IF COALESCE(p_purpose, '') <> '' THEN
        v_detail := v_detail || jsonb_build_object('purpose', p_purpose);
    END IF;
    PERFORM ipam_write_log('ipam_allocate_subnet', v_id, p_service, p_device, v_detail);
    RETURN jsonb_build_object('id', v_id, 'cidr', v_cidr, 'pool', v_pool, 'strategy', v_strategy,
                              'splits', v_splits, 'merges', v_merges);
END
$$;

-- `a` + `n` for any non-negative numeric `n` that stays inside the family.
CREATE FUNCTION ipam_inet_add(a inet, n numeric) RETURNS inet
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    step numeric;
BEGIN
    WHILE n > 0 LOOP
        step := least(n, 4611686018427387904); -- 2^62 fits a bigint
        a := a + step::bigint;
        n := n - step;
    END LOOP;
    RETURN a;
END
$$;

-- Allocates p_count host addresses from unallocated address-sized leaves
-- (IPv4 /16 and longer, IPv6 /64 and longer; smallest leaf first, then lowest
-- address), skipping the network address, the first usable one (the gateway)
-- and, in IPv4, broadcast, and every address already present. p_pick 'random'
-- starts each search at a random address of the leaf (p_seed <> 0 makes the
-- picks reproducible). Returns [{"id", "subnet_id", "address", "subnet",
-- "vid"}, ...]: all p_count of them, or fewer when the pools ran out (the
-- caller rolls back and words the refusal); {"refused": "missing_pool",
-- "pool"} when a pool named does not exist.
--
-- Each leaf is locked FOR SHARE while used: address allocators share a leaf,
-- a subnet allocator cannot take it meanwhile. An address being taken by
-- another allocator is skipped (an advisory lock per address, class 18500),
-- so two allocators never queue on the same free address.
CREATE FUNCTION ipam_allocate_addresses(p_family int, p_count int, p_pick text, p_seed bigint, p_pools cidr[],
                                        p_locs bigint[], p_vlans int[], p_customer bigint, p_service bigint,
                                        p_device bigint, p_purpose text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET plan_cache_mode = force_generic_plan
    SET lock_timeout = '5s' AS $$
DECLARE
    v_pools cidr[] := COALESCE(p_pools, '{}');
    v_locs bigint[] := COALESCE(p_locs, '{}');
    v_vlans int[] := COALESCE(p_vlans, '{}');
    v_max int := CASE p_family WHEN 4 THEN 32 ELSE 128 END;
    v_leaf record;
    v_host int;
    v_first inet;
    v_last inet;
    v_span numeric;
    v_start inet;
    v_from inet;
    v_wrapped boolean;
    v_gap inet;
    v_id bigint;
    v_out jsonb := '[]';
    v_done int := 0;
    v_tries int;
    v_missing cidr;
    v_skipped int;
    v_held bigint;
    v_taken inet;
BEGIN
    IF p_family IS NULL OR p_family NOT IN (4, 6) THEN
        RAISE EXCEPTION 'the address family must be 4 or 6, not %', p_family USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_count IS NULL OR p_count < 1 OR p_count > 9999 THEN
        RAISE EXCEPTION 'the number of addresses must be between 1 and 9999, not %', p_count
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF COALESCE(p_pick, 'next') NOT IN ('next', 'random') THEN
        RAISE EXCEPTION 'an address is picked "next" or "random", not "%"', p_pick USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM unnest(v_pools) p WHERE family(p) <> p_family) THEN
        RAISE EXCEPTION 'every pool must be an IPv% network', p_family USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT p INTO v_missing FROM unnest(v_pools) p WHERE NOT EXISTS (SELECT 1 FROM subnets s WHERE s.cidr = p) LIMIT 1;
    IF FOUND THEN -- a refusal, not an error: the caller words it
        RETURN jsonb_build_object('refused', 'missing_pool', 'pool', v_missing);
    END IF;
    IF p_pick = 'random' AND COALESCE(p_seed, 0) <> 0 THEN
        PERFORM setseed(abs(p_seed % 1000000007)::float8 / 1000000007);
    END IF;

    -- Rounds: a round that came up short because something was held (a leaf, an address being
    -- taken) waits for one holder, bounded by lock_timeout, and scans again with a new snapshot,
    -- so a leaf split or merged meanwhile is seen; a pool that stays held is "busy", never "full".
    FOR round IN 1..4 LOOP
        v_skipped := 0;
        v_held := NULL;
        v_taken := NULL;
        FOR v_leaf IN SELECT s.id, s.cidr, subnet_effective_vlan(s.cidr) AS vlan_id,
                             (SELECT v.vid FROM vlans v WHERE v.id = subnet_effective_vlan(s.cidr)) AS vid
                        FROM subnets s
                       WHERE s.ip_version = p_family AND s.allocation_status = 'unallocated' AND NOT s.is_unavailable
                         AND masklen(s.cidr) >= CASE p_family WHEN 4 THEN 16 ELSE 64 END
                         AND ipam_block_usable(s.cidr, v_pools, v_locs, v_vlans)
                       ORDER BY masklen(s.cidr) DESC, s.cidr LOOP
            EXIT WHEN v_done >= p_count;
            v_host := v_max - masklen(v_leaf.cidr);
            v_first := set_masklen(v_leaf.cidr::inet, v_max);
            v_last := set_masklen(broadcast(v_leaf.cidr), v_max);
            IF v_host >= 2 THEN
                v_first := v_first + 2;
                IF p_family = 4 THEN
                    v_last := v_last - 1;
                END IF;
            END IF;
            CONTINUE WHEN v_first > v_last;
            v_span := power(2::numeric, v_host) - 1 - CASE WHEN v_host >= 2 THEN 2 + (CASE p_family WHEN 4 THEN 1 ELSE 0 END) ELSE 0 END;
            -- A full leaf is passed over by counting its rows (one index-only range scan), not by
            -- looking for a gap address by address; leaves of more than 65,536 addresses are never
            -- counted (they do not fill up, and counting them would cost more than the walk).
            CONTINUE WHEN v_host <= 16
                      AND (SELECT count(*) FROM ip_addresses a WHERE a.address >= v_first AND a.address <= v_last) > v_span;
            -- Keep subnet allocators out of this leaf. One that another transaction holds (a subnet
            -- allocator taking it, a manual edit) or that changed since this scan began is passed over
            -- for now and looked at again in the next round, with a new snapshot.
            PERFORM 1 FROM subnets s WHERE s.id = v_leaf.id AND s.allocation_status = 'unallocated'
                                        AND NOT s.is_unavailable FOR SHARE SKIP LOCKED;
            IF NOT FOUND THEN
                v_skipped := v_skipped + 1;
                v_held := v_leaf.id;
                CONTINUE;
            END IF;
            -- Walk the leaf from a start address (the first usable one, or a random one), wrapping round
            -- once. An address another allocator is taking right now (its row is not visible yet) is
            -- held under an advisory lock and skipped, so allocators in one leaf never queue.
            v_tries := 0;
            v_start := NULL;
            WHILE v_done < p_count LOOP
                v_tries := v_tries + 1;
                IF v_tries > 4 * p_count + 1000 THEN
                    RAISE EXCEPTION 'the address plan is busy: other allocators kept taking the addresses found in %', v_leaf.cidr
                        USING ERRCODE = 'lock_not_available';
                END IF;
                IF v_start IS NULL THEN
                    v_start := v_first;
                    IF p_pick = 'random' AND v_span > 0 THEN
                        -- two draws: one random() has 53 bits, a /64 has 64
                        v_start := ipam_inet_add(v_first, (floor(random() * 4294967296)::numeric * 4294967296
                                                           + floor(random() * 4294967296)::numeric)
                                                          % (v_span + 1));
                    END IF;
                    v_from := v_start;
                    v_wrapped := false;
                END IF;
                v_gap := ipam_first_free(v_from, CASE WHEN v_wrapped THEN v_start - 1 ELSE v_last END);
                IF v_gap IS NULL THEN
                    IF NOT v_wrapped AND v_start > v_first THEN
                        v_wrapped := true;
                        v_from := v_first;
                        CONTINUE;
                    END IF;
                    EXIT; -- the leaf is full
                END IF;
                v_from := CASE WHEN v_gap < v_last THEN v_gap + 1 END; -- NULL: this pass is over
                IF NOT pg_try_advisory_xact_lock(18500, hashtext(host(v_gap))) THEN
                    v_skipped := v_skipped + 1;
                    v_taken := v_gap;
                    CONTINUE;
                END IF;
                INSERT INTO ip_addresses (subnet_id, address, customer_id, service_id, device_id, vlan_id, purpose)
                VALUES (v_leaf.id, v_gap, p_customer, p_service, p_device, v_leaf.vlan_id, COALESCE(NULLIF(p_purpose, ''), 'primary'))
                ON CONFLICT (address) DO NOTHING
                RETURNING id INTO v_id;
                CONTINUE WHEN NOT FOUND; -- someone committed it after this statement's snapshot
                PERFORM ipam_write_log('ipam_allocate_ip', v_leaf.id, p_service, p_device,
                                       jsonb_build_object('purpose', COALESCE(p_purpose, ''), 'vlan', v_leaf.vid,
                                                          'allocation_id', v_id, 'address', host(v_gap),
                                                          'subnet', v_leaf.cidr));
                v_out := v_out || jsonb_build_array(jsonb_build_object('id', v_id, 'subnet_id', v_leaf.id,
                                                                       'address', host(v_gap), 'subnet', v_leaf.cidr));
                v_done := v_done + 1;
                IF p_pick = 'random' THEN
                    v_start := NULL; -- each address from a new random start
                END IF;
            END LOOP;
        END LOOP;
        EXIT WHEN v_done >= p_count OR v_skipped = 0;
        IF round = 4 THEN
            RAISE EXCEPTION 'the address plan is busy: the matching address subnets stayed held by other transactions'
                USING ERRCODE = 'lock_not_available';
        END IF;
        IF v_held IS NOT NULL THEN
            PERFORM 1 FROM subnets s WHERE s.id = v_held FOR SHARE;
        ELSE
            PERFORM pg_advisory_xact_lock(18500, hashtext(host(v_taken)));
        END IF;
    END LOOP;
    RETURN v_out;
END
$$;

REVOKE ALL ON FUNCTION ipam_block_usable(cidr, cidr[], bigint[], int[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION ipam_block_mergeable(cidr, cidr[], bigint[], int[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION ipam_write_log(text, bigint, bigint, bigint, jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION ipam_upper_half(cidr) FROM PUBLIC;
REVOKE ALL ON FUNCTION ipam_first_free(inet, inet) FROM PUBLIC;
REVOKE ALL ON FUNCTION ipam_inet_add(inet, numeric) FROM PUBLIC;
REVOKE ALL ON FUNCTION ipam_allocate_subnet(int, int, cidr[], bigint[], int[], bigint, bigint, bigint, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION ipam_allocate_addresses(int, int, text, bigint, cidr[], bigint[], int[], bigint, bigint, bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ipam_allocate_subnet(int, int, cidr[], bigint[], int[], bigint, bigint, bigint, text, text) TO hostdeck_tech;
GRANT EXECUTE ON FUNCTION ipam_allocate_addresses(int, int, text, bigint, cidr[], bigint[], int[], bigint, bigint, bigint, text) TO hostdeck_tech;

-- ---------------------------------------------------------------------------
-- The commit-time tiling check (0010) only where tiling can change: every
-- insert and delete, and the updates that move a subnet or make it
-- subdivided. Allocating, releasing, parking or assigning a leaf changes
-- neither its place nor its parent's cover, so it queues no check.
-- ---------------------------------------------------------------------------
DROP TRIGGER subnets_children_tile_parent ON subnets;
CREATE CONSTRAINT TRIGGER subnets_children_tile_parent AFTER INSERT OR DELETE ON subnets
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION subnets_check_tiling();
CREATE CONSTRAINT TRIGGER subnets_children_tile_parent_update AFTER UPDATE ON subnets
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id OR OLD.cidr IS DISTINCT FROM NEW.cidr
          OR (NEW.allocation_status = 'subdivided' AND OLD.allocation_status <> 'subdivided'))
    EXECUTE FUNCTION subnets_check_tiling();

-- ---------------------------------------------------------------------------
-- Effective attributes and the tiling sum as PL/pgSQL (plans kept per session;
-- see the top of this file). Same signatures and results as 0002 and 0010.
-- ---------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION subnet_effective_location(p_cidr cidr) RETURNS bigint
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT s.location_id FROM subnets s
             WHERE s.cidr >>= p_cidr AND s.location_id IS NOT NULL
             ORDER BY masklen(s.cidr) DESC LIMIT 1);
END
$$;

CREATE OR REPLACE FUNCTION subnet_effective_vlan(p_cidr cidr) RETURNS bigint
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT s.vlan_id FROM subnets s
             WHERE s.cidr >>= p_cidr AND s.vlan_id IS NOT NULL
             ORDER BY masklen(s.cidr) DESC LIMIT 1);
END
$$;

CREATE OR REPLACE FUNCTION subnet_effective_unavailable(p_cidr cidr) RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM subnets s WHERE s.cidr >>= p_cidr AND s.is_unavailable);
END
$$;

CREATE OR REPLACE FUNCTION subnet_effective_auto(p_cidr cidr) RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN NOT EXISTS (SELECT 1 FROM subnets s WHERE s.cidr >>= p_cidr AND NOT s.auto_allocatable);
END
$$;

CREATE OR REPLACE FUNCTION subnet_tiling(p_id bigint, OUT covered numeric, OUT size numeric, OUT children bigint)
LANGUAGE plpgsql STABLE AS $$
BEGIN
    SELECT COALESCE(sum(power(2::numeric, CASE family(c.cidr) WHEN 4 THEN 32 ELSE 128 END - masklen(c.cidr))), 0),
           count(c.id)
      INTO covered, children
      FROM subnets c WHERE c.parent_id = p_id;
    SELECT power(2::numeric, CASE family(p.cidr) WHEN 4 THEN 32 ELSE 128 END - masklen(p.cidr))
      INTO size FROM subnets p WHERE p.id = p_id;
END
$$;

-- The SECURITY DEFINER functions resolve names through search_path = public,
-- pg_temp: no one but the owner may create objects in public (PostgreSQL 15's
-- default for new databases, not for ones upgraded from older versions), so a
-- role cannot plant a public.masklen(cidr) that the functions would call.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
