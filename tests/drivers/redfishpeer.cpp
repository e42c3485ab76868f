// SPDX-License-Identifier: GPL-3.0-or-later
#include "redfishpeer.h"

#include "dnspeers.h"
#include "httpclient.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QThread>

namespace hostdeck::test {

namespace {
constexpr int kStartTimeoutMs = 15000;
}

RedfishPeer::RedfishPeer() = default;

RedfishPeer::~RedfishPeer()
{
    stop();
}

QString RedfishPeer::url() const
{
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(m_options.https ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(m_port);
}

BmcTarget RedfishPeer::target() const
{
    BmcTarget t;
    t.kind = BmcTarget::Kind::Redfish;
    t.address = url();
    t.user = m_options.user;
    t.password = m_options.password;
    t.pinnedCertSha256 = m_sha256;
    t.connectTimeoutMs = 3000;
    t.timeoutMs = 10000;
    return t;
}

bool RedfishPeer::makeCertificate()
{
    ++m_generation;
    const QString key = m_dir->filePath(QStringLiteral("key%1.pem").arg(m_generation));
    const QString cert = m_dir->filePath(QStringLiteral("cert%1.pem").arg(m_generation));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=bmc.hostdeck.test")});
    if (!openssl.waitForFinished(20000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0) {
        m_error = QStringLiteral("openssl could not create a certificate: ") +
                  QString::fromLocal8Bit(openssl.readAllStandardError()) + openssl.errorString();
        openssl.kill();
        return false;
    }
    QProcess der;
    der.start(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-in"), cert,
                                          QStringLiteral("-outform"), QStringLiteral("DER")});
    if (!der.waitForFinished(10000) || der.exitCode() != 0) {
        m_error = QStringLiteral("openssl could not read the certificate back: ") +
                  QString::fromLocal8Bit(der.readAllStandardError());
        der.kill();
        return false;
    }
    m_sha256 = QString::fromLatin1(
        QCryptographicHash::hash(der.readAllStandardOutput(), QCryptographicHash::Sha256).toHex());
    return true;
}

bool RedfishPeer::launch()
{
    QStringList args{QStringLiteral(HOSTDECK_FIXTURES_DIR "/redfish_fake.py"),
                     QStringLiteral("--vendor"),
                     m_options.vendor,
                     QStringLiteral("--user"),
                     m_options.user,
                     QStringLiteral("--password"),
                     m_options.password,
                     QStringLiteral("--port"),
                     QString::number(m_port),
                     QStringLiteral("--request-log"),
                     m_dir->filePath(QStringLiteral("requests.jsonl"))};
    if (m_options.https)
        args << QStringLiteral("--cert") << m_dir->filePath(QStringLiteral("cert%1.pem").arg(m_generation))
             << QStringLiteral("--key") << m_dir->filePath(QStringLiteral("key%1.pem").arg(m_generation));
    if (!m_options.sessionService)
        args << QStringLiteral("--no-session-service");
    if (!m_options.vmedia.isEmpty())
        args << QStringLiteral("--vmedia") << m_options.vmedia;
    for (const QString &s : std::as_const(m_options.slow))
        args << QStringLiteral("--slow") << s;
    for (const QString &d : std::as_const(m_options.drop))
        args << QStringLiteral("--drop") << d;
    if (!m_options.maxTls.isEmpty())
        args << QStringLiteral("--max-tls") << m_options.maxTls;
    if (m_options.blades > 0)
        args << QStringLiteral("--blades") << QString::number(m_options.blades);

    m_process = std::make_unique<QProcess>();
    m_process->start(QStringLiteral("/usr/bin/python3"), args);
    if (!m_process->waitForStarted(5000)) {
        m_error = m_process->errorString();
        m_process.reset();
        return false;
    }
    QByteArray printed;
    if (waitForListening(*m_process, kStartTimeoutMs, printed))
        return true;
    m_error = QStringLiteral("the Redfish fake did not start: ") + QString::fromLocal8Bit(printed);
    stop();
    return false;
}

bool RedfishPeer::start(const Options &options)
{
    stop();
    m_options = options;
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    m_port = freePort();
    if (m_port == 0) {
        m_error = QStringLiteral("no free port");
        return false;
    }
    if (m_options.https && !makeCertificate())
        return false;
    return launch();
}

bool RedfishPeer::restart(bool newCertificate)
{
    stop();
    if (!m_dir) {
        m_error = QStringLiteral("restart() before start()");
        return false;
    }
    if (newCertificate && m_options.https && !makeCertificate())
        return false;
    // The old process has released the port; the fake sets SO_REUSEADDR.
    for (int attempt = 0; attempt < 10; ++attempt) {
        if (launch())
            return true;
        QThread::msleep(300);
    }
    return false;
}

void RedfishPeer::stop()
{
    stopProcess(m_process);
}

bool RedfishPeer::running() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QList<QJsonObject> RedfishPeer::requestLog() const
{
    QList<QJsonObject> out;
    if (!m_dir)
        return out;
    QFile file(m_dir->filePath(QStringLiteral("requests.jsonl")));
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.trimmed().isEmpty())
            out << QJsonDocument::fromJson(line).object();
    }
    return out;
}

QJsonObject RedfishPeer::state() const
{
    HttpRequest request;
    request.url = url() + QStringLiteral("/_fake/state");
    request.pinCertificate = m_options.https;
    request.pinnedSha256 = m_sha256;
    request.timeoutMs = 5000;
    auto response = HttpClient::send(request);
    if (!response || response->status != 200)
        return {};
    return QJsonDocument::fromJson(response->body).object();
}

bool RedfishPeer::setFaults(const QJsonObject &faults) const
{
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = url() + QStringLiteral("/_fake/faults");
    request.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    request.body = QJsonDocument(faults).toJson(QJsonDocument::Compact);
    request.pinCertificate = m_options.https;
    request.pinnedSha256 = m_sha256;
    request.timeoutMs = 5000;
    auto response = HttpClient::send(request);
    return response && response->status == 204;
}

} // namespace hostdeck::test
