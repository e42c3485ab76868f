-- SPDX-License-Identifier: GPL-3.0-or-later
-- HostDeck schema 0010: the prefix tree tiles, whoever writes it.
--
-- The children of a subdivided subnet cover it exactly: no gaps (siblings never
-- overlap and lie inside their parent already, 0002). Until now only the
-- allocator kept that; a plain `DELETE FROM subnets WHERE cidr = ...` in psql
-- punched a hole no command could fill. A constraint trigger checks each
-- subdivided parent a transaction touched, once, when it commits, so the
-- allocator's multi-statement splits and merges pass and a hole does not.
-- `hostdeck ipam repair` fills holes left before this migration.

-- The addresses a subdivided subnet's children cover, and its own size.
CREATE FUNCTION subnet_tiling(p_id bigint, OUT covered numeric, OUT size numeric, OUT children bigint)
LANGUAGE sql STABLE AS $$
    SELECT COALESCE(sum(power(2::numeric, CASE family(c.cidr) WHEN 4 THEN 32 ELSE 128 END - masklen(c.cidr))), 0),
           (SELECT power(2::numeric, CASE family(p.cidr) WHEN 4 THEN 32 ELSE 128 END - masklen(p.cidr))
              FROM subnets p WHERE p.id = p_id),
           count(c.id)
      FROM subnets c WHERE c.parent_id = p_id
$$;

CREATE FUNCTION subnets_check_tiling() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    parent_ids bigint[];
    pid bigint;
    checked text;
    p subnets%ROWTYPE;
    t record;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        parent_ids := array_append(parent_ids, OLD.parent_id);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        parent_ids := array_append(parent_ids, NEW.parent_id);
        parent_ids := array_append(parent_ids, NEW.id);
    END IF;
    -- Each parent once per transaction: a split into 65,536 children is one check, not 65,536.
    checked := COALESCE(current_setting('hostdeck.tiling_checked', true), '');
    FOREACH pid IN ARRAY parent_ids LOOP
        CONTINUE WHEN pid IS NULL OR position(',' || pid || ',' IN checked) > 0;
        checked := checked || ',' || pid || ',';
        SELECT * INTO p FROM subnets WHERE id = pid;
        CONTINUE WHEN NOT FOUND OR p.allocation_status <> 'subdivided';
        SELECT * INTO t FROM subnet_tiling(pid);
        IF t.covered <> t.size THEN
            RAISE EXCEPTION 'the subnets inside % no longer cover it: % of its % addresses lie in its % child subnet(s); delete or merge whole blocks, or run "hostdeck ipam repair"',
                p.cidr, round(t.covered), round(t.size), t.children
                USING ERRCODE = 'check_violation', CONSTRAINT = 'subnets_children_tile_parent';
        END IF;
    END LOOP;
    PERFORM set_config('hostdeck.tiling_checked', checked, true);
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER subnets_children_tile_parent AFTER INSERT OR UPDATE OR DELETE ON subnets
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION subnets_check_tiling();

-- ---------------------------------------------------------------------------
-- provisioning_logs name who did it as the session says, not as the row says:
-- a client (or psql) cannot log an allocation in someone else's name, nor date it.
-- ---------------------------------------------------------------------------
CREATE FUNCTION provisioning_logs_actor() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.actor := session_user;
    NEW.at := clock_timestamp();
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION provisioning_logs_actor() FROM PUBLIC;
CREATE TRIGGER provisioning_logs_actor BEFORE INSERT ON provisioning_logs
    FOR EACH ROW EXECUTE FUNCTION provisioning_logs_actor();
