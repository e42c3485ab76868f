-- SPDX-License-Identifier: GPL-3.0-or-later
-- HostDeck schema 0005: how the SNMP poller reaches each device (device_snmp,
-- community and v3 keys readable by hostdeck_noc only, like BMC credentials)
-- and the poller's own state. docs/snmp.md describes the poller.

-- ---------------------------------------------------------------------------
-- SNMP settings, one row per polled device (switches, PDUs).
-- ---------------------------------------------------------------------------
CREATE TABLE device_snmp (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    device_id         bigint NOT NULL CONSTRAINT device_snmp_device_key UNIQUE
                      REFERENCES devices (id) ON DELETE CASCADE,
    address           text NOT NULL CONSTRAINT device_snmp_address_required CHECK (length(btrim(address)) > 0),
    port              integer NOT NULL DEFAULT 161 CHECK (port BETWEEN 1 AND 65535),
    version           text NOT NULL DEFAULT 'v2c' CONSTRAINT device_snmp_version_known CHECK (version IN ('v2c', 'v3')),
    community         text NOT NULL DEFAULT '',
    v3_user           text NOT NULL DEFAULT '',
    v3_auth_protocol  text NOT NULL DEFAULT 'SHA'
                      CONSTRAINT device_snmp_auth_known CHECK (v3_auth_protocol IN ('SHA', 'SHA-256', 'MD5', 'none')),
    v3_auth_secret    text NOT NULL DEFAULT '',
    v3_priv_protocol  text NOT NULL DEFAULT 'AES'
                      CONSTRAINT device_snmp_priv_known CHECK (v3_priv_protocol IN ('AES', 'DES', 'none')),
    v3_priv_secret    text NOT NULL DEFAULT '',
    -- a key of the PDU outlet OID map (resources/snmp/pdu-oids.json), or NULL
    pdu_model         text,
    poll_interfaces   boolean NOT NULL DEFAULT true,
    enabled           boolean NOT NULL DEFAULT true,
    timeout_ms        integer NOT NULL DEFAULT 2000 CHECK (timeout_ms BETWEEN 100 AND 60000),
    retries           smallint NOT NULL DEFAULT 2 CHECK (retries BETWEEN 0 AND 10),
    -- the outcome of the last poll, written by the poller
    last_poll_at      timestamptz,
    last_poll_error   text,
    CONSTRAINT device_snmp_credentials CHECK (
        (version = 'v2c' AND length(community) > 0) OR (version = 'v3' AND length(v3_user) > 0))
);
CREATE TRIGGER device_snmp_activity AFTER INSERT OR UPDATE OR DELETE ON device_snmp
    FOR EACH ROW EXECUTE FUNCTION log_activity_filtered('secret:community', 'secret:v3_auth_secret',
                                                        'secret:v3_priv_secret', 'ignore:last_poll_at',
                                                        'ignore:last_poll_error');

GRANT SELECT (id, device_id, address, port, version, v3_auth_protocol, v3_priv_protocol, pdu_model,
              poll_interfaces, enabled, timeout_ms, retries, last_poll_at, last_poll_error)
    ON device_snmp TO hostdeck_readonly;
GRANT SELECT, INSERT, UPDATE, DELETE ON device_snmp TO hostdeck_noc;
