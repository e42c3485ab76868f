-- SPDX-License-Identifier: GPL-3.0-or-later
-- HostDeck schema 0003: reverse DNS. Provider configurations (internal,
-- PowerDNS, Cloudflare) and their bindings to subnets and locations.
--
-- The provider for an address: the nearest subnet binding up the prefix tree
-- (the address's subnet, then its ancestors), else the binding of the
-- subnet's effective location (then that location's ancestors), else the
-- internal provider (names stored only). docs/rdns.md describes the model.

CREATE TABLE rdns_providers (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name                text NOT NULL CONSTRAINT rdns_providers_name_key UNIQUE
                        CHECK (length(btrim(name)) > 0),
    kind                text NOT NULL
                        CONSTRAINT rdns_providers_kind_known CHECK (kind IN ('internal', 'powerdns', 'cloudflare')),
    -- PowerDNS: the webserver, e.g. http://127.0.0.1:8081 (the client adds /api/v1);
    -- Cloudflare: the API root, e.g. https://api.cloudflare.com/client/v4
    base_url            text NOT NULL DEFAULT '',
    server_id           text NOT NULL DEFAULT 'localhost' CHECK (server_id ~ '^[A-Za-z0-9._-]+$'),
    -- the reverse zone is the network of this length containing the address
    zone_prefix_v4      smallint NOT NULL DEFAULT 24
                        CONSTRAINT rdns_providers_zone_prefix_v4 CHECK (zone_prefix_v4 IN (8, 16, 24)),
    zone_prefix_v6      smallint NOT NULL DEFAULT 48
                        CONSTRAINT rdns_providers_zone_prefix_v6
                        CHECK (zone_prefix_v6 BETWEEN 4 AND 124 AND zone_prefix_v6 % 4 = 0),
    -- name servers for zones HostDeck creates (PowerDNS); none is allowed
    nameservers         text[] NOT NULL DEFAULT '{}',
    ttl                 integer NOT NULL DEFAULT 3600 CONSTRAINT rdns_providers_ttl_range CHECK (ttl BETWEEN 60 AND 86400),
    connect_timeout_ms  integer NOT NULL DEFAULT 5000 CHECK (connect_timeout_ms BETWEEN 100 AND 60000),
    timeout_ms          integer NOT NULL DEFAULT 15000 CHECK (timeout_ms BETWEEN 100 AND 300000),
    -- PowerDNS API key or Cloudflare API token; only administrators may read it
    api_secret          text NOT NULL DEFAULT '',
    CONSTRAINT rdns_providers_url_required CHECK (kind = 'internal' OR base_url ~ '^https?://[^[:space:]]+$'),
    CONSTRAINT rdns_providers_secret_required CHECK (kind = 'internal' OR length(api_secret) > 0)
);

-- A binding ties one subnet or one location to a provider.
CREATE TABLE rdns_bindings (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    provider_id  bigint NOT NULL REFERENCES rdns_providers (id) ON DELETE RESTRICT,
    subnet_id    bigint CONSTRAINT rdns_bindings_subnet_key UNIQUE REFERENCES subnets (id) ON DELETE CASCADE,
    location_id  bigint CONSTRAINT rdns_bindings_location_key UNIQUE REFERENCES locations (id) ON DELETE CASCADE,
    CONSTRAINT rdns_bindings_one_target CHECK ((subnet_id IS NULL) <> (location_id IS NULL))
);
CREATE INDEX rdns_bindings_provider_idx ON rdns_bindings (provider_id);

-- The provider responsible for a host address, or NULL for internal. Every
-- subnet containing the address's subnet is that subnet or an ancestor, so
-- the nearest subnet binding is one GiST lookup ordered by prefix length.
CREATE FUNCTION rdns_provider_for_address(p_address inet) RETURNS bigint
LANGUAGE sql STABLE AS $$
    WITH RECURSIVE
    addr AS (
        SELECT s.cidr FROM ip_addresses a JOIN subnets s ON s.id = a.subnet_id
         WHERE a.address = p_address
    ),
    by_subnet AS (
        SELECT b.provider_id FROM rdns_bindings b JOIN subnets s ON s.id = b.subnet_id, addr
         WHERE s.cidr >>= addr.cidr
         ORDER BY masklen(s.cidr) DESC LIMIT 1
    ),
    up (id, parent_id, depth) AS (
        SELECT l.id, l.parent_id, 0 FROM locations l, addr
         WHERE l.id = subnet_effective_location(addr.cidr)
        UNION ALL
        SELECT l.id, l.parent_id, up.depth + 1 FROM locations l JOIN up ON l.id = up.parent_id
    ),
    by_location AS (
        SELECT b.provider_id FROM rdns_bindings b JOIN up ON up.id = b.location_id
         ORDER BY up.depth LIMIT 1
    )
    SELECT COALESCE((SELECT provider_id FROM by_subnet), (SELECT provider_id FROM by_location))
$$;

-- Activity for provider configurations, without the secret: the log is
-- readable by everyone, the secret by administrators only. A changed secret
-- is recorded as changed, never by value.
CREATE FUNCTION rdns_providers_activity() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    old_row jsonb;
    new_row jsonb;
    changes jsonb;
    verb text;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        old_row := to_jsonb(OLD) - 'api_secret';
    END IF;
    IF TG_OP <> 'DELETE' THEN
        new_row := to_jsonb(NEW) - 'api_secret';
    END IF;
    IF TG_OP = 'INSERT' THEN
        verb := 'create';
        changes := new_row;
    ELSIF TG_OP = 'DELETE' THEN
        verb := 'delete';
        changes := old_row;
    ELSE
        verb := 'update';
        SELECT COALESCE(jsonb_object_agg(n.key, jsonb_build_object('old', o.value, 'new', n.value)), '{}'::jsonb)
          INTO changes
          FROM jsonb_each(new_row) n
          JOIN jsonb_each(old_row) o USING (key)
         WHERE n.value IS DISTINCT FROM o.value;
        IF NEW.api_secret IS DISTINCT FROM OLD.api_secret THEN
            changes := changes || '{"api_secret": "changed"}'::jsonb;
        END IF;
        IF changes = '{}'::jsonb THEN
            RETURN NULL;
        END IF;
    END IF;
    INSERT INTO activity_log (actor, action, entity_type, entity_id, detail)
    VALUES (session_user, verb, TG_TABLE_NAME, (COALESCE(new_row, old_row) ->> 'id')::bigint, changes);
    PERFORM pg_notify('hostdeck_changes',
        json_build_object('entity', TG_TABLE_NAME, 'id', (COALESCE(new_row, old_row) ->> 'id')::bigint,
                          'op', verb, 'actor', session_user)::text);
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION rdns_providers_activity() FROM PUBLIC;

CREATE TRIGGER rdns_providers_activity AFTER INSERT OR UPDATE OR DELETE ON rdns_providers
    FOR EACH ROW EXECUTE FUNCTION rdns_providers_activity();
CREATE TRIGGER rdns_bindings_activity AFTER INSERT OR UPDATE OR DELETE ON rdns_bindings
    FOR EACH ROW EXECUTE FUNCTION log_activity();

-- ---------------------------------------------------------------------------
-- Privileges: everyone sees which provider serves what, but only
-- administrators read the credentials (column-level SELECT) and change the
-- configuration.
-- ---------------------------------------------------------------------------
GRANT SELECT (id, name, kind, base_url, server_id, zone_prefix_v4, zone_prefix_v6, nameservers, ttl,
              connect_timeout_ms, timeout_ms)
    ON rdns_providers TO hostdeck_readonly;
GRANT SELECT ON rdns_bindings TO hostdeck_readonly;
GRANT SELECT, INSERT, UPDATE, DELETE ON rdns_providers TO hostdeck_admin;
GRANT INSERT, UPDATE, DELETE ON rdns_bindings TO hostdeck_admin;
