// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace hostdeck::test {

/// A TCP port on 127.0.0.1 that was free a moment ago (also free for UDP
/// when `udpToo`).
quint16 freePort(bool udpToo = false);

/// A real pdns_server (sqlite3 backend, HTTP API) on 127.0.0.1 with free
/// ports in a temporary directory; stopped (by its pid) on destruction.
class PowerDnsServer
{
public:
    ~PowerDnsServer();
    /// Starts the server and waits (bounded) until its API answers.
    bool start(const QString &apiKey);
    void stop();
    QString error() const { return m_error; }
    /// "http://127.0.0.1:<port>"
    QString webserverUrl() const;
    quint16 dnsPort() const { return m_dnsPort; }
    /// `dig @127.0.0.1 -p PORT -x ADDRESS +short`: the answer lines.
    QStringList reverseLookup(const QString &address) const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_webPort = 0;
    quint16 m_dnsPort = 0;
    QString m_error;
};

/// The project's Cloudflare API v4 fake (tests/fixtures/cloudflare_fake.py)
/// on a free port; stopped (by its pid) on destruction.
class CloudflareFake
{
public:
    ~CloudflareFake();
    bool start(const QString &token, const QStringList &zones);
    void stop();
    QString error() const { return m_error; }
    /// "http://127.0.0.1:<port>/client/v4"
    QString baseUrl() const;

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace hostdeck::test
