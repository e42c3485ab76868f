-- SPDX-License-Identifier: GPL-3.0-or-later
-- HostDeck schema 0004: the network and out-of-band layer. Ports (switch,
-- NIC, BMC, patch panel front and rear, power outlet), the front-to-rear
-- mapping of patch panels, cables (at most one per port), 5-minute traffic
-- and power samples, per-device BMC settings whose credentials only the
-- hostdeck_noc role reads, and cable_trace(). docs/network.md describes the
-- model and where each rule is enforced.

-- The NOC role: technicians who may also use BMC credentials. Cluster-wide,
-- so another database of the cluster may be creating it at this moment.
DO $roles$
BEGIN
    BEGIN
        CREATE ROLE hostdeck_noc NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
END
$roles$;

GRANT hostdeck_tech TO hostdeck_noc;
GRANT hostdeck_noc TO hostdeck_admin;

-- ---------------------------------------------------------------------------
-- Activity for tables whose rows hold secrets or polled state. Arguments:
-- 'secret:<column>' is never written to the log (a change is recorded as
-- "changed"); 'ignore:<column>' is left out, and an update that changes only
-- ignored columns writes no row (the SNMP poller's last_polled/oper_status).
-- ---------------------------------------------------------------------------
CREATE FUNCTION log_activity_filtered() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    old_row jsonb;
    new_row jsonb;
    changes jsonb;
    verb text;
    arg text;
    col text;
    row_id bigint;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        old_row := to_jsonb(OLD);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        new_row := to_jsonb(NEW);
    END IF;
    row_id := (COALESCE(new_row, old_row) ->> 'id')::bigint;
    changes := '{}'::jsonb;
    FOREACH arg IN ARRAY TG_ARGV LOOP
        col := split_part(arg, ':', 2);
        IF split_part(arg, ':', 1) = 'secret' AND TG_OP = 'UPDATE'
           AND (old_row -> col) IS DISTINCT FROM (new_row -> col) THEN
            changes := changes || jsonb_build_object(col, 'changed');
        END IF;
        old_row := old_row - col;
        new_row := new_row - col;
    END LOOP;

    IF TG_OP = 'INSERT' THEN
        verb := 'create';
        changes := new_row;
    ELSIF TG_OP = 'DELETE' THEN
        verb := 'delete';
        changes := old_row;
    ELSE
        verb := 'update';
        SELECT changes || COALESCE(jsonb_object_agg(n.key, jsonb_build_object('old', o.value, 'new', n.value)),
                                   '{}'::jsonb)
          INTO changes
          FROM jsonb_each(new_row) n
          JOIN jsonb_each(old_row) o USING (key)
         WHERE n.value IS DISTINCT FROM o.value;
        IF changes = '{}'::jsonb THEN
            RETURN NULL;
        END IF;
    END IF;

    INSERT INTO activity_log (actor, action, entity_type, entity_id, detail)
    VALUES (session_user, verb, TG_TABLE_NAME, row_id, changes);
    PERFORM pg_notify('hostdeck_changes',
        json_build_object('entity', TG_TABLE_NAME, 'id', row_id, 'op', verb, 'actor', session_user)::text);
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION log_activity_filtered() FROM PUBLIC;

-- ---------------------------------------------------------------------------
-- Ports. A patch panel's front port names its rear port (rear_port_id); the
-- mapping is one-to-one and stays inside one device.
-- ---------------------------------------------------------------------------
CREATE TABLE ports (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    device_id     bigint NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
    name          text NOT NULL CHECK (length(btrim(name)) > 0),
    kind          text NOT NULL
                  CONSTRAINT ports_kind_known
                  CHECK (kind IN ('switch', 'nic', 'bmc', 'patch-front', 'patch-rear', 'power-outlet')),
    if_index      integer CHECK (if_index > 0),
    speed_bps     bigint CHECK (speed_bps >= 0),
    mac           macaddr,
    alias         text NOT NULL DEFAULT '',
    admin_status  text NOT NULL DEFAULT 'unknown'
                  CONSTRAINT ports_admin_status_known CHECK (admin_status IN ('up', 'down', 'testing', 'unknown')),
    oper_status   text NOT NULL DEFAULT 'unknown'
                  CONSTRAINT ports_oper_status_known CHECK (oper_status IN ('up', 'down', 'testing', 'unknown')),
    last_polled   timestamptz,
    -- patch panels: the connector type and the label printed on the panel
    connector     text CONSTRAINT ports_connector_known
                  CHECK (connector IN ('RJ45', 'LC', 'SC', 'ST', 'MPO', 'FC', 'SFP', 'QSFP', 'C13', 'C19')),
    label         text NOT NULL DEFAULT '',
    rear_port_id  bigint REFERENCES ports (id) ON DELETE RESTRICT,
    CONSTRAINT ports_device_name_key UNIQUE (device_id, name),
    CONSTRAINT ports_id_device_key UNIQUE (id, device_id),
    CONSTRAINT ports_front_has_rear CHECK ((kind = 'patch-front') = (rear_port_id IS NOT NULL))
);
CREATE UNIQUE INDEX ports_device_if_index_key ON ports (device_id, if_index) WHERE if_index IS NOT NULL;
-- one front port per rear port
CREATE UNIQUE INDEX ports_rear_port_key ON ports (rear_port_id) WHERE rear_port_id IS NOT NULL;
CREATE INDEX ports_mac_idx ON ports (mac) WHERE mac IS NOT NULL;

-- A front port's rear port is a patch-rear port of the same device; a rear
-- port that a front port maps to keeps its device and kind.
CREATE FUNCTION ports_check_patch() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    rear ports%ROWTYPE;
BEGIN
    IF NEW.rear_port_id IS NOT NULL THEN
        SELECT * INTO rear FROM ports WHERE id = NEW.rear_port_id FOR SHARE;
        IF rear.device_id <> NEW.device_id THEN
            RAISE EXCEPTION 'front port "%" can only map to a rear port of its own patch panel, not to "%" of another device',
                NEW.name, rear.name
                USING ERRCODE = 'check_violation', CONSTRAINT = 'ports_patch_same_device';
        END IF;
        IF rear.kind <> 'patch-rear' THEN
            RAISE EXCEPTION 'front port "%" can only map to a patch-rear port, but "%" is a % port',
                NEW.name, rear.name, rear.kind
                USING ERRCODE = 'check_violation', CONSTRAINT = 'ports_patch_rear_kind';
        END IF;
    END IF;
    IF TG_OP = 'UPDATE' AND (NEW.device_id <> OLD.device_id OR NEW.kind <> OLD.kind)
       AND EXISTS (SELECT 1 FROM ports WHERE rear_port_id = NEW.id) THEN
        RAISE EXCEPTION 'rear port "%" is mapped to a front port and keeps its device and kind', OLD.name
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ports_patch_same_device';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER ports_check_patch BEFORE INSERT OR UPDATE ON ports
    FOR EACH ROW EXECUTE FUNCTION ports_check_patch();
CREATE TRIGGER ports_activity AFTER INSERT OR UPDATE OR DELETE ON ports
    FOR EACH ROW EXECUTE FUNCTION log_activity_filtered('ignore:last_polled', 'ignore:oper_status');

-- ---------------------------------------------------------------------------
-- Cables. port_a and port_b are the two ends; cable_ends holds one row per
-- end with a UNIQUE port_id, so a port carries at most one cable whichever
-- side it is on, also under concurrent inserts. cable_ends is maintained by
-- the trigger below only.
-- ---------------------------------------------------------------------------
CREATE TABLE cables (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    port_a    bigint NOT NULL REFERENCES ports (id) ON DELETE CASCADE,
    port_b    bigint NOT NULL REFERENCES ports (id) ON DELETE CASCADE,
    type      text NOT NULL
              CONSTRAINT cables_type_known
              CHECK (type IN ('Cat5e', 'Cat6', 'Cat6a', 'Cat7', 'OM3', 'OM4', 'SM fibre', 'DAC', 'twinax')),
    -- a colour name (blue, light grey) or #rrggbb
    colour    text NOT NULL DEFAULT 'grey'
              CONSTRAINT cables_colour_format CHECK (colour ~ '^(#[0-9A-Fa-f]{6}|[a-z]+( [a-z]+)?)$'),
    label     text NOT NULL DEFAULT '',
    length_m  numeric(7, 2) CONSTRAINT cables_length_positive CHECK (length_m > 0),
    CONSTRAINT cables_distinct_ends CHECK (port_a <> port_b)
);

CREATE TABLE cable_ends (
    port_id   bigint NOT NULL CONSTRAINT cable_ends_port_key UNIQUE REFERENCES ports (id) ON DELETE CASCADE,
    cable_id  bigint NOT NULL REFERENCES cables (id) ON DELETE CASCADE,
    side      char(1) NOT NULL CHECK (side IN ('a', 'b')),
    PRIMARY KEY (cable_id, side)
);

CREATE FUNCTION cables_sync_ends() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    busy bigint;
    port_name text;
    device_name text;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.port_a = OLD.port_a AND NEW.port_b = OLD.port_b THEN
            RETURN NULL;
        END IF;
        DELETE FROM cable_ends WHERE cable_id = OLD.id;
    END IF;
    BEGIN
        INSERT INTO cable_ends (port_id, cable_id, side) VALUES (NEW.port_a, NEW.id, 'a'), (NEW.port_b, NEW.id, 'b');
    EXCEPTION WHEN unique_violation THEN
        SELECT e.port_id, p.name, d.name INTO busy, port_name, device_name
          FROM cable_ends e JOIN ports p ON p.id = e.port_id JOIN devices d ON d.id = p.device_id
         WHERE e.port_id IN (NEW.port_a, NEW.port_b) AND e.cable_id <> NEW.id
         LIMIT 1;
        RAISE EXCEPTION 'port "%" of device "%" already has a cable; a port takes at most one cable',
            port_name, device_name
            USING ERRCODE = 'unique_violation', CONSTRAINT = 'cable_ends_port_key';
    END;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION cables_sync_ends() FROM PUBLIC;
CREATE TRIGGER cables_sync_ends AFTER INSERT OR UPDATE OF port_a, port_b ON cables
    FOR EACH ROW EXECUTE FUNCTION cables_sync_ends();
CREATE TRIGGER cables_activity AFTER INSERT OR UPDATE OR DELETE ON cables
    FOR EACH ROW EXECUTE FUNCTION log_activity();

-- ---------------------------------------------------------------------------
-- Samples, written by the SNMP poller every 5 minutes (billing reads them).
-- Measurements, not operator changes: no activity_log rows; one NOTIFY per
-- statement tells open views that new samples arrived.
-- ---------------------------------------------------------------------------
CREATE TABLE traffic_samples (
    port_id     bigint NOT NULL REFERENCES ports (id) ON DELETE CASCADE,
    -- start of the 5-minute interval
    at          timestamptz NOT NULL
                CONSTRAINT traffic_samples_at_aligned CHECK (extract(epoch FROM at) % 300 = 0),
    -- seconds actually covered by the counter delta (a late poll covers more)
    interval_s  integer NOT NULL DEFAULT 300 CHECK (interval_s BETWEEN 1 AND 86400),
    in_bytes    bigint NOT NULL CHECK (in_bytes >= 0),
    out_bytes   bigint NOT NULL CHECK (out_bytes >= 0),
    PRIMARY KEY (port_id, at)
);
CREATE INDEX traffic_samples_at_idx ON traffic_samples (at);

CREATE TABLE power_samples (
    device_id   bigint NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
    -- the PDU outlet the reading is for, or NULL for the whole device
    port_id     bigint,
    at          timestamptz NOT NULL
                CONSTRAINT power_samples_at_aligned CHECK (extract(epoch FROM at) % 300 = 0),
    watts       numeric(10, 2) NOT NULL CHECK (watts >= 0),
    CONSTRAINT power_samples_key UNIQUE NULLS NOT DISTINCT (device_id, port_id, at),
    CONSTRAINT power_samples_port_of_device FOREIGN KEY (port_id, device_id)
        REFERENCES ports (id, device_id) ON DELETE CASCADE
);
CREATE INDEX power_samples_at_idx ON power_samples (at);

CREATE FUNCTION samples_notify() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('hostdeck_changes',
        json_build_object('entity', TG_TABLE_NAME, 'id', NULL, 'op', 'samples', 'actor', session_user)::text);
    RETURN NULL;
END
$$;
CREATE TRIGGER traffic_samples_notify AFTER INSERT OR UPDATE OR DELETE ON traffic_samples
    FOR EACH STATEMENT EXECUTE FUNCTION samples_notify();
CREATE TRIGGER power_samples_notify AFTER INSERT OR UPDATE OR DELETE ON power_samples
    FOR EACH STATEMENT EXECUTE FUNCTION samples_notify();

-- ---------------------------------------------------------------------------
-- BMC settings, one row per device. bmc_username and bmc_secret are readable
-- by hostdeck_noc (and administrators, its members) only: column privileges.
-- ---------------------------------------------------------------------------
CREATE TABLE device_bmc (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    device_id           bigint NOT NULL CONSTRAINT device_bmc_device_key UNIQUE
                        REFERENCES devices (id) ON DELETE CASCADE,
    bmc_kind            text NOT NULL DEFAULT 'none'
                        CONSTRAINT device_bmc_kind_known CHECK (bmc_kind IN ('redfish', 'ipmi', 'none')),
    bmc_address         text NOT NULL DEFAULT '',
    bmc_port            integer CHECK (bmc_port BETWEEN 1 AND 65535),
    bmc_username        text NOT NULL DEFAULT '',
    bmc_secret          text NOT NULL DEFAULT '',
    ipmi_cipher_suite   smallint NOT NULL DEFAULT 3 CHECK (ipmi_cipher_suite BETWEEN 0 AND 17),
    -- FreeIPMI workaround flags, e.g. opensesspriv, authcap, intel20, supermicro20, sun20
    ipmi_workarounds    text[] NOT NULL DEFAULT '{}'
                        CHECK (ipmi_workarounds <@ ARRAY['opensesspriv', 'authcap', 'intel20', 'supermicro20',
                                                         'sun20', 'noauthcodecheck', 'integritycheckvalue',
                                                         'nochecksumcheck']::text[]),
    -- SHA-256 of the Redfish TLS certificate, pinned on first use (lower-case hex)
    redfish_cert_sha256 text CONSTRAINT device_bmc_fingerprint_format CHECK (redfish_cert_sha256 ~ '^[0-9a-f]{64}$'),
    cert_pinned_at      timestamptz,
    CONSTRAINT device_bmc_address_required CHECK (bmc_kind = 'none' OR length(btrim(bmc_address)) > 0)
);
CREATE TRIGGER device_bmc_activity AFTER INSERT OR UPDATE OR DELETE ON device_bmc
    FOR EACH ROW EXECUTE FUNCTION log_activity_filtered('secret:bmc_username', 'secret:bmc_secret');

-- ---------------------------------------------------------------------------
-- cable_trace: the path from a port through cables and patch panels to the
-- far end, in order. Row 0 is the start port; each further row was reached
-- by a cable ('cable', with its id) or through a panel's front/rear mapping
-- ('panel'). A path that returns to a port already on it ends with a row
-- 'loop' naming that port; a path longer than p_max_hops ends with 'truncated'.
-- ---------------------------------------------------------------------------
CREATE FUNCTION cable_trace(p_port_id bigint, p_max_hops integer DEFAULT 32)
RETURNS TABLE (hop integer, port_id bigint, port_name text, port_kind text, device_id bigint,
               device_name text, via text, cable_id bigint)
LANGUAGE plpgsql STABLE AS $$
#variable_conflict use_column
DECLARE
    cur bigint := p_port_id;
    nxt bigint;
    cab bigint;
    visited bigint[] := ARRAY[p_port_id];
    last_step text := 'start';
    step text;
    n integer := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM ports p WHERE p.id = p_port_id) THEN
        RETURN;
    END IF;
    RETURN QUERY SELECT 0, p.id, p.name, p.kind, d.id, d.name, 'start'::text, NULL::bigint
                   FROM ports p JOIN devices d ON d.id = p.device_id WHERE p.id = cur;
    LOOP
        nxt := NULL;
        cab := NULL;
        step := NULL;
        IF last_step <> 'cable' THEN
            SELECT c.id, CASE WHEN c.port_a = cur THEN c.port_b ELSE c.port_a END INTO cab, nxt
              FROM cables c WHERE c.port_a = cur OR c.port_b = cur;
            IF nxt IS NOT NULL THEN
                step := 'cable';
            END IF;
        END IF;
        IF step IS NULL AND last_step <> 'panel' THEN
            SELECT COALESCE(p.rear_port_id, (SELECT f.id FROM ports f WHERE f.rear_port_id = p.id)) INTO nxt
              FROM ports p WHERE p.id = cur AND p.kind IN ('patch-front', 'patch-rear');
            IF nxt IS NOT NULL THEN
                step := 'panel';
            END IF;
        END IF;
        EXIT WHEN step IS NULL;
        n := n + 1;
        IF nxt = ANY (visited) THEN
            step := 'loop';
        ELSIF n > p_max_hops THEN
            step := 'truncated';
        END IF;
        RETURN QUERY SELECT n, p.id, p.name, p.kind, d.id, d.name, step, cab
                       FROM ports p JOIN devices d ON d.id = p.device_id WHERE p.id = nxt;
        EXIT WHEN step IN ('loop', 'truncated');
        visited := visited || nxt;
        cur := nxt;
        last_step := step;
    END LOOP;
END
$$;

-- ---------------------------------------------------------------------------
-- Privileges
-- ---------------------------------------------------------------------------
GRANT SELECT ON ports, cables, cable_ends, traffic_samples, power_samples TO hostdeck_readonly;
GRANT SELECT (id, device_id, bmc_kind, bmc_address, bmc_port, ipmi_cipher_suite, ipmi_workarounds,
              redfish_cert_sha256, cert_pinned_at)
    ON device_bmc TO hostdeck_readonly;
-- technicians cable and patch
GRANT INSERT, UPDATE, DELETE ON ports, cables TO hostdeck_tech;
-- the NOC (and the poller running as a NOC role) writes samples and uses BMC credentials
GRANT INSERT, UPDATE, DELETE ON traffic_samples, power_samples TO hostdeck_noc;
GRANT SELECT, INSERT, UPDATE, DELETE ON device_bmc TO hostdeck_noc;
