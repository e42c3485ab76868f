// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace hostdeck::test {

/// What a generated switch .snmprec holds (for snmpsimd).
struct SwitchSpec
{
    int ports = 48;
    /// With ifXTable (ifName, ifHCIn/OutOctets growing, ifHighSpeed, ifAlias,
    /// ifCounterDiscontinuityTime); false: ifTable only with growing 32-bit counters.
    bool hcCounters = true;
    int seed = 0; ///< varies MACs and names so agents are told apart
    /// ifAdminStatus as snmpsim "writecache" values, so SET works and is read back.
    bool settableAdminStatus = true;
};

/// The expected values of port `port` (1-based) of a generated switch.
struct SwitchPort
{
    QString name;  ///< ifName (or ifDescr without ifXTable)
    QString descr; ///< ifDescr
    QString alias;
    QString mac;
    quint64 speedBps = 0;
    int adminStatus = 0;
    int operStatus = 0;
};
SwitchPort switchPort(const SwitchSpec &spec, int port);

/// A .snmprec text for a switch: sysDescr, sysUpTime (growing), ifNumber,
/// ifTable and (hcCounters) ifXTable rows, sorted by OID.
QByteArray switchSnmprec(const SwitchSpec &spec);
/// A .snmprec text for a PDU with `outlets` outlets in the layout of the
/// OID-map model `modelKey` (resources/snmp/pdu-oids.json): outlet N is named
/// "outlet-N" and draws pduRawPower(N) raw units. Empty when the model is unknown.
QByteArray pduSnmprec(const QString &modelKey, int outlets);
qint64 pduRawPower(int outlet);

/// The one SNMPv3 user snmpsimd accepts (its --v3-* options).
struct SnmpSimV3User
{
    QString user;                                 ///< empty: no v3
    QString authProtocol = QStringLiteral("SHA"); ///< snmpsimd --v3-auth-proto
    QString authKey;
    QString privProtocol = QStringLiteral("AES"); ///< snmpsimd --v3-priv-proto
    QString privKey;
};

/// snmpsimd (snmpsim 0.4.5) serving generated data files on one or more UDP
/// endpoints on 127.0.0.1 (every file on every endpoint; the community or v3
/// context is the file's base name). Runs as nobody/nogroup when we are root.
/// Stopped (by its pid) on destruction.
class SnmpSimulator
{
public:
    ~SnmpSimulator();
    /// Writes `files` (community -> .snmprec text) and starts snmpsimd; waits
    /// (bounded) until every endpoint answers a GET for the first file.
    bool start(const QMap<QString, QByteArray> &files, int endpoints = 1,
               const SnmpSimV3User &v3 = SnmpSimV3User());
    void stop();
    QString error() const { return m_error; }
    QList<quint16> ports() const { return m_ports; }
    quint16 port() const { return m_ports.value(0); }
    qint64 pid() const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QList<quint16> m_ports;
    QString m_error;
};

/// A real net-snmp snmpd on 127.0.0.1 (free UDP port) with a v2c read-only
/// community and a v3 authPriv (SHA/AES) user; serves the host's own ifTable.
class SnmpdAgent
{
public:
    ~SnmpdAgent();
    bool start(const QString &community, const QString &user, const QString &authPassword,
               const QString &privPassword);
    void stop();
    QString error() const { return m_error; }
    quint16 port() const { return m_port; }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};

/// tests/fixtures/snmp_hostile.py: a misbehaving v2c agent; the community
/// selects the misbehaviour (see the script's docstring).
class HostileSnmpAgent
{
public:
    ~HostileSnmpAgent();
    bool start();
    void stop();
    QString error() const { return m_error; }
    quint16 port() const { return m_port; }

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};

/// `snmpget -v2c` (or v3 args) of one OID with short timeouts: true when the agent answered.
bool snmpAnswers(quint16 port, const QStringList &authArgs, const QString &oid);

} // namespace hostdeck::test
