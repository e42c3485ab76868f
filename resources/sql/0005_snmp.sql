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

-- ---------------------------------------------------------------------------
-- Poller state: the last raw counter reading of every polled port, the
-- baseline the next poll's delta is computed against (model/countermath).
-- Octet counters are unsigned 64-bit, hence numeric(20,0); a 32-bit
-- (hc_counters false) reading fits 32 bits. Written by the poller (a NOC
-- role); docs/network.md "Poller storage" describes the rules.
-- ---------------------------------------------------------------------------
CREATE TABLE port_counters (
    port_id             bigint PRIMARY KEY REFERENCES ports (id) ON DELETE CASCADE,
    polled_at           timestamptz NOT NULL,
    -- sysUpTime at the reading, hundredths of a second (TimeTicks, unsigned 32-bit)
    sys_uptime          bigint NOT NULL CONSTRAINT port_counters_uptime_range
                        CHECK (sys_uptime BETWEEN 0 AND 4294967295),
    in_octets           numeric(20, 0) NOT NULL CONSTRAINT port_counters_in_range
                        CHECK (in_octets BETWEEN 0 AND 18446744073709551615),
    out_octets          numeric(20, 0) NOT NULL CONSTRAINT port_counters_out_range
                        CHECK (out_octets BETWEEN 0 AND 18446744073709551615),
    -- true: ifHCIn/OutOctets (64-bit); false: ifIn/OutOctets (32-bit)
    hc_counters         boolean NOT NULL,
    -- ifCounterDiscontinuityTime (TimeTicks) when the agent has it
    discontinuity_time  bigint CONSTRAINT port_counters_discontinuity_range
                        CHECK (discontinuity_time BETWEEN 0 AND 4294967295),
    -- what the poll that stored this reading decided about the interval before it
    last_verdict        text NOT NULL DEFAULT 'baseline'
                        CONSTRAINT port_counters_verdict_known
                        CHECK (last_verdict IN ('baseline', 'ok', 'wrapped', 'restart', 'discontinuity',
                                                'width-changed', 'reset', 'implausible', 'bad-interval')),
    CONSTRAINT port_counters_width CHECK (hc_counters OR (in_octets <= 4294967295 AND out_octets <= 4294967295))
);

GRANT SELECT ON port_counters TO hostdeck_readonly;
GRANT INSERT, UPDATE, DELETE ON port_counters TO hostdeck_noc;
