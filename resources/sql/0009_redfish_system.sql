-- SPDX-License-Identifier: GPL-3.0-or-later
-- HostDeck schema 0009: which ComputerSystem of a Redfish service a device is.
--
-- One Redfish service often serves several systems (a blade chassis manager, a
-- multi-node server). The device's BMC settings name its system by Id ("Blade2",
-- "System.Embedded.1") or by path; with none named, the drivers act only when
-- the service serves exactly one system, and refuse otherwise, listing them.

ALTER TABLE device_bmc ADD COLUMN redfish_system text
    CONSTRAINT device_bmc_redfish_system_shape CHECK (redfish_system ~ '^[^\s]{1,200}$');
COMMENT ON COLUMN device_bmc.redfish_system IS 'the Redfish ComputerSystem Id or path; NULL: the only one';
GRANT SELECT (redfish_system) ON device_bmc TO hostdeck_readonly;
