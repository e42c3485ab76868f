// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "oob/bmc.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace hostdeck {

/// The part of a device's BMC settings (device_bmc) every role may read: no
/// user name, no password.
struct BmcInfo
{
    qint64 deviceId = 0;
    QString deviceName;
    /// Redfish or IPMI; nullopt when the device has no row or its kind is 'none'.
    std::optional<BmcTarget::Kind> kind;
    QString address;
    int port = 0; ///< 0 = the protocol's default
    int cipherSuite = 3;
    QStringList workarounds;
    QString certSha256;     ///< the pinned Redfish certificate (64 lower-case hex), empty when none
    QDateTime certPinnedAt; ///< when it was pinned; invalid when nothing is pinned
    bool demo = false;      ///< demo data: no driver contacts it (BmcTarget::demo)
    QString system;         ///< Redfish ComputerSystem Id or path (BmcTarget::system); empty: the only one

    bool configured() const { return kind.has_value(); }
};

/// Everything an operator edits for a device's BMC, credentials included.
struct BmcSettings
{
    std::optional<BmcTarget::Kind> kind; ///< nullopt stores kind 'none' (the device has no BMC)
    QString address;
    int port = 0; ///< 0 = the protocol's default (stored as NULL)
    QString user;
    QString password;
    int cipherSuite = 3;
    QStringList workarounds;
    QString system; ///< Redfish ComputerSystem Id or path; empty: the service's only one
};

/// A device of a rack and its BMC (the bulk power dialog's rows).
struct BmcRackDevice
{
    BmcInfo bmc;
    qint64 rackId = 0;
    QString rackName;
    int uStart = 0;
    QString face; ///< "front" / "rear"
};

/// device_bmc for the console and the command line. Runs on the caller's
/// connection (a worker thread's); every write is one transaction. The
/// database enforces who may do what: only hostdeck_noc (and administrators)
/// read credentials and change settings; a role that may not gets an Error
/// with code "bmc-permission" and a sentence saying so, not the raw SQL text.
class BmcRepository
{
public:
    explicit BmcRepository(QSqlDatabase &db);

    /// The non-secret settings of a device; BmcInfo::configured() is false when
    /// the device has none. An Error when the device does not exist.
    Result<BmcInfo> info(qint64 deviceId);

    /// The device's BMC as a target for BmcFactory::open(), with its
    /// credentials and pinned certificate. Errors: code "bmc-permission" for a
    /// role that may not use BMC credentials, "no-bmc" when the device has no
    /// BMC settings, and one naming the device when it does not exist.
    Result<BmcTarget> target(qint64 deviceId);

    /// Creates or replaces the device's settings (NOC role) in one transaction.
    /// The pinned certificate stays unless the kind or the address changed.
    Status save(qint64 deviceId, const BmcSettings &settings);
    /// Names the Redfish ComputerSystem the device is (an Id or path the
    /// BMC lists); empty clears it. Activity-logged; needs the NOC role.
    Status setRedfishSystem(qint64 deviceId, const QString &system);

    /// Remembers workarounds a session found the device's BMC needs
    /// (BmcSession::learnedWorkarounds) in one transaction, activity-logged by
    /// the table's trigger. Only while the device has none configured: an
    /// operator's explicit choice is never overwritten. True when stored.
    Result<bool> rememberWorkarounds(qint64 deviceId, const QStringList &workarounds);

    /// Pins `sha256` (64 hex digits, any case) as the device's Redfish
    /// certificate and stamps cert_pinned_at (NOC role). When `expectedCurrent`
    /// is given, the pin is refused (code "certificate-moved") unless the
    /// fingerprint pinned now is that one (empty: none), so an operator never
    /// overrides a pin accepted meanwhile by someone else. The activity log
    /// records the change (device_bmc's trigger).
    Status pinCertificate(qint64 deviceId, const QString &sha256,
                          const std::optional<QString> &expectedCurrent = std::nullopt);

    /// The devices of the racks that have BMC settings (kind not 'none'), rack
    /// by rack in the order given, from the top U down; non-secret.
    Result<QList<BmcRackDevice>> rackDevices(const QList<qint64> &rackIds);

private:
    QSqlDatabase &m_db;
};

} // namespace hostdeck
