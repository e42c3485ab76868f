// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpclient.h"
#include "result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace hostdeck {

/// Where a BMC is and how to log in to it.
struct RedfishConfig
{
    QString baseUrl; ///< "https://10.0.0.5" or "http://127.0.0.1:8443"; /redfish/v1 is appended
    QString user;
    QString password;
    int connectTimeoutMs = 5000;
    int timeoutMs = 30000; ///< per request
};

/// A client for one BMC speaking DMTF Redfish. It knows no vendor layout:
/// systems and managers are discovered from the service root, and the allowed
/// reset types are read from the BMC (inline AllowableValues or ActionInfo).
/// Every call blocks for at most the configured timeouts, so callers run it on
/// the worker pool. Failures are Errors naming the action, the HTTP status and
/// the BMC's own @Message.ExtendedInfo text.
class RedfishClient
{
public:
    explicit RedfishClient(RedfishConfig config);
    /// Ends the session if one is still open (best effort, bounded).
    ~RedfishClient();
    RedfishClient(const RedfishClient &) = delete;
    RedfishClient &operator=(const RedfishClient &) = delete;

    /// Reads the service root, opens a session (POST to the Sessions
    /// collection; HTTP Basic authentication when the BMC has no
    /// SessionService) and discovers the systems and managers.
    Status login();
    /// Deletes the session; a no-op with Basic authentication or when not logged in.
    Status logout();

    bool loggedIn() const { return m_loggedIn; }
    /// True when login() opened a session, false when it uses Basic authentication.
    bool usesSession() const { return !m_sessionUri.isEmpty(); }
    /// The @odata.id paths of the ComputerSystems and Managers, as the BMC lists them.
    QStringList systems() const { return m_systems; }
    QStringList managers() const { return m_managers; }

    /// The system's PowerState ("On", "Off", "PoweringOn", ...). `system` is
    /// one of systems(); empty means the first one.
    Result<QString> powerState(const QString &system = {});
    /// The ResetType values the BMC allows for ComputerSystem.Reset.
    Result<QStringList> allowedResetTypes(const QString &system = {});
    /// ComputerSystem.Reset with `resetType` ("On", "ForceOff", ...). A type the
    /// BMC does not allow is refused before anything is sent, naming the allowed ones.
    Status reset(const QString &resetType, const QString &system = {});

    /// An authenticated request to `path` (an @odata.id or path below the
    /// base URL); non-2xx answers become Errors with the BMC's message.
    Result<HttpResponse> request(const QByteArray &method, const QString &path, const QString &action,
                                 const QByteArray &body = {}, const QByteArray &ifMatch = {});

private:
    Result<QJsonObject> getObject(const QString &path, const QString &action);
    Result<QString> systemPath(const QString &system) const;
    Result<QJsonObject> resetAction(const QString &system, QString *path);
    Result<QStringList> allowedFor(const QJsonObject &action, const QString &path);
    Result<QStringList> members(const QJsonObject &root, const QString &name);

    RedfishConfig m_config;
    QString m_origin;
    QByteArray m_token;
    QString m_sessionUri;
    bool m_loggedIn = false;
    QStringList m_systems;
    QStringList m_managers;
};

} // namespace hostdeck
