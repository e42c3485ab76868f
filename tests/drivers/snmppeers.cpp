// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmppeers.h"

#include "dnspeers.h"
#include "pduoidmap.h"

#include <QDir>
#include <QFile>

#include <map>
#include <unistd.h>
#include <vector>

namespace hostdeck::test {

namespace {
constexpr int kStartTimeoutMs = 60000;

using Rec = std::map<std::vector<quint32>, QByteArray>;

std::vector<quint32> oidOf(const QString &text)
{
    const QList<quint32> list = parseNumericOid(text);
    return {list.begin(), list.end()};
}

std::vector<quint32> operator+(std::vector<quint32> oid, std::initializer_list<quint32> tail)
{
    oid.insert(oid.end(), tail);
    return oid;
}

QByteArray render(const Rec &rec)
{
    QByteArray out;
    for (const auto &[oid, value] : rec) {
        QStringList parts;
        for (quint32 subId : oid)
            parts.append(QString::number(subId));
        out += parts.join(u'.').toLatin1() + '|' + value + '\n';
    }
    return out;
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return true;
}

QString tail(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(file.readAll().right(2000));
}

const QFile::Permissions kOpenDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                    QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
} // namespace

bool snmpAnswers(quint16 port, const QStringList &authArgs, const QString &oid)
{
    QProcess get;
    QStringList args = authArgs;
    args << QStringLiteral("-On") << QStringLiteral("-m") << QString() << QStringLiteral("-M") << QString()
         << QStringLiteral("-t") << QStringLiteral("0.5") << QStringLiteral("-r") << QStringLiteral("0")
         << QStringLiteral("127.0.0.1:%1").arg(port) << oid;
    get.start(QStringLiteral("snmpget"), args);
    if (!get.waitForFinished(5000)) {
        get.kill();
        get.waitForFinished(1000);
        return false;
    }
    const QByteArray out = get.readAllStandardOutput();
    return get.exitCode() == 0 && out.startsWith(oid.toLatin1() + " = ") && !out.contains("No Such");
}

SwitchPort switchPort(const SwitchSpec &spec, int port)
{
    SwitchPort p;
    const bool tenGig = spec.ports >= 8 && port > spec.ports - 4;
    const int unit = spec.seed + 1;
    if (tenGig) {
        p.descr = QStringLiteral("TenGigabitEthernet%1/1/%2").arg(unit).arg(port - (spec.ports - 4));
        p.name = QStringLiteral("Te%1/1/%2").arg(unit).arg(port - (spec.ports - 4));
        p.speedBps = spec.hcCounters ? 10000000000ULL : 4294967295ULL;
    } else {
        p.descr = QStringLiteral("GigabitEthernet%1/0/%2").arg(unit).arg(port);
        p.name = QStringLiteral("Gi%1/0/%2").arg(unit).arg(port);
        p.speedBps = 1000000000ULL;
    }
    if (!spec.hcCounters)
        p.name = p.descr;
    p.alias = spec.hcCounters ? QStringLiteral("srv-%1-%2").arg(spec.seed).arg(port) : QString();
    p.mac = QStringLiteral("02:%1:%2:00:00:%3")
                .arg(spec.seed & 0xff, 2, 16, QLatin1Char('0'))
                .arg((spec.seed >> 8) & 0xff, 2, 16, QLatin1Char('0'))
                .arg(port & 0xff, 2, 16, QLatin1Char('0'));
    p.adminStatus = port == spec.ports ? 2 : 1;
    p.operStatus = p.adminStatus == 2 || port % 5 == 0 ? 2 : 1;
    return p;
}

QByteArray switchSnmprec(const SwitchSpec &spec)
{
    Rec rec;
    const auto system = oidOf(QStringLiteral("1.3.6.1.2.1.1"));
    const auto ifTable = oidOf(QStringLiteral("1.3.6.1.2.1.2.2.1"));
    const auto ifXTable = oidOf(QStringLiteral("1.3.6.1.2.1.31.1.1.1"));
    rec[system + std::initializer_list<quint32>{1, 0}] =
        "4|HostDeck test switch " + QByteArray::number(spec.seed);
    rec[system + std::initializer_list<quint32>{2, 0}] = "6|1.3.6.1.4.1.99999.2";
    rec[system + std::initializer_list<quint32>{3, 0}] = "67:numeric|rate=100,initial=100000";
    rec[system + std::initializer_list<quint32>{5, 0}] = "4|switch" + QByteArray::number(spec.seed);
    rec[oidOf(QStringLiteral("1.3.6.1.2.1.2.1.0"))] = "2|" + QByteArray::number(spec.ports);
    for (quint32 i = 1; i <= static_cast<quint32>(spec.ports); ++i) {
        const SwitchPort p = switchPort(spec, static_cast<int>(i));
        const QByteArray n = QByteArray::number(i);
        rec[ifTable + std::initializer_list<quint32>{1, i}] = "2|" + n;
        rec[ifTable + std::initializer_list<quint32>{2, i}] = "4|" + p.descr.toLatin1();
        rec[ifTable + std::initializer_list<quint32>{3, i}] = "2|6";
        rec[ifTable + std::initializer_list<quint32>{4, i}] = "2|1500";
        rec[ifTable + std::initializer_list<quint32>{5, i}] =
            "66|" + QByteArray::number(std::min<quint64>(p.speedBps, 4294967295ULL));
        rec[ifTable + std::initializer_list<quint32>{6, i}] = "4x|" + p.mac.toLatin1().replace(':', "");
        rec[ifTable + std::initializer_list<quint32>{7, i}] =
            spec.settableAdminStatus ? "2:writecache|value=" + QByteArray::number(p.adminStatus)
                                     : "2|" + QByteArray::number(p.adminStatus);
        rec[ifTable + std::initializer_list<quint32>{8, i}] = "2|" + QByteArray::number(p.operStatus);
        rec[ifTable + std::initializer_list<quint32>{10, i}] =
            "65:numeric|rate=" + QByteArray::number(1000 * i) + ",initial=" + QByteArray::number(1000 * i);
        rec[ifTable + std::initializer_list<quint32>{16, i}] =
            "65:numeric|rate=" + QByteArray::number(500 * i) + ",initial=" + QByteArray::number(2000 * i);
        if (!spec.hcCounters)
            continue;
        rec[ifXTable + std::initializer_list<quint32>{1, i}] = "4|" + p.name.toLatin1();
        rec[ifXTable + std::initializer_list<quint32>{6, i}] =
            "70:numeric|rate=" + QByteArray::number(1000000 * i) +
            ",initial=" + QByteArray::number(10000000000ULL + 1000 * i);
        rec[ifXTable + std::initializer_list<quint32>{10, i}] =
            "70:numeric|rate=" + QByteArray::number(500000 * i) +
            ",initial=" + QByteArray::number(20000000000ULL + 1000 * i);
        rec[ifXTable + std::initializer_list<quint32>{15, i}] =
            "66|" + QByteArray::number(p.speedBps / 1000000);
        rec[ifXTable + std::initializer_list<quint32>{18, i}] = "4|" + p.alias.toLatin1();
        rec[ifXTable + std::initializer_list<quint32>{19, i}] = "67|0";
    }
    return render(rec);
}

qint64 pduRawPower(int outlet)
{
    return 100 + 10 * outlet;
}

QByteArray pduSnmprec(const QString &modelKey, int outlets)
{
    auto model = PduOidMap::builtIn().model(modelKey);
    if (!model)
        return {};
    // The instance shape of each vendor's table: leading index parts before the outlet number.
    std::vector<quint32> lead;
    QByteArray powerType = "2";
    if (modelKey == QLatin1String("raritan-px2")) {
        lead = {1}; // pduId
        powerType = "66";
    } else if (modelKey == QLatin1String("servertech-pro2")) {
        lead = {1, 1}; // unit, input cord
    }
    Rec rec;
    rec[oidOf(QStringLiteral("1.3.6.1.2.1.1.3.0"))] = "67:numeric|rate=100,initial=500";
    const std::vector<quint32> nameOid(model->outletName.oid.begin(), model->outletName.oid.end());
    const std::vector<quint32> powerOid(model->outletPower.oid.begin(), model->outletPower.oid.end());
    const std::vector<quint32> suffix(model->outletPower.suffix.begin(), model->outletPower.suffix.end());
    for (quint32 n = 1; n <= static_cast<quint32>(outlets); ++n) {
        std::vector<quint32> name = nameOid;
        name.insert(name.end(), lead.begin(), lead.end());
        name.push_back(n);
        rec[name] = "4|outlet-" + QByteArray::number(n);
        std::vector<quint32> power = powerOid;
        power.insert(power.end(), lead.begin(), lead.end());
        power.push_back(n);
        if (!suffix.empty()) {
            std::vector<quint32> decoy = power; // another sensor type of the same table (rmsCurrent = 1)
            decoy.push_back(1);
            rec[decoy] = powerType + "|999999";
            power.insert(power.end(), suffix.begin(), suffix.end());
        }
        rec[power] = powerType + '|' + QByteArray::number(pduRawPower(static_cast<int>(n)));
    }
    return render(rec);
}

// ---- snmpsimd --------------------------------------------------------------

SnmpSimulator::~SnmpSimulator()
{
    stop();
}

void SnmpSimulator::stop()
{
    stopProcess(m_process);
}

qint64 SnmpSimulator::pid() const
{
    return m_process ? m_process->processId() : 0;
}

bool SnmpSimulator::start(const QMap<QString, QByteArray> &files, int endpoints, const SnmpSimV3User &v3)
{
    if (files.isEmpty() || endpoints < 1) {
        m_error = QStringLiteral("no data files or endpoints");
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>();
    const QString dir = m_dir->path();
    QFile::setPermissions(dir, kOpenDir);
    QDir().mkpath(dir + QStringLiteral("/data"));
    QDir().mkpath(dir + QStringLiteral("/cache"));
    QFile::setPermissions(dir + QStringLiteral("/data"), kOpenDir);
    QFile::setPermissions(dir + QStringLiteral("/cache"), kOpenDir | QFile::WriteGroup | QFile::WriteOther);
    for (auto it = files.begin(); it != files.end(); ++it) {
        if (!writeFile(dir + QStringLiteral("/data/") + it.key() + QStringLiteral(".snmprec"), it.value(),
                       &m_error))
            return false;
    }
    QStringList args{QStringLiteral("--data-dir=") + dir + QStringLiteral("/data"),
                     QStringLiteral("--cache-dir=") + dir + QStringLiteral("/cache")};
    m_ports.clear();
    for (int i = 0; i < endpoints; ++i) {
        const quint16 port = freePort(true);
        if (port == 0 || m_ports.contains(port)) {
            m_error = QStringLiteral("no free UDP port");
            return false;
        }
        m_ports.append(port);
        args << QStringLiteral("--agent-udpv4-endpoint=127.0.0.1:%1").arg(port);
    }
    if (geteuid() == 0)
        args << QStringLiteral("--process-user=nobody") << QStringLiteral("--process-group=nogroup");
    if (!v3.user.isEmpty()) {
        args << QStringLiteral("--v3-user=") + v3.user << QStringLiteral("--v3-auth-key=") + v3.authKey
             << QStringLiteral("--v3-auth-proto=") + v3.authProtocol
             << QStringLiteral("--v3-priv-key=") + v3.privKey
             << QStringLiteral("--v3-priv-proto=") + v3.privProtocol;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(dir + QStringLiteral("/snmpsimd.log"));
    m_process->start(QStringLiteral("snmpsimd"), args);
    if (!m_process->waitForStarted(5000)) {
        m_error = QStringLiteral("snmpsimd did not start: ") + m_process->errorString();
        return false;
    }
    const QStringList auth{QStringLiteral("-v2c"), QStringLiteral("-c"), files.firstKey()};
    QList<quint16> waiting = m_ports;
    if (waitUntilReady(*m_process, kStartTimeoutMs, 200, [&] {
            // Every port in turn; each probe is bounded, and so is the list.
            while (!waiting.isEmpty() &&
                   snmpAnswers(waiting.first(), auth, QStringLiteral(".1.3.6.1.2.1.1.3.0")))
                waiting.removeFirst();
            return waiting.isEmpty();
        }))
        return true;
    m_error = QStringLiteral("snmpsimd did not answer within %1 ms: ").arg(kStartTimeoutMs) +
              tail(dir + QStringLiteral("/snmpsimd.log"));
    stop();
    return false;
}

// ---- snmpd -----------------------------------------------------------------

SnmpdAgent::~SnmpdAgent()
{
    stop();
}

void SnmpdAgent::stop()
{
    stopProcess(m_process);
}

bool SnmpdAgent::start(const QString &community, const QString &user, const QString &authPassword,
                       const QString &privPassword)
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString dir = m_dir->path();
    m_port = freePort(true);
    const QByteArray conf = QStringLiteral("agentAddress udp:127.0.0.1:%1\n"
                                           "rocommunity %2 127.0.0.1\n"
                                           "createUser %3 SHA \"%4\" AES \"%5\"\n"
                                           "rouser %3 priv\n")
                                .arg(m_port)
                                .arg(community, user, authPassword, privPassword)
                                .toUtf8();
    if (!writeFile(dir + QStringLiteral("/snmpd.conf"), conf, &m_error))
        return false;
    QDir().mkpath(dir + QStringLiteral("/persist"));
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(dir + QStringLiteral("/snmpd.out"));
    m_process->start(QStringLiteral("snmpd"),
                     {QStringLiteral("-f"), QStringLiteral("-C"), QStringLiteral("-c"),
                      dir + QStringLiteral("/snmpd.conf"),
                      QStringLiteral("--persistentDir=") + dir + QStringLiteral("/persist"),
                      QStringLiteral("-m"), QString(), QStringLiteral("-M"), QString(), QStringLiteral("-Lf"),
                      dir + QStringLiteral("/snmpd.log"), QStringLiteral("-p"),
                      dir + QStringLiteral("/snmpd.pid")});
    if (!m_process->waitForStarted(5000)) {
        m_error = QStringLiteral("snmpd did not start: ") + m_process->errorString();
        return false;
    }
    const QStringList auth{QStringLiteral("-v2c"), QStringLiteral("-c"), community};
    if (waitUntilReady(*m_process, kStartTimeoutMs, 200,
                       [&] { return snmpAnswers(m_port, auth, QStringLiteral(".1.3.6.1.2.1.1.3.0")); }))
        return true;
    m_error = QStringLiteral("snmpd did not answer: ") + tail(dir + QStringLiteral("/snmpd.log")) +
              tail(dir + QStringLiteral("/snmpd.out"));
    stop();
    return false;
}

// ---- hostile agent -----------------------------------------------------------

HostileSnmpAgent::~HostileSnmpAgent()
{
    stop();
}

void HostileSnmpAgent::stop()
{
    stopProcess(m_process);
}

bool HostileSnmpAgent::start()
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral(HOSTDECK_FIXTURES_DIR "/snmp_hostile.py")});
    if (!m_process->waitForStarted(5000)) {
        m_error = QStringLiteral("the hostile SNMP agent did not start: ") + m_process->errorString();
        return false;
    }
    QByteArray printed;
    if (const std::optional<quint16> port = waitForListening(*m_process, 15000, printed)) {
        m_port = *port;
        return m_port != 0;
    }
    m_error =
        QStringLiteral("the hostile SNMP agent did not report its port: ") + QString::fromLocal8Bit(printed);
    stop();
    return false;
}

} // namespace hostdeck::test
