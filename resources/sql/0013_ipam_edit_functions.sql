-- SPDX-License-Identifier: GPL-3.0-or-later
-- Every IPAM edit that writes provisioning_logs is one SECURITY DEFINER function
-- that makes the change and writes its rows in the caller's transaction, so a row
-- in the log always stands for a change that happened (0012 did this for the
-- automatic allocators). Technicians keep their grants on subnets and ip_addresses
-- (the tree invariants are checked at commit, 0010) but lose INSERT on
-- provisioning_logs: the only way to write it is through these functions.
--
-- The console locks the path above a subnet and checks the request first, to
-- word a refusal in the operator's language; each function checks again what its
-- log row will claim (psql can call it directly) and raises 22023 when that does
-- not hold, changing nothing.

-- The subnet `p_cidr`, locked, or an error naming it.
CREATE FUNCTION ipam_edit_target(p_cidr cidr) RETURNS subnets
LANGUAGE plpgsql AS $$
DECLARE
    r subnets%ROWTYPE;
BEGIN
    IF p_cidr IS NULL THEN
        RAISE EXCEPTION 'no subnet given' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO r FROM subnets WHERE cidr = p_cidr FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no subnet %', p_cidr USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN r;
END
$$;

CREATE FUNCTION ipam_is_leaf(r subnets) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT r.allocation_status <> 'subdivided' AND NOT EXISTS (SELECT 1 FROM subnets c WHERE c.parent_id = r.id)
$$;

CREATE FUNCTION ipam_holds_addresses(c cidr) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM ip_addresses a WHERE a.address <<= c)
$$;

-- Fills the space of subnet p_parent that none of its children covers with the
-- fewest aligned free leaves, lowest first; returns them. Descends from the
-- parent: a block no child touches is free, a block a child covers is taken, any
-- other block is looked at as its two halves.
CREATE FUNCTION ipam_fill_gaps(p_parent bigint) RETURNS cidr[]
LANGUAGE plpgsql AS $$
DECLARE
    v_parent subnets%ROWTYPE;
    v_stack cidr[];
    v_block cidr;
    v_filled cidr[] := '{}';
    v_guard int := 0;
BEGIN
    SELECT * INTO v_parent FROM subnets WHERE id = p_parent;
    v_stack := ARRAY[v_parent.cidr];
    WHILE cardinality(v_stack) > 0 LOOP
        v_guard := v_guard + 1;
        IF v_guard > 1000000 THEN
            RAISE EXCEPTION 'the children of % are too fragmented to fill', v_parent.cidr
                USING ERRCODE = 'program_limit_exceeded';
        END IF;
        v_block := v_stack[cardinality(v_stack)];
        v_stack := v_stack[1:cardinality(v_stack) - 1];
        IF EXISTS (SELECT 1 FROM subnets c WHERE c.parent_id = p_parent AND c.cidr >>= v_block) THEN
            CONTINUE;
        ELSIF EXISTS (SELECT 1 FROM subnets c WHERE c.parent_id = p_parent AND c.cidr << v_block) THEN
            -- upper half pushed first, so the lower one is looked at first
            v_stack := v_stack || ipam_upper_half(v_block) || set_masklen(v_block, masklen(v_block) + 1)::cidr;
        ELSE
            INSERT INTO subnets (cidr, ip_version, parent_id) VALUES (v_block, family(v_block), p_parent);
            v_filled := v_filled || v_block;
        END IF;
    END LOOP;
    RETURN v_filled;
END
$$;

-- Gives an allocated subnet back to the free space.
CREATE FUNCTION ipam_release_subnet(p_cidr cidr) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET lock_timeout = '5s' AS $$
DECLARE
    r subnets%ROWTYPE := ipam_edit_target(p_cidr);
BEGIN
    IF r.allocation_status <> 'allocated' THEN
        RAISE EXCEPTION '% is %, not allocated', p_cidr, r.allocation_status USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF ipam_holds_addresses(p_cidr) THEN
        RAISE EXCEPTION '% still holds IP address records', p_cidr USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE subnets SET allocation_status = 'unallocated', customer_id = NULL, service_id = NULL, device_id = NULL
     WHERE id = r.id;
    PERFORM ipam_write_log('ipam_release_subnet', r.id, r.service_id, r.device_id,
                           jsonb_build_object('cidr', p_cidr, 'allocation_id', r.id));
    RETURN r.id;
END
$$;

-- Deletes an address record (an allocation or a parked address).
CREATE FUNCTION ipam_release_address(p_address inet) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET lock_timeout = '5s' AS $$
DECLARE
    a ip_addresses%ROWTYPE;
BEGIN
    DELETE FROM ip_addresses WHERE address = p_address RETURNING * INTO a;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the address % is not allocated', host(p_address) USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM ipam_write_log('ipam_release_ip', a.subnet_id, a.service_id, a.device_id,
                           jsonb_build_object('address', host(p_address), 'allocation_id', a.id,
                                              'purpose', a.purpose));
    RETURN a.id;
END
$$;

-- Parks a subnet (no allocator takes it) or unparks it.
CREATE FUNCTION ipam_park_subnet(p_cidr cidr, p_unavailable boolean) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET lock_timeout = '5s' AS $$
DECLARE
    r subnets%ROWTYPE := ipam_edit_target(p_cidr);
BEGIN
    IF p_unavailable IS NULL THEN
        RAISE EXCEPTION 'park or unpark: the flag must not be null' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE subnets SET is_unavailable = p_unavailable WHERE id = r.id;
    PERFORM ipam_write_log(CASE WHEN p_unavailable THEN 'ipam_subnet_park' ELSE 'ipam_subnet_unpark' END,
                           r.id, NULL, NULL, jsonb_build_object('cidr', p_cidr));
    RETURN r.id;
END
$$;

-- Allocates a leaf to a customer by hand, or (p_customer NULL) takes it back.
CREATE FUNCTION ipam_assign_customer(p_cidr cidr, p_customer bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET lock_timeout = '5s' AS $$
DECLARE
    r subnets%ROWTYPE := ipam_edit_target(p_cidr);
BEGIN
    IF NOT ipam_is_leaf(r) THEN
        RAISE EXCEPTION '% is subdivided', p_cidr USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_customer IS NOT NULL THEN
        IF r.allocation_status = 'allocated' AND r.customer_id IS DISTINCT FROM p_customer THEN
            RAISE EXCEPTION '% is already allocated to another customer', p_cidr
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        UPDATE subnets SET allocation_status = 'allocated', customer_id = p_customer WHERE id = r.id;
        PERFORM ipam_write_log('ipam_assign_customer', r.id, NULL, NULL,
                               jsonb_build_object('cidr', p_cidr, 'customer_id', p_customer));
    ELSE
        IF r.allocation_status <> 'allocated' THEN
            RAISE EXCEPTION '% is not assigned to anyone', p_cidr USING ERRCODE = 'invalid_parameter_value';
        END IF;
        UPDATE subnets SET allocation_status = 'unallocated', customer_id = NULL, service_id = NULL,
                           device_id = NULL
         WHERE id = r.id;
        PERFORM ipam_write_log('ipam_unassign_customer', r.id, r.service_id, r.device_id,
                               jsonb_build_object('cidr', p_cidr));
    END IF;
    RETURN r.id;
END
$$;

-- Splits a free leaf into its /p_prefix pieces (at most 65,536); returns the leaf's id.
CREATE FUNCTION ipam_split_subnet(p_cidr cidr, p_prefix int) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET lock_timeout = '5s' AS $$
DECLARE
    r subnets%ROWTYPE := ipam_edit_target(p_cidr);
    v_pieces cidr[];
    v_detail jsonb;
BEGIN
    IF p_prefix IS NULL OR p_prefix <= masklen(p_cidr) OR p_prefix > (CASE family(p_cidr) WHEN 4 THEN 32 ELSE 128 END)
       OR p_prefix - masklen(p_cidr) > 16 THEN
        RAISE EXCEPTION '% cannot be split into /% pieces', p_cidr, p_prefix USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT ipam_is_leaf(r) THEN
        RAISE EXCEPTION '% is already subdivided', p_cidr USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF r.allocation_status = 'allocated' THEN
        RAISE EXCEPTION '% is allocated', p_cidr USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF ipam_holds_addresses(p_cidr) THEN
        RAISE EXCEPTION '% holds IP address records', p_cidr USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- halve p_prefix - masklen times (no address arithmetic: IPv6 offsets do not fit a bigint)
    v_pieces := ARRAY[p_cidr];
    FOR k IN masklen(p_cidr) + 1 .. p_prefix LOOP
        v_pieces := ARRAY(SELECT x FROM unnest(v_pieces) c,
                                 LATERAL (VALUES (set_masklen(c, k)::cidr), (ipam_upper_half(c))) h(x)
                           ORDER BY x);
    END LOOP;
    UPDATE subnets SET allocation_status = 'subdivided' WHERE id = r.id;
    INSERT INTO subnets (parent_id, cidr, ip_version) SELECT r.id, x, family(p_cidr) FROM unnest(v_pieces) x;
    v_detail := jsonb_build_object('source', p_cidr, 'prefix_length', p_prefix, 'count', cardinality(v_pieces));
    IF cardinality(v_pieces) <= 256 THEN
        v_detail := v_detail || jsonb_build_object('children', to_jsonb(v_pieces));
    END IF;
    PERFORM ipam_write_log('ipam_subnet_split', r.id, NULL, NULL, v_detail);
    RETURN r.id;
END
$$;

-- Turns the free space of the aligned block p_block (free, unparked leaves with
-- no addresses, tiling it) into one free leaf; returns its id. A merge row per
-- pairwise merge, smallest first.
CREATE FUNCTION ipam_merge_block(p_block cidr) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET lock_timeout = '5s' AS $$
DECLARE
    v_holder subnets%ROWTYPE;
    v_locked bigint;
    v_seen bigint;
    v_leaves cidr[];
    v_bad cidr;
    v_id bigint;
    v_step record;
BEGIN
    IF p_block IS NULL THEN
        RAISE EXCEPTION 'no block given' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO v_holder FROM subnets s WHERE s.cidr >>= p_block ORDER BY masklen(s.cidr) DESC LIMIT 1;
    IF NOT FOUND THEN
        RAISE EXCEPTION '% lies outside every pool', p_block USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- the holder and everything inside, until a fresh look finds nothing unheld
    FOR pass IN 1..4 LOOP
        SELECT count(*) INTO v_locked FROM (SELECT 1 FROM subnets s WHERE s.id = v_holder.id OR s.cidr << p_block
                                             ORDER BY s.cidr FOR UPDATE) held;
        SELECT count(*) INTO v_seen FROM subnets s WHERE s.id = v_holder.id OR s.cidr << p_block;
        EXIT WHEN v_seen = v_locked;
    END LOOP;
    IF v_seen <> v_locked THEN
        RAISE EXCEPTION 'the subnets inside % kept changing', p_block USING ERRCODE = 'lock_not_available';
    END IF;
    SELECT * INTO v_holder FROM subnets s WHERE s.id = v_holder.id;
    IF v_holder.allocation_status <> 'subdivided' THEN
        RAISE EXCEPTION '% is not subdivided: there is nothing to merge', p_block
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT s.cidr INTO v_bad FROM subnets s
     WHERE s.cidr << p_block AND s.allocation_status <> 'subdivided'
       AND (s.allocation_status <> 'unallocated' OR s.is_unavailable)
     ORDER BY s.cidr LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION '% cannot be merged: % is allocated or parked', p_block, v_bad
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF ipam_holds_addresses(p_block) THEN
        RAISE EXCEPTION '% cannot be merged: it holds IP address records', p_block
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    v_leaves := ARRAY(SELECT s.cidr FROM subnets s WHERE s.cidr << p_block AND s.allocation_status <> 'subdivided');
    IF cardinality(v_leaves) = 0 THEN
        RAISE EXCEPTION 'there is nothing inside % to merge', p_block USING ERRCODE = 'invalid_parameter_value';
    END IF;
    DELETE FROM subnets s WHERE s.cidr << p_block;
    IF v_holder.cidr = p_block THEN
        UPDATE subnets SET allocation_status = 'unallocated' WHERE id = v_holder.id;
        v_id := v_holder.id;
    ELSE
        INSERT INTO subnets (parent_id, cidr, ip_version) VALUES (v_holder.id, p_block, family(p_block))
        RETURNING id INTO v_id;
    END IF;
    FOR v_len IN REVERSE (SELECT max(masklen(l)) FROM unnest(v_leaves) l) .. masklen(p_block) + 1 LOOP
        FOR v_step IN SELECT set_masklen(l, v_len - 1)::cidr AS merged, min(l) AS lower, max(l) AS upper,
                             count(*) AS n
                        FROM unnest(v_leaves) l WHERE masklen(l) = v_len GROUP BY 1 ORDER BY 1 LOOP
            IF v_step.n <> 2 THEN
                RAISE EXCEPTION 'the subnets inside % do not tile it; run "hostdeck ipam repair"', p_block
                    USING ERRCODE = 'check_violation';
            END IF;
            PERFORM ipam_write_log('ipam_subnet_merge', v_id, NULL, NULL,
                                   jsonb_build_object('cidr', v_step.merged,
                                                      'children', jsonb_build_array(v_step.lower, v_step.upper)));
        END LOOP;
        v_leaves := ARRAY(SELECT l FROM unnest(v_leaves) l WHERE masklen(l) <> v_len
                          UNION SELECT set_masklen(l, v_len - 1)::cidr FROM unnest(v_leaves) l WHERE masklen(l) = v_len);
    END LOOP;
    IF v_leaves IS DISTINCT FROM ARRAY[p_block] THEN
        RAISE EXCEPTION 'the subnets inside % do not tile it; run "hostdeck ipam repair"', p_block
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN v_id;
END
$$;

-- Deletes an empty top-level block.
CREATE FUNCTION ipam_delete_subnet(p_cidr cidr) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET lock_timeout = '5s' AS $$
DECLARE
    r subnets%ROWTYPE := ipam_edit_target(p_cidr);
BEGIN
    IF r.parent_id IS NOT NULL THEN
        RAISE EXCEPTION '% is part of a larger subnet; merge it instead', p_cidr USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT ipam_is_leaf(r) OR r.allocation_status = 'allocated' OR ipam_holds_addresses(p_cidr) THEN
        RAISE EXCEPTION '% is not an empty free block', p_cidr USING ERRCODE = 'invalid_parameter_value';
    END IF;
    DELETE FROM subnets WHERE id = r.id;
    PERFORM ipam_write_log('ipam_subnet_delete', NULL, NULL, NULL, jsonb_build_object('cidr', p_cidr));
    RETURN r.id;
END
$$;

-- Adds a top-level block. Top-level blocks inside it become its children and the
-- space between them free leaves, in this transaction (so importing an address
-- plan does not depend on the order of its blocks); that is logged. Returns its id.
CREATE FUNCTION ipam_add_root(p_cidr cidr) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET lock_timeout = '5s' AS $$
DECLARE
    v_inner bigint[];
    v_adopted cidr[];
    v_filled cidr[];
    v_id bigint;
BEGIN
    IF p_cidr IS NULL THEN
        RAISE EXCEPTION 'no subnet given' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM subnets WHERE cidr >>= p_cidr) THEN
        RAISE EXCEPTION '% lies inside an existing subnet', p_cidr USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT array_agg(id ORDER BY cidr), array_agg(cidr ORDER BY cidr) INTO v_inner, v_adopted
      FROM (SELECT id, cidr FROM subnets WHERE parent_id IS NULL AND cidr << p_cidr ORDER BY cidr FOR UPDATE) r;
    IF v_inner IS NULL THEN
        INSERT INTO subnets (cidr, ip_version) VALUES (p_cidr, family(p_cidr)) RETURNING id INTO v_id;
        RETURN v_id;
    END IF;
    -- the new block overlaps them until they are its children
    SET CONSTRAINTS subnets_no_sibling_overlap DEFERRED;
    INSERT INTO subnets (cidr, ip_version, allocation_status) VALUES (p_cidr, family(p_cidr), 'subdivided')
    RETURNING id INTO v_id;
    UPDATE subnets SET parent_id = v_id WHERE id = ANY (v_inner);
    v_filled := ipam_fill_gaps(v_id);
    SET CONSTRAINTS subnets_no_sibling_overlap IMMEDIATE;
    PERFORM ipam_write_log('ipam_add_covering_pool', v_id, NULL, NULL,
                           jsonb_build_object('subnet', p_cidr, 'adopted', to_jsonb(v_adopted),
                                              'filled', to_jsonb(v_filled)));
    RETURN v_id;
END
$$;

-- Mends trees that do not tile (after a direct edit): a subdivided subnet whose
-- children leave gaps gets free leaves in them, one with no children at all
-- becomes a free leaf. Returns {"filled": [...], "emptied": [...]}.
CREATE FUNCTION ipam_repair_tree() RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET lock_timeout = '5s' AS $$
DECLARE
    v_parent record;
    v_filled cidr[];
    v_all_filled cidr[] := '{}';
    v_emptied cidr[] := '{}';
BEGIN
    PERFORM 1 FROM subnets WHERE parent_id IS NULL ORDER BY ip_version, id FOR UPDATE;
    FOR v_parent IN SELECT p.id, p.cidr, t.children FROM subnets p CROSS JOIN LATERAL subnet_tiling(p.id) t
                     WHERE p.allocation_status = 'subdivided' AND t.covered <> t.size ORDER BY p.cidr LOOP
        v_filled := '{}';
        IF v_parent.children = 0 THEN
            UPDATE subnets SET allocation_status = 'unallocated' WHERE id = v_parent.id;
            v_emptied := v_emptied || v_parent.cidr;
        ELSE
            v_filled := ipam_fill_gaps(v_parent.id);
            v_all_filled := v_all_filled || v_filled;
        END IF;
        PERFORM ipam_write_log('ipam_repair', v_parent.id, NULL, NULL,
                               jsonb_build_object('subnet', v_parent.cidr, 'filled', to_jsonb(v_filled),
                                                  'emptied', v_parent.children = 0));
    END LOOP;
    RETURN jsonb_build_object('filled', to_jsonb(v_all_filled), 'emptied', to_jsonb(v_emptied));
END
$$;

-- Releases everything a service ('service') or a device ('device') holds, except
-- management and BMC addresses, and logs it as one row ('ipam_release_on_cancel'
-- or 'ipam_wipe_device'). Returns {"subnets": [...], "addresses": [...]}.
CREATE FUNCTION ipam_release_owner(p_kind text, p_id bigint) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET lock_timeout = '5s' AS $$
DECLARE
    v_addresses inet[];
    v_subnets cidr[];
BEGIN
    IF p_kind IS NULL OR p_kind NOT IN ('service', 'device') OR p_id IS NULL THEN
        RAISE EXCEPTION 'release what: a service or a device id' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM 1 FROM subnets WHERE parent_id IS NULL ORDER BY ip_version, id FOR UPDATE;
    WITH gone AS (DELETE FROM ip_addresses
                   WHERE (CASE p_kind WHEN 'service' THEN service_id ELSE device_id END) = p_id
                     AND purpose NOT IN ('management', 'bmc')
                  RETURNING address)
    SELECT COALESCE(array_agg(address ORDER BY address), '{}') INTO v_addresses FROM gone;
    WITH freed AS (UPDATE subnets SET allocation_status = 'unallocated', customer_id = NULL, service_id = NULL,
                                      device_id = NULL
                    WHERE allocation_status = 'allocated'
                      AND (CASE p_kind WHEN 'service' THEN service_id ELSE device_id END) = p_id
                      AND NOT EXISTS (SELECT 1 FROM ip_addresses a WHERE a.address <<= subnets.cidr)
                   RETURNING cidr)
    SELECT COALESCE(array_agg(cidr ORDER BY cidr), '{}') INTO v_subnets FROM freed;
    PERFORM ipam_write_log(CASE p_kind WHEN 'service' THEN 'ipam_release_on_cancel' ELSE 'ipam_wipe_device' END,
                           NULL, CASE WHEN p_kind = 'service' THEN p_id END, CASE WHEN p_kind = 'device' THEN p_id END,
                           jsonb_build_object('subnets', to_jsonb(v_subnets),
                                              'addresses', (SELECT COALESCE(jsonb_agg(host(a) ORDER BY a), '[]')
                                                              FROM unnest(v_addresses) a)));
    RETURN jsonb_build_object('subnets', to_jsonb(v_subnets),
                              'addresses', (SELECT COALESCE(jsonb_agg(host(a) ORDER BY a), '[]') FROM unnest(v_addresses) a));
END
$$;

-- Records that an automatic allocation failed (its own transaction was rolled
-- back): a failure row only, for the allocation events only, in the session's name.
CREATE FUNCTION ipam_log_failure(p_event text, p_service bigint, p_device bigint, p_detail jsonb) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF p_event IS NULL OR p_event NOT IN ('ipam_allocate_subnet', 'ipam_allocate_ip') THEN
        RAISE EXCEPTION 'only a failed allocation is logged this way, not %', p_event
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_detail IS NULL OR jsonb_typeof(p_detail) <> 'object' OR length(p_detail::text) > 8192 THEN
        RAISE EXCEPTION 'the detail of a failure must be a JSON object of at most 8 KiB'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO provisioning_logs (event, service_id, device_id, subnet_id, success, detail)
    VALUES (p_event, p_service, p_device, NULL, false, p_detail);
END
$$;

REVOKE ALL ON FUNCTION ipam_edit_target(cidr) FROM PUBLIC;
REVOKE ALL ON FUNCTION ipam_is_leaf(subnets) FROM PUBLIC;
REVOKE ALL ON FUNCTION ipam_holds_addresses(cidr) FROM PUBLIC;
REVOKE ALL ON FUNCTION ipam_fill_gaps(bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION ipam_release_subnet(cidr) FROM PUBLIC;
REVOKE ALL ON FUNCTION ipam_release_address(inet) FROM PUBLIC;
REVOKE ALL ON FUNCTION ipam_park_subnet(cidr, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION ipam_assign_customer(cidr, bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION ipam_split_subnet(cidr, int) FROM PUBLIC;
REVOKE ALL ON FUNCTION ipam_merge_block(cidr) FROM PUBLIC;
REVOKE ALL ON FUNCTION ipam_delete_subnet(cidr) FROM PUBLIC;
REVOKE ALL ON FUNCTION ipam_add_root(cidr) FROM PUBLIC;
REVOKE ALL ON FUNCTION ipam_repair_tree() FROM PUBLIC;
REVOKE ALL ON FUNCTION ipam_release_owner(text, bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION ipam_log_failure(text, bigint, bigint, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ipam_release_subnet(cidr), ipam_release_address(inet), ipam_park_subnet(cidr, boolean),
    ipam_assign_customer(cidr, bigint), ipam_split_subnet(cidr, int), ipam_merge_block(cidr),
    ipam_delete_subnet(cidr), ipam_add_root(cidr), ipam_repair_tree(), ipam_release_owner(text, bigint),
    ipam_log_failure(text, bigint, bigint, jsonb)
    TO hostdeck_tech;

-- The log is written by the functions above and those of 0012, nobody else.
REVOKE INSERT ON provisioning_logs FROM PUBLIC, hostdeck_readonly, hostdeck_tech, hostdeck_admin;
