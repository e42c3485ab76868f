// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

namespace hostdeck::test {

/// A TCP port on 127.0.0.1 that was free a moment ago (also free for UDP
/// when `udpToo`).
quint16 freePort(bool udpToo = false);

/// Stops a peer process by its pid: SIGTERM, then SIGKILL when it has not
/// exited within 5 s (every wait bounded); resets the pointer.
void stopProcess(std::unique_ptr<QProcess> &process);

/// Calls `ready` until it returns true (then true), the process is no longer
/// running or `timeoutMs` have passed (then false), pausing `pauseMs` after
/// every false. `ready` itself must be bounded in time.
bool waitUntilReady(const QProcess &process, int timeoutMs, int pauseMs, const std::function<bool()> &ready);

/// Reads the standard output of a peer that announces itself with a first
/// line "LISTENING <port>", bounded by `timeoutMs` and by the process's exit.
/// The announced port (0 when the line names none), else std::nullopt with
/// what the peer printed (standard output, then standard error) in `printed`.
std::optional<quint16> waitForListening(QProcess &process, int timeoutMs, QByteArray &printed);

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
