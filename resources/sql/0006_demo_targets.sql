-- SPDX-License-Identifier: GPL-3.0-or-later
-- HostDeck schema 0006: BMC and SNMP settings that belong to the demo data.
--
-- The demo's devices carry management addresses of a fictional site
-- (10.20.0.0/16, *.mgmt.example.net) and the vendors' well-known default
-- credentials. Those addresses may well exist on the network of whoever runs
-- the demo, so no driver may ever send a packet to them: a row marked demo
-- is refused by the drivers ("demo device: there is no BMC to talk to") and
-- skipped by the poller, before any name is resolved or socket opened.
--
-- The flag goes when an operator gives the device another BMC or agent (a new
-- kind or address), the same rule that drops a pinned certificate.

ALTER TABLE device_bmc ADD COLUMN demo boolean NOT NULL DEFAULT false;
ALTER TABLE device_snmp ADD COLUMN demo boolean NOT NULL DEFAULT false;

COMMENT ON COLUMN device_bmc.demo IS 'demo data: drivers refuse to contact this BMC';
COMMENT ON COLUMN device_snmp.demo IS 'demo data: the poller and drivers refuse to contact this agent';

-- Databases that loaded the demo before this migration: mark the rows the
-- demo wrote. They are recognised by what only the demo writes together: a
-- management address of the demo site and one of the demo's credentials.
UPDATE device_bmc
   SET demo = true
 WHERE (bmc_address LIKE 'https://10.20.%' OR bmc_address LIKE '10.20.%')
   AND (bmc_username, bmc_secret) IN (('root', 'calvin'), ('USERID', 'PASSW0RD'),
                                      ('Administrator', 'demo-hpe-bmc'), ('ADMIN', 'demo-supermicro-bmc'));
UPDATE device_snmp
   SET demo = true
 WHERE (address LIKE '10.20.%' OR address LIKE '%.mgmt.example.net')
   AND version = 'v2c' AND community = 'public';

-- Every role that reads the rest of the non-secret settings reads the flag;
-- only the NOC changes it (it already holds all privileges on both tables).
GRANT SELECT (demo) ON device_bmc TO hostdeck_readonly;
GRANT SELECT (demo) ON device_snmp TO hostdeck_readonly;

-- A new address or kind is another BMC (another agent): not the demo's any more.
CREATE FUNCTION demo_target_reset() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'device_bmc' THEN
        IF NEW.bmc_kind IS DISTINCT FROM OLD.bmc_kind OR NEW.bmc_address IS DISTINCT FROM OLD.bmc_address
           OR NEW.bmc_port IS DISTINCT FROM OLD.bmc_port THEN
            NEW.demo := false;
        END IF;
    ELSIF NEW.address IS DISTINCT FROM OLD.address OR NEW.port IS DISTINCT FROM OLD.port THEN
        NEW.demo := false;
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION demo_target_reset() FROM PUBLIC;
CREATE TRIGGER device_bmc_demo_reset BEFORE UPDATE ON device_bmc
    FOR EACH ROW WHEN (OLD.demo AND NEW.demo) EXECUTE FUNCTION demo_target_reset();
CREATE TRIGGER device_snmp_demo_reset BEFORE UPDATE ON device_snmp
    FOR EACH ROW WHEN (OLD.demo AND NEW.demo) EXECUTE FUNCTION demo_target_reset();
