-- SPDX-License-Identifier: GPL-3.0-or-later
-- HostDeck schema 0008: the activity log shows no more than its readers may read.
--
-- Every role that reads activity_log (hostdeck_readonly and the roles above it)
-- may not read every column of the tables it describes: column grants hide BMC
-- and SNMP credentials, SNMP v3 user names, rDNS provider secrets. The log of
-- such a table now leaves out every column hostdeck_readonly may not SELECT,
-- whatever the trigger's arguments name, and an update records only that such
-- a column "changed". A column added later with no grant is hidden at once.

CREATE OR REPLACE FUNCTION log_activity_filtered() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    old_row jsonb;
    new_row jsonb;
    changes jsonb;
    verb text;
    arg text;
    col text;
    hidden text[];
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
    -- Secret: named by the trigger, or not readable by the log's readers.
    SELECT array_agg(a.attname::text) INTO hidden
      FROM pg_attribute a
     WHERE a.attrelid = TG_RELID AND a.attnum > 0 AND NOT a.attisdropped
       AND NOT has_column_privilege('hostdeck_readonly', TG_RELID, a.attnum, 'SELECT');
    FOREACH arg IN ARRAY COALESCE(TG_ARGV, '{}') LOOP
        IF split_part(arg, ':', 1) = 'secret' THEN
            hidden := array_append(hidden, split_part(arg, ':', 2));
        ELSE
            col := split_part(arg, ':', 2);
            old_row := old_row - col;
            new_row := new_row - col;
        END IF;
    END LOOP;
    FOREACH col IN ARRAY COALESCE(hidden, '{}') LOOP
        IF TG_OP = 'UPDATE' AND (old_row -> col) IS DISTINCT FROM (new_row -> col) THEN
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

-- rDNS providers had a function of their own that hid the API secret by name; the
-- general one hides it (and any other column readers may not read) by privilege.
DROP TRIGGER rdns_providers_activity ON rdns_providers;
CREATE TRIGGER rdns_providers_activity AFTER INSERT OR UPDATE OR DELETE ON rdns_providers
    FOR EACH ROW EXECUTE FUNCTION log_activity_filtered();
DROP FUNCTION rdns_providers_activity();
