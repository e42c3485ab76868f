// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnspeers.h"

#include "httpclient.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTcpServer>
#include <QThread>
#include <QUdpSocket>

namespace hostdeck::test {

namespace {
constexpr int kStartTimeoutMs = 15000;
} // namespace

void stopProcess(std::unique_ptr<QProcess> &process)
{
    if (!process)
        return;
    if (process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(5000)) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
    process.reset();
}

bool waitUntilReady(const QProcess &process, int timeoutMs, int pauseMs, const std::function<bool()> &ready)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && process.state() == QProcess::Running) {
        if (ready())
            return true;
        QThread::msleep(pauseMs);
    }
    return false;
}

std::optional<quint16> waitForListening(QProcess &process, int timeoutMs, QByteArray &printed)
{
    QDeadlineTimer deadline(timeoutMs);
    printed.clear();
    while (!deadline.hasExpired() && process.state() == QProcess::Running) {
        process.waitForReadyRead(200);
        printed += process.readAllStandardOutput();
        if (const qsizetype nl = printed.indexOf('\n'); nl >= 0 && printed.startsWith("LISTENING "))
            return static_cast<quint16>(printed.mid(10, nl - 10).trimmed().toUInt());
    }
    printed += process.readAllStandardError();
    return std::nullopt;
}

quint16 freePort(bool udpToo)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QTcpServer tcp;
        if (!tcp.listen(QHostAddress::LocalHost, 0))
            continue;
        const quint16 port = tcp.serverPort();
        if (udpToo) {
            QUdpSocket udp;
            if (!udp.bind(QHostAddress::LocalHost, port))
                continue;
        }
        return port;
    }
    return 0;
}

PowerDnsServer::~PowerDnsServer()
{
    stop();
}

void PowerDnsServer::stop()
{
    stopProcess(m_process);
}

QString PowerDnsServer::webserverUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_webPort);
}

bool PowerDnsServer::start(const QString &apiKey)
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString dir = m_dir->path();
    const QString database = dir + QStringLiteral("/pdns.sqlite3");

    QProcess sqlite;
    sqlite.setStandardInputFile(QStringLiteral("/usr/share/pdns-backend-sqlite3/schema/schema.sqlite3.sql"));
    sqlite.start(QStringLiteral("sqlite3"), {database});
    if (!sqlite.waitForFinished(10000) || sqlite.exitCode() != 0) {
        m_error = QStringLiteral("sqlite3 could not create the PowerDNS schema: ") +
                  QString::fromLocal8Bit(sqlite.readAllStandardError()) + sqlite.errorString();
        return false;
    }

    m_dnsPort = freePort(true);
    m_webPort = freePort();
    QFile conf(dir + QStringLiteral("/pdns.conf"));
    if (!conf.open(QIODevice::WriteOnly)) {
        m_error = conf.errorString();
        return false;
    }
    conf.write(QStringLiteral("launch=gsqlite3\n"
                              "gsqlite3-database=%1\n"
                              "local-address=127.0.0.1\n"
                              "local-port=%2\n"
                              "socket-dir=%3\n"
                              "guardian=no\n"
                              "daemon=no\n"
                              "api=yes\n"
                              "api-key=%4\n"
                              "webserver=yes\n"
                              "webserver-address=127.0.0.1\n"
                              "webserver-port=%5\n"
                              "webserver-allow-from=127.0.0.0/8\n"
                              "loglevel=3\n")
                   .arg(database)
                   .arg(m_dnsPort)
                   .arg(dir, apiKey)
                   .arg(m_webPort)
                   .toUtf8());
    conf.close();

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(dir + QStringLiteral("/pdns.log"));
    m_process->start(QStringLiteral("pdns_server"), {QStringLiteral("--config-dir=") + dir});
    if (!m_process->waitForStarted(5000)) {
        m_error = QStringLiteral("pdns_server did not start: ") + m_process->errorString();
        return false;
    }

    HttpRequest probe;
    probe.url = webserverUrl() + QStringLiteral("/api/v1/servers/localhost");
    probe.headers = {{QByteArrayLiteral("X-API-Key"), apiKey.toUtf8()}};
    probe.connectTimeoutMs = 500;
    probe.timeoutMs = 1000;
    if (waitUntilReady(*m_process, kStartTimeoutMs, 100, [&probe] {
            auto response = HttpClient::send(probe);
            return response && response->status == 200;
        }))
        return true;
    QFile log(dir + QStringLiteral("/pdns.log"));
    log.open(QIODevice::ReadOnly);
    m_error = QStringLiteral("pdns_server did not answer on its API within %1 ms: ").arg(kStartTimeoutMs) +
              QString::fromLocal8Bit(log.readAll().right(2000));
    stop();
    return false;
}

QStringList PowerDnsServer::reverseLookup(const QString &address) const
{
    QProcess dig;
    dig.start(QStringLiteral("dig"),
              {QStringLiteral("@127.0.0.1"), QStringLiteral("-p"), QString::number(m_dnsPort),
               QStringLiteral("-x"), address, QStringLiteral("+short"), QStringLiteral("+time=2"),
               QStringLiteral("+tries=2")});
    if (!dig.waitForFinished(15000))
        return {QStringLiteral("dig did not finish")};
    return QString::fromLocal8Bit(dig.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

CloudflareFake::~CloudflareFake()
{
    stop();
}

void CloudflareFake::stop()
{
    stopProcess(m_process);
}

QString CloudflareFake::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/client/v4").arg(m_port);
}

bool CloudflareFake::start(const QString &token, const QStringList &zones)
{
    QStringList args{QStringLiteral(HOSTDECK_FIXTURES_DIR "/cloudflare_fake.py"), QStringLiteral("--token"),
                     token};
    for (const QString &zone : zones)
        args << QStringLiteral("--zone") << zone;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(QStringLiteral("/usr/bin/python3"), args);
    if (!m_process->waitForStarted(5000)) {
        m_error = QStringLiteral("the Cloudflare fake did not start: ") + m_process->errorString();
        return false;
    }
    QByteArray printed;
    if (const std::optional<quint16> port = waitForListening(*m_process, kStartTimeoutMs, printed)) {
        m_port = *port;
        return m_port != 0;
    }
    m_error =
        QStringLiteral("the Cloudflare fake did not report its port: ") + QString::fromLocal8Bit(printed);
    stop();
    return false;
}

} // namespace hostdeck::test
