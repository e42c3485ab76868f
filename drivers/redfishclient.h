// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "httpclient.h"
#include "oob/bmc.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace hostdeck {

/// Where a BMC is and how to log in to it.
struct RedfishConfig
{
    QString baseUrl; ///< "https://10.0.0.5" or "http://127.0.0.1:8443"; /redfish/v1 is appended
    QString user;
    QString password;
    int connectTimeoutMs = 5000;
    int timeoutMs = 30000; ///< per request
    /// https: the SHA-256 of the BMC's certificate that the operator accepted
    /// (64 hex). Over https the client always pins: the CA chain and host
    /// name are not checked, the certificate must hash to this value, and an
    /// empty or different pin fails every request before credentials are sent
    /// (Error::code "certificate-unpinned" / "certificate-changed").
    QString pinnedSha256;
    /// Carries each exchange; empty means HttpClient::send. The fuzz target
    /// answers from its input here (nothing else sets it).
    std::function<Result<HttpResponse>(const HttpRequest &)> transport;
};

/// One virtual media device of a BMC that can take a CD/DVD image, and how
/// the BMC wants it driven.
struct VirtualMediaSlot
{
    enum class Method
    {
        InsertAction,  ///< DMTF #VirtualMedia.InsertMedia / EjectMedia (Dell, XCC newer, Supermicro X13)
        HpeOemAction,  ///< iLO 5 Oem.Hpe #HpeiLOVirtualMedia.InsertVirtualMedia / EjectVirtualMedia
        SupermicroIso, ///< Supermicro X12: PATCH Host/Path of Oem VirtualMediaConfig, #IsoConfig.Mount
        Patch          ///< PATCH Image/Inserted on the member (Lenovo XCC older firmware)
    };
    QString path; ///< the member's @odata.id (Supermicro X12: the VirtualMediaConfig resource)
    QString name;
    QStringList mediaTypes;
    bool inserted = false;
    QString image;
    Method method = Method::Patch;
    bool hpeBootOnNextReset = false; ///< iLO: has Oem.Hpe.BootOnNextServerReset
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
    /// systems() read one by one for Id, serial and model, the first `limit`
    /// of them (the rest by path alone): a bound on the requests it costs.
    QList<BmcSystem> describeSystems(int limit = 64);

    /// The system's PowerState ("On", "Off", "PoweringOn", ...). `system` is
    /// one of systems(); empty means the first one.
    Result<QString> powerState(const QString &system = {});
    /// The ResetType values the BMC allows for ComputerSystem.Reset.
    Result<QStringList> allowedResetTypes(const QString &system = {});
    /// ComputerSystem.Reset with `resetType` ("On", "ForceOff", ...). A type the
    /// BMC does not allow is refused before anything is sent, naming the allowed ones.
    Status reset(const QString &resetType, const QString &system = {});

    /// Sets a one-time boot override: PATCH of the system's Boot with
    /// BootSourceOverrideTarget = `target` ("Pxe", "Cd"), Enabled "Once", and
    /// the current BootSourceOverrideMode (UEFI/Legacy) where the BMC has one.
    /// A target outside BootSourceOverrideTarget@Redfish.AllowableValues is
    /// refused before sending. Sends If-Match with the system's ETag; on HTTP
    /// 412 (changed meanwhile) it re-reads once and tries again.
    Status setBootOnce(const QString &target, const QString &system = {});

    /// The CD/DVD-capable virtual media devices, from the systems' and the
    /// managers' VirtualMedia collections (and Supermicro's Oem config).
    /// Members used by the remote console (ConnectedVia "Applet") are left out.
    Result<QList<VirtualMediaSlot>> virtualMedia();
    /// Inserts the image at `imageUrl` into the first CD/DVD device (ejecting
    /// what is in it first): by the InsertMedia action where the BMC offers
    /// one (standard or HPE's Oem), else Supermicro's Oem config + mount, else
    /// by PATCH of Image/Inserted. With `bootOnNextReset` the host boots from
    /// it once: iLO's Oem.Hpe.BootOnNextServerReset, else a "Cd" boot override.
    /// Returns the device used.
    Result<VirtualMediaSlot> insertVirtualMedia(const QString &imageUrl, bool bootOnNextReset = false);
    /// Ejects every inserted CD/DVD image (a no-op when none is inserted).
    Status ejectVirtualMedia();

    /// Model, serial, BIOS, BMC firmware, CPUs, DIMMs, NICs with MACs,
    /// storage controllers and drives (SimpleStorage when the system has no
    /// Storage collection).
    Result<BmcInventory> inventory(const QString &system = {});
    /// Temperatures and fans (Chassis Thermal), power consumption and voltages
    /// (Chassis Power) of the system's chassis.
    Result<QList<SensorReading>> sensors(const QString &system = {});

    /// An authenticated request to `path` (an @odata.id or path below the
    /// base URL); non-2xx answers become Errors with the BMC's message.
    Result<HttpResponse> request(const QByteArray &method, const QString &path, const QString &action,
                                 const QByteArray &body = {}, const QByteArray &ifMatch = {});
    /// One request, no redirect followed; request() wraps it.
    Result<HttpResponse> requestOnce(const QByteArray &method, const QString &path, const QString &action,
                                     const QByteArray &body = {}, const QByteArray &ifMatch = {});

private:
    Result<QJsonObject> getObject(const QString &path, const QString &action);
    Result<QString> systemPath(const QString &system);
    /// "Blade2 (serial BLD0002), ..." for the systems the service lists, for messages.
    QString systemList();
    Result<QJsonObject> resetAction(const QString &system, QString *path);
    Result<QStringList> allowedFor(const QJsonObject &action, const QString &path);
    Result<QStringList> members(const QJsonObject &root, const QString &name);
    Result<QStringList> collectionMembers(const QString &path, const QString &action);
    Status patchWithEtag(const QString &path, const QJsonObject &body, const QString &action,
                         bool *retried = nullptr);
    Status insertInto(const VirtualMediaSlot &slot, const QString &imageUrl);
    Status ejectFrom(const VirtualMediaSlot &slot);
    Result<HttpResponse> post(const QString &path, const QJsonObject &body, const QString &action);

    RedfishConfig m_config;
    QString m_origin;
    QByteArray m_token;
    QString m_sessionUri;
    bool m_loggedIn = false;
    QStringList m_systems;
    QStringList m_managers;
    QString m_chassisCollection;
};

} // namespace hostdeck
