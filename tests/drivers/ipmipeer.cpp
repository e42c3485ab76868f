// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmipeer.h"

#include "dnspeers.h"

#include <QDir>
#include <QFile>

namespace hostdeck::test {

namespace {
constexpr int kStartTimeoutMs = 15000;

QString fixture(const char *name)
{
    return QStringLiteral(HOSTDECK_FIXTURES_DIR "/ipmi_sim/") + QLatin1String(name);
}

QString readTrimmed(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size()) {
        *error = path + QStringLiteral(": ") + f.errorString();
        return false;
    }
    return true;
}
} // namespace

IpmiSim::~IpmiSim()
{
    stop();
}

bool IpmiSim::running() const
{
    return m_process && m_process->state() == QProcess::Running;
}

void IpmiSim::stop()
{
    stopProcess(m_process);
}

bool IpmiSim::start()
{
    stop();
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("no temporary directory: ") + m_dir->errorString();
        return false;
    }
    m_port = freePort(true);
    if (m_port == 0) {
        m_error = QStringLiteral("no free UDP port on 127.0.0.1");
        return false;
    }
    const QDir dir(m_dir->path());
    if (!dir.mkpath(QStringLiteral("chassis"))) {
        m_error = QStringLiteral("cannot create ") + dir.filePath(QStringLiteral("chassis"));
        return false;
    }
    QFile script(fixture("chassis_control.sh"));
    if (!script.copy(dir.filePath(QStringLiteral("chassis_control.sh")))) {
        m_error = QStringLiteral("cannot copy chassis_control.sh: ") + script.errorString();
        return false;
    }
    QFile templ(fixture("lan.conf.in"));
    if (!templ.open(QIODevice::ReadOnly)) {
        m_error = templ.fileName() + QStringLiteral(": ") + templ.errorString();
        return false;
    }
    QString conf = QString::fromUtf8(templ.readAll());
    conf.replace(QStringLiteral("@PORT@"), QString::number(m_port));
    conf.replace(QStringLiteral("@CHASSIS_CONTROL@"), dir.filePath(QStringLiteral("chassis_control.sh")));
    conf.replace(QStringLiteral("@CHASSIS_STATE@"), dir.filePath(QStringLiteral("chassis")));
    if (!writeFile(dir.filePath(QStringLiteral("lan.conf")), conf.toUtf8(), &m_error))
        return false;
    return launch();
}

bool IpmiSim::restart()
{
    stop();
    if (!m_dir || m_port == 0) {
        m_error = QStringLiteral("restart() before start()");
        return false;
    }
    return launch();
}

bool IpmiSim::launch()
{
    const QDir dir(m_dir->path());
    // A fresh persistence directory each time: with persist_sdr ipmi_sim
    // would otherwise load the old SDRs and add the .emu's SDRs again.
    static int generation = 0;
    const QString state = QStringLiteral("state-%1").arg(++generation);
    if (!dir.mkpath(state)) {
        m_error = QStringLiteral("cannot create ") + dir.filePath(state);
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(dir.filePath(QStringLiteral("ipmi_sim.log")), QIODevice::Append);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->start(QStringLiteral("ipmi_sim"),
                     {QStringLiteral("-c"), dir.filePath(QStringLiteral("lan.conf")), QStringLiteral("-f"),
                      fixture("bmc.emu"), QStringLiteral("-s"), dir.filePath(state), QStringLiteral("-n")});
    if (!m_process->waitForStarted(5000)) {
        m_error = QStringLiteral("ipmi_sim did not start (package openipmi): ") + m_process->errorString();
        m_process.reset();
        return false;
    }

    // Ready when an independent client (ipmitool) gets an answer.
    const QStringList probe{
        QStringLiteral("-I"),      QStringLiteral("lanplus"), QStringLiteral("-C"),
        QStringLiteral("3"),       QStringLiteral("-H"),      QStringLiteral("127.0.0.1"),
        QStringLiteral("-p"),      QString::number(m_port),   QStringLiteral("-U"),
        QLatin1String(kAdminUser), QStringLiteral("-P"),      QLatin1String(kAdminPassword),
        QStringLiteral("-N"),      QStringLiteral("1"),       QStringLiteral("-R"),
        QStringLiteral("1"),       QStringLiteral("chassis"), QStringLiteral("power"),
        QStringLiteral("status")};
    QString last;
    if (waitUntilReady(*m_process, kStartTimeoutMs, 100, [&] {
            QProcess ipmitool;
            ipmitool.setProcessChannelMode(QProcess::MergedChannels);
            ipmitool.start(QStringLiteral("ipmitool"), probe);
            if (!ipmitool.waitForFinished(5000)) {
                ipmitool.kill();
                ipmitool.waitForFinished(2000);
            }
            last = QString::fromLocal8Bit(ipmitool.readAll()).trimmed();
            return ipmitool.exitStatus() == QProcess::NormalExit && ipmitool.exitCode() == 0 &&
                   last.startsWith(QStringLiteral("Chassis Power is"));
        }))
        return true;
    m_error =
        QStringLiteral("ipmi_sim did not answer on 127.0.0.1:%1 within %2 ms (last ipmitool output: %3; "
                       "ipmi_sim log: %4)")
            .arg(m_port)
            .arg(kStartTimeoutMs)
            .arg(last, readTrimmed(dir.filePath(QStringLiteral("ipmi_sim.log"))).right(1000));
    stop();
    return false;
}

BmcTarget IpmiSim::adminTarget() const
{
    BmcTarget t;
    t.kind = BmcTarget::Kind::Ipmi;
    t.address = QStringLiteral("127.0.0.1");
    t.port = m_port;
    t.user = QLatin1String(kAdminUser);
    t.password = QLatin1String(kAdminPassword);
    t.cipherSuite = 3;
    t.workarounds = {QStringLiteral("opensesspriv")};
    t.timeoutMs = 5000;
    return t;
}

int IpmiSim::power() const
{
    if (!m_dir)
        return -1;
    const QString v = readTrimmed(m_dir->filePath(QStringLiteral("chassis/power")));
    if (v.isEmpty())
        return 1; // the script starts the machine powered on
    return v == QLatin1String("1") ? 1 : v == QLatin1String("0") ? 0 : -1;
}

void IpmiSim::setPower(bool on)
{
    if (!m_dir)
        return;
    QString ignored;
    writeFile(m_dir->filePath(QStringLiteral("chassis/power")), on ? "1\n" : "0\n", &ignored);
}

QString IpmiSim::bootDevice() const
{
    if (!m_dir)
        return {};
    const QString v = readTrimmed(m_dir->filePath(QStringLiteral("chassis/boot")));
    return v.isEmpty() ? QStringLiteral("default") : v;
}

QStringList IpmiSim::calls() const
{
    if (!m_dir)
        return {};
    return readTrimmed(m_dir->filePath(QStringLiteral("chassis/calls.log"))).split(u'\n', Qt::SkipEmptyParts);
}

void IpmiSim::clearCalls()
{
    if (m_dir)
        QFile::remove(m_dir->filePath(QStringLiteral("chassis/calls.log")));
}

} // namespace hostdeck::test
