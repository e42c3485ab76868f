-- SPDX-License-Identifier: GPL-3.0-or-later
-- HostDeck schema 0001: locations, racks, device types, devices, customers,
-- the activity log, change notification and the group roles.
-- Applied once, in one transaction, by the Migrator.

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Group roles are cluster-wide: another database of the same cluster may have
-- created them already, possibly at this very moment.
DO $roles$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['hostdeck_readonly', 'hostdeck_tech', 'hostdeck_admin'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END LOOP;
END
$roles$;

GRANT hostdeck_readonly TO hostdeck_tech;
GRANT hostdeck_tech TO hostdeck_admin;

-- ---------------------------------------------------------------------------
-- Customers (billing extends this table later; one schema, no second copy)
-- ---------------------------------------------------------------------------
CREATE TABLE customers (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        text NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$'),
    name        text NOT NULL CHECK (length(btrim(name)) > 0),
    email       text CHECK (email IS NULL OR email ~ '^[^@\s]+@[^@\s]+$'),
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- ---------------------------------------------------------------------------
-- Locations: site > room > cage
-- ---------------------------------------------------------------------------
CREATE TABLE locations (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent_id   bigint REFERENCES locations (id) ON DELETE RESTRICT,
    kind        text NOT NULL CHECK (kind IN ('site', 'room', 'cage')),
    code        text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,31}$'),
    name        text NOT NULL CHECK (length(btrim(name)) > 0),
    CONSTRAINT locations_site_is_root CHECK ((kind = 'site') = (parent_id IS NULL))
);
CREATE INDEX locations_parent_idx ON locations (parent_id);

-- A room's parent is a site, a cage's parent is a room.
CREATE FUNCTION locations_check_parent() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    parent_kind text;
BEGIN
    IF NEW.parent_id IS NULL THEN
        RETURN NEW;
    END IF;
    SELECT kind INTO parent_kind FROM locations WHERE id = NEW.parent_id;
    IF (NEW.kind = 'room' AND parent_kind <> 'site') OR (NEW.kind = 'cage' AND parent_kind <> 'room') THEN
        RAISE EXCEPTION 'a % cannot be placed inside a %', NEW.kind, parent_kind
            USING ERRCODE = 'check_violation', CONSTRAINT = 'locations_parent_kind';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER locations_check_parent BEFORE INSERT OR UPDATE OF parent_id, kind ON locations
    FOR EACH ROW EXECUTE FUNCTION locations_check_parent();

-- ---------------------------------------------------------------------------
-- Racks
-- ---------------------------------------------------------------------------
CREATE TABLE racks (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    location_id      bigint NOT NULL REFERENCES locations (id) ON DELETE RESTRICT,
    name             text NOT NULL UNIQUE CHECK (length(btrim(name)) > 0),
    position         integer NOT NULL DEFAULT 0,
    u_height         integer NOT NULL DEFAULT 42 CHECK (u_height BETWEEN 1 AND 60),
    power_budget_kw  numeric(8, 2) NOT NULL DEFAULT 5 CHECK (power_budget_kw >= 0),
    circuit_amps     numeric(6, 1) NOT NULL DEFAULT 16 CHECK (circuit_amps > 0),
    voltage          integer NOT NULL DEFAULT 230 CHECK (voltage BETWEEN 100 AND 480),
    redundancy       text NOT NULL DEFAULT 'N+1' CHECK (redundancy IN ('N', 'N+1', '2N', '2N+1')),
    customer_id      bigint REFERENCES customers (id) ON DELETE SET NULL
);
CREATE INDEX racks_location_idx ON racks (location_id, position);

-- ---------------------------------------------------------------------------
-- Device types
-- ---------------------------------------------------------------------------
CREATE TABLE device_types (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    manufacturer  text NOT NULL CHECK (length(btrim(manufacturer)) > 0),
    model         text NOT NULL CHECK (length(btrim(model)) > 0),
    kind          text NOT NULL DEFAULT 'server'
                  CHECK (kind IN ('server', 'switch', 'router', 'firewall', 'storage',
                                  'patch-panel', 'pdu', 'cable-manager', 'other')),
    u_height      integer NOT NULL CHECK (u_height BETWEEN 0 AND 16),
    full_depth    boolean NOT NULL DEFAULT true,
    half_width    boolean NOT NULL DEFAULT false,
    watts         integer NOT NULL DEFAULT 0 CHECK (watts >= 0),
    UNIQUE (manufacturer, model),
    -- a half-width device is at most as tall as one U pair, and a 0U device is never half-width
    CONSTRAINT device_types_zero_u_full_width CHECK (NOT (u_height = 0 AND half_width))
);

-- ---------------------------------------------------------------------------
-- Devices
--
-- Position model: a device in a rack occupies U u_start..u_end in one of three
-- mounting zones: the rack itself, or the left/right vertical channel (0U
-- devices such as vertical PDUs and cable managers). Inside a zone it occupies
-- depth slots (front = 0, rear = 1; full depth = both) and width slots
-- (left half = 0, right half = 1; full width = both). The EXCLUDE constraint
-- forbids two devices sharing a zone, a U, a depth slot and a width slot.
-- ---------------------------------------------------------------------------
CREATE TABLE devices (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    device_type_id    bigint NOT NULL REFERENCES device_types (id) ON DELETE RESTRICT,
    name              text NOT NULL UNIQUE CHECK (length(btrim(name)) > 0),
    serial            text UNIQUE,
    asset_tag         text UNIQUE,
    manufacturer      text NOT NULL DEFAULT '',
    model             text NOT NULL DEFAULT '',
    warranty_expires  date,
    disposition       text NOT NULL DEFAULT 'available'
                      CHECK (disposition IN ('available', 'allocated', 'reserved',
                                             'maintenance', 'decommissioned', 'faulty')),
    watts             integer NOT NULL DEFAULT 0 CHECK (watts >= 0),
    customer_id       bigint REFERENCES customers (id) ON DELETE SET NULL,
    rack_id           bigint REFERENCES racks (id) ON DELETE RESTRICT,
    mount             text NOT NULL DEFAULT 'rack' CHECK (mount IN ('rack', 'side-left', 'side-right')),
    face              text NOT NULL DEFAULT 'front' CHECK (face IN ('front', 'rear')),
    full_depth        boolean NOT NULL DEFAULT true,
    width             text NOT NULL DEFAULT 'full' CHECK (width IN ('full', 'left', 'right')),
    u_start           integer,
    u_end             integer,
    notes             text NOT NULL DEFAULT '',
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),

    CONSTRAINT devices_position_complete CHECK (
        (rack_id IS NULL AND u_start IS NULL AND u_end IS NULL)
        OR (rack_id IS NOT NULL AND u_start IS NOT NULL AND u_end IS NOT NULL)),
    CONSTRAINT devices_u_start_positive CHECK (u_start >= 1),
    CONSTRAINT devices_u_order CHECK (u_end >= u_start),
    -- side channels hold only full-width devices
    CONSTRAINT devices_side_full_width CHECK (mount = 'rack' OR width = 'full'),

    u_slots      int4range GENERATED ALWAYS AS (int4range(u_start, u_end, '[]')) STORED,
    depth_slots  int4range GENERATED ALWAYS AS (
                     CASE WHEN full_depth THEN int4range(0, 2)
                          WHEN face = 'front' THEN int4range(0, 1)
                          ELSE int4range(1, 2) END) STORED,
    width_slots  int4range GENERATED ALWAYS AS (
                     CASE width WHEN 'left' THEN int4range(0, 1)
                                WHEN 'right' THEN int4range(1, 2)
                                ELSE int4range(0, 2) END) STORED,

    CONSTRAINT devices_no_overlap EXCLUDE USING gist (
        rack_id WITH =, mount WITH =, u_slots WITH &&, depth_slots WITH &&, width_slots WITH &&)
        WHERE (rack_id IS NOT NULL)
);
CREATE INDEX devices_rack_idx ON devices (rack_id);
CREATE INDEX devices_type_idx ON devices (device_type_id);
CREATE INDEX devices_customer_idx ON devices (customer_id);
CREATE INDEX devices_search_idx ON devices (lower(name) text_pattern_ops);

-- Rules that need the rack and the device type: the U range lies inside the
-- rack, a rack-mounted device spans exactly its type's height, 0U devices
-- mount in a side channel, half-width placement needs a half-width type.
CREATE FUNCTION devices_check_position() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    t device_types%ROWTYPE;
    rack_height integer;
    rack_name text;
BEGIN
    SELECT * INTO t FROM device_types WHERE id = NEW.device_type_id;
    IF TG_OP = 'INSERT' THEN
        IF NEW.manufacturer = '' THEN NEW.manufacturer := t.manufacturer; END IF;
        IF NEW.model = '' THEN NEW.model := t.model; END IF;
    END IF;
    NEW.full_depth := t.full_depth;
    NEW.updated_at := now();

    IF NEW.rack_id IS NULL THEN
        RETURN NEW;
    END IF;

    SELECT u_height, name INTO rack_height, rack_name FROM racks WHERE id = NEW.rack_id FOR SHARE;
    IF NEW.u_end > rack_height THEN
        RAISE EXCEPTION 'device "%" would occupy U %-% but rack "%" has only % U',
            NEW.name, NEW.u_start, NEW.u_end, rack_name, rack_height
            USING ERRCODE = 'check_violation', CONSTRAINT = 'devices_u_within_rack';
    END IF;
    IF t.u_height = 0 AND NEW.mount = 'rack' THEN
        RAISE EXCEPTION 'device "%" is a 0U %/% and mounts in a side channel, not in the rack''s U space',
            NEW.name, t.manufacturer, t.model
            USING ERRCODE = 'check_violation', CONSTRAINT = 'devices_zero_u_side';
    END IF;
    IF t.u_height > 0 AND NEW.mount <> 'rack' THEN
        RAISE EXCEPTION 'device "%" is % U tall and cannot mount in a side channel', NEW.name, t.u_height
            USING ERRCODE = 'check_violation', CONSTRAINT = 'devices_zero_u_side';
    END IF;
    IF t.u_height > 0 AND NEW.u_end - NEW.u_start + 1 <> t.u_height THEN
        RAISE EXCEPTION 'device "%" is % U tall but U %-% spans % U',
            NEW.name, t.u_height, NEW.u_start, NEW.u_end, NEW.u_end - NEW.u_start + 1
            USING ERRCODE = 'check_violation', CONSTRAINT = 'devices_height_matches_type';
    END IF;
    IF NEW.width <> 'full' AND NOT t.half_width THEN
        RAISE EXCEPTION 'device "%" is full-width and cannot sit in the % half of a U', NEW.name, NEW.width
            USING ERRCODE = 'check_violation', CONSTRAINT = 'devices_half_width_type';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER devices_check_position BEFORE INSERT OR UPDATE ON devices
    FOR EACH ROW EXECUTE FUNCTION devices_check_position();

-- Shrinking a rack must not leave devices above its top.
CREATE FUNCTION racks_check_height() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    top integer;
BEGIN
    SELECT max(u_end) INTO top FROM devices WHERE rack_id = NEW.id;
    IF top IS NOT NULL AND top > NEW.u_height THEN
        RAISE EXCEPTION 'rack "%" cannot shrink to % U: a device occupies U %', NEW.name, NEW.u_height, top
            USING ERRCODE = 'check_violation', CONSTRAINT = 'devices_u_within_rack';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER racks_check_height BEFORE UPDATE OF u_height ON racks
    FOR EACH ROW EXECUTE FUNCTION racks_check_height();

-- Allocated power per rack. Decommissioned devices are switched off and draw nothing.
CREATE VIEW rack_power AS
SELECT r.id AS rack_id,
       r.power_budget_kw,
       COALESCE(sum(d.watts) FILTER (WHERE d.disposition <> 'decommissioned'), 0)::bigint AS allocated_watts
FROM racks r
LEFT JOIN devices d ON d.rack_id = r.id
GROUP BY r.id;

-- ---------------------------------------------------------------------------
-- Activity log, written by triggers so that no client path can skip it.
-- ---------------------------------------------------------------------------
CREATE TABLE activity_log (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at           timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor        text NOT NULL DEFAULT session_user,
    action       text NOT NULL,
    entity_type  text NOT NULL,
    entity_id    bigint,
    detail       jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX activity_log_entity_idx ON activity_log (entity_type, entity_id, at);
CREATE INDEX activity_log_at_idx ON activity_log (at);

-- One row per changed row; for updates the detail holds only the changed
-- columns as {"column": {"old": ..., "new": ...}}. Also announces the change
-- on the hostdeck_changes channel (delivered at commit, dropped on rollback).
CREATE FUNCTION log_activity() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    old_row jsonb;
    new_row jsonb;
    changes jsonb;
    verb text;
    row_id bigint;
BEGIN
    IF TG_OP = 'INSERT' THEN
        new_row := to_jsonb(NEW) - 'u_slots' - 'depth_slots' - 'width_slots';
        row_id := (new_row ->> 'id')::bigint;
        verb := 'create';
        changes := new_row;
    ELSIF TG_OP = 'DELETE' THEN
        old_row := to_jsonb(OLD) - 'u_slots' - 'depth_slots' - 'width_slots';
        row_id := (old_row ->> 'id')::bigint;
        verb := 'delete';
        changes := old_row;
    ELSE
        old_row := to_jsonb(OLD) - 'u_slots' - 'depth_slots' - 'width_slots' - 'updated_at';
        new_row := to_jsonb(NEW) - 'u_slots' - 'depth_slots' - 'width_slots' - 'updated_at';
        row_id := (new_row ->> 'id')::bigint;
        SELECT COALESCE(jsonb_object_agg(n.key, jsonb_build_object('old', o.value, 'new', n.value)), '{}'::jsonb)
          INTO changes
          FROM jsonb_each(new_row) n
          JOIN jsonb_each(old_row) o USING (key)
         WHERE n.value IS DISTINCT FROM o.value;
        IF changes = '{}'::jsonb THEN
            RETURN NULL;
        END IF;
        verb := 'update';
        IF TG_TABLE_NAME = 'devices' THEN
            IF changes ?| ARRAY['rack_id', 'u_start', 'u_end', 'face', 'mount', 'width'] THEN
                verb := 'move';
            ELSIF changes ? 'disposition' THEN
                verb := 'disposition';
            END IF;
        END IF;
    END IF;

    INSERT INTO activity_log (actor, action, entity_type, entity_id, detail)
    VALUES (session_user, verb, TG_TABLE_NAME, row_id, changes);

    PERFORM pg_notify('hostdeck_changes',
        json_build_object('entity', TG_TABLE_NAME, 'id', row_id, 'op', verb, 'actor', session_user)::text);
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION log_activity() FROM PUBLIC;

CREATE TRIGGER customers_activity AFTER INSERT OR UPDATE OR DELETE ON customers
    FOR EACH ROW EXECUTE FUNCTION log_activity();
CREATE TRIGGER locations_activity AFTER INSERT OR UPDATE OR DELETE ON locations
    FOR EACH ROW EXECUTE FUNCTION log_activity();
CREATE TRIGGER racks_activity AFTER INSERT OR UPDATE OR DELETE ON racks
    FOR EACH ROW EXECUTE FUNCTION log_activity();
CREATE TRIGGER device_types_activity AFTER INSERT OR UPDATE OR DELETE ON device_types
    FOR EACH ROW EXECUTE FUNCTION log_activity();
CREATE TRIGGER devices_activity AFTER INSERT OR UPDATE OR DELETE ON devices
    FOR EACH ROW EXECUTE FUNCTION log_activity();

-- ---------------------------------------------------------------------------
-- Privileges
-- ---------------------------------------------------------------------------
-- Tables grant nothing to PUBLIC by default; schema_migrations is readable by all (Migrator).
GRANT USAGE ON SCHEMA public TO hostdeck_readonly;
GRANT SELECT ON customers, locations, racks, device_types, devices, rack_power, activity_log
    TO hostdeck_readonly;
-- technicians edit the DCIM
GRANT INSERT, UPDATE, DELETE ON locations, racks, device_types, devices TO hostdeck_tech;
-- administrators also manage customers
GRANT INSERT, UPDATE, DELETE ON customers TO hostdeck_admin;
-- nobody rewrites history, not even an administrator
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON activity_log FROM hostdeck_readonly, hostdeck_tech, hostdeck_admin;
