// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace hostdeck {

/// How to reach one SNMP agent: a device_snmp row (schema 0005) or a direct
/// target from the command line, as a value.
struct SnmpTarget
{
    enum class Version
    {
        V2c,
        V3
    };
    enum class AuthProtocol
    {
        None,
        Sha,    ///< HMAC-SHA-96
        Sha256, ///< HMAC-SHA-256 (RFC 7860), when Net-SNMP supports it
        Md5
    };
    enum class PrivProtocol
    {
        None,
        Aes, ///< AES-128-CFB
        Des
    };

    QString host; ///< name, IPv4 or IPv6 address
    int port = 161;
    Version version = Version::V2c;
    QString community = QStringLiteral("public");
    QString user; ///< v3 security name
    AuthProtocol authProtocol = AuthProtocol::Sha;
    QString authPassword;
    PrivProtocol privProtocol = PrivProtocol::Aes;
    QString privPassword;
    QString context;      ///< v3 context name, usually empty
    int timeoutMs = 2000; ///< per request
    int retries = 2;
    int maxRepetitions = 25; ///< GETBULK max-repetitions
    /// A bound on one walk, so an agent that never ends its table cannot keep
    /// the poller busy: more rows than this is an error.
    int maxRowsPerWalk = 10000;
    /// Demo data (device_snmp.demo): the address belongs to a fictional site,
    /// so the poller refuses the target before it resolves a name or opens a
    /// socket (demoRefusal()).
    bool demo = false;

    /// "udp:host:port" / "udp6:[::1]:port" as Net-SNMP peername.
    QString peerName() const;
    /// The Error the poller returns for a demo target: code "demo-target".
    Error demoRefusal() const;
};

/// One interface of ifTable (1.3.6.1.2.1.2.2) and ifXTable (1.3.6.1.2.1.31.1.1).
struct InterfaceSample
{
    int ifIndex = 0;
    QString name;        ///< ifName, or ifDescr when the agent has no ifXTable
    QString descr;       ///< ifDescr
    QString alias;       ///< ifAlias; a null QString when the agent has none for this row
    int adminStatus = 0; ///< 1 up, 2 down, 3 testing (ifAdminStatus)
    int operStatus = 0;  ///< 1 up, 2 down, 3 testing, ... (ifOperStatus)
    /// ifHighSpeed * 1e6, else ifSpeed; 0 when unknown (no column, or ifSpeed
    /// saturated at 4294967295 with no ifHighSpeed to say more).
    quint64 speedBps = 0;
    QString mac; ///< ifPhysAddress as "aa:bb:..", empty when not 6 bytes
    quint64 inOctets = 0;
    quint64 outOctets = 0;
    /// True when the octet counters are the 64-bit ifHCIn/OutOctets; false
    /// when the agent has only the 32-bit ifIn/OutOctets.
    bool hcCounters = false;
    /// False for an interface the agent lists without octet counters in both
    /// directions (stack members, Null0, some tunnels and virtual interfaces on
    /// real switches): it has no rate and no sample, and that is no error.
    bool hasCounters = true;
    /// ifCounterDiscontinuityTime (TimeTicks), when the agent has it.
    std::optional<quint32> discontinuityTime;
};

/// One PDU outlet reading through a per-model OID map (resources/snmp/pdu-oids.json).
struct OutletSample
{
    int outlet = 0; ///< 1-based outlet number
    QString name;
    std::optional<double> watts;
};

/// What one poll of one agent returned.
struct SnmpPoll
{
    QDateTime polledAt;    ///< UTC, when the answer arrived
    quint32 sysUpTime = 0; ///< hundredths of a second since the agent restarted
    QList<InterfaceSample> interfaces;
    QList<OutletSample> outlets; ///< only when a PDU model was asked for
};

/// One agent to poll in a sweep, and what to read from it.
struct SnmpPollRequest
{
    qint64 key = 0; ///< the caller's id (a device id), returned with the result
    SnmpTarget target;
    bool interfaces = true; ///< ifTable and ifXTable
    QString pduModel;       ///< a key of the PDU OID map, or empty
};

struct SnmpPollResult
{
    qint64 key = 0;
    Result<SnmpPoll> poll = Error{};
};

/// Polls many agents concurrently. The driver (drivers/snmppoller) uses
/// Net-SNMP's asynchronous API on one thread, with per-agent timeouts and
/// retries; sweep() blocks until every agent has answered, failed or timed
/// out, and returns one result per request in the order given.
class SnmpPoller
{
public:
    virtual ~SnmpPoller() = default;
    virtual QList<SnmpPollResult> sweep(const QList<SnmpPollRequest> &requests) = 0;
    /// Sets ifAdminStatus.ifIndex to up (1) or down (2) and reads it back.
    virtual Status setAdminStatus(const SnmpTarget &target, int ifIndex, bool up) = 0;
};

} // namespace hostdeck
