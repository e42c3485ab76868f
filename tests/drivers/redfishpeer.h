// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oob/bmc.h"

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace hostdeck::test {

/// The project's Redfish BMC fake (tests/fixtures/redfish_fake.py) on a free
/// port of 127.0.0.1: HTTPS with a self-signed certificate that start()
/// generates with the openssl CLI (or plain HTTP). Started with a bounded
/// wait for its "LISTENING" line and stopped by its pid on destruction.
class RedfishPeer
{
public:
    struct Options
    {
        QString vendor = QStringLiteral("dell"); ///< dell, hpe, lenovo, supermicro
        QString user = QStringLiteral("root");
        QString password = QStringLiteral("calvin-secret");
        bool https = true;
        bool sessionService = true;
        QString vmedia;   ///< a --vmedia variant; empty = the vendor's default
        QStringList slow; ///< "PATH=SECONDS": answer PATH late
        QStringList drop; ///< PATH: close the connection without answering
        QString maxTls;   ///< "1.2": a BMC that offers nothing newer than TLS 1.2
        int blades = 0;   ///< further ComputerSystems Blade2.. (a chassis manager serving several)
    };

    RedfishPeer();
    ~RedfishPeer();
    RedfishPeer(const RedfishPeer &) = delete;
    RedfishPeer &operator=(const RedfishPeer &) = delete;

    bool start(const Options &options);
    bool start() { return start(Options{}); }
    /// Stops the fake and starts it again on the same port and with the same
    /// options; with `newCertificate` it first generates a new key and
    /// certificate (a replaced BMC, or a man in the middle).
    bool restart(bool newCertificate);
    void stop();
    bool running() const;

    QString error() const { return m_error; }
    quint16 port() const { return m_port; }
    /// "https://127.0.0.1:<port>" (http:// without TLS)
    QString url() const;
    /// SHA-256 (64 lower-case hex) of the current certificate's DER, as openssl wrote it.
    QString certificateSha256() const { return m_sha256; }
    /// A Redfish BmcTarget for the fake with the current certificate pinned
    /// and short timeouts (connect 3 s, request 10 s).
    BmcTarget target() const;

    /// The fake's request log: one object per request ("method", "path",
    /// "auth", "password_in_body") or failed TLS handshake ("event": "tls-failed").
    QList<QJsonObject> requestLog() const;
    /// GET /_fake/state: power, boot, media, ... (no credentials needed).
    QJsonObject state() const;
    /// POST /_fake/faults, e.g. {"slow": {"/redfish/v1/Systems": 5}}, {"drop": [...]},
    /// {"etag_race": 1}, {"clear": true}.
    bool setFaults(const QJsonObject &faults) const;

private:
    bool makeCertificate();
    bool launch();

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_sha256;
    QString m_error;
    int m_generation = 0;
};

} // namespace hostdeck::test
