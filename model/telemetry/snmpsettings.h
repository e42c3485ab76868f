// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "telemetry/snmp.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace hostdeck {

/// The part of a device's SNMP settings (device_snmp) every role may read: no
/// community, no v3 user or keys.
struct SnmpInfo
{
    qint64 deviceId = 0;
    QString deviceName;
    bool configured = false; ///< false when the device has no device_snmp row
    QString address;
    int port = 161;
    SnmpTarget::Version version = SnmpTarget::Version::V2c;
    QString pduModel; ///< a key of resources/snmp/pdu-oids.json, empty for none
    bool pollInterfaces = true;
    bool enabled = true;
    int timeoutMs = 2000;
    int retries = 2;
    QDateTime lastPollAt;  ///< the poller's last attempt (UTC); invalid when never polled
    QString lastPollError; ///< empty when the last poll succeeded
    bool demo = false;     ///< demo data: the poller never contacts it (SnmpTarget::demo)
};

/// Everything an operator edits for a device's SNMP settings, credentials
/// included. `target.host`, `.port`, `.version`, `.community`, `.user`, the
/// v3 protocols and passwords, `.context` is not stored, `.timeoutMs` and
/// `.retries` map to device_snmp's columns.
struct SnmpSettings
{
    SnmpTarget target;
    QString pduModel;
    bool pollInterfaces = true;
    bool enabled = true;
};

/// One enabled device for a poller sweep: its id and name, and what to ask.
struct SnmpPollTarget
{
    qint64 deviceId = 0;
    QString deviceName;
    SnmpPollRequest request; ///< key = deviceId
};

/// device_snmp for the poller, the console and the command line. Runs on the
/// caller's connection (a worker thread's); every write is one transaction.
/// Only hostdeck_noc (and administrators) read credentials and change
/// settings; a role that may not gets an Error with code "snmp-permission",
/// SQLSTATE 42501 and a sentence saying so.
class SnmpSettingsRepository
{
public:
    explicit SnmpSettingsRepository(QSqlDatabase &db);

    /// The non-secret settings of a device (any role). SnmpInfo::configured is
    /// false when it has none; an Error when the device does not exist.
    Result<SnmpInfo> info(qint64 deviceId);

    /// The device's agent as a target for SnmpPoller, credentials included.
    /// Errors: "snmp-permission" for a role that may not read SNMP
    /// credentials, "no-snmp" when the device has no settings, and one naming
    /// the device when it does not exist.
    Result<SnmpTarget> target(qint64 deviceId);

    /// The device's full settings (NOC role), or nullopt when it has none.
    Result<std::optional<SnmpSettings>> settings(qint64 deviceId);

    /// Every enabled device_snmp row as a poll request, ordered by device
    /// name (NOC role).
    Result<QList<SnmpPollTarget>> enabledTargets();

    /// Creates or replaces the device's settings (NOC role) in one transaction.
    Status save(qint64 deviceId, const SnmpSettings &settings);
    /// Removes the device's settings (NOC role); no error when it had none.
    Status remove(qint64 deviceId);

    /// "v2c" / "v3" and back (device_snmp.version).
    static QString versionName(SnmpTarget::Version version);
    static std::optional<SnmpTarget::Version> versionFromName(const QString &name);
    /// "SHA", "SHA-256", "MD5", "none" and back (device_snmp.v3_auth_protocol).
    static QString authName(SnmpTarget::AuthProtocol protocol);
    static std::optional<SnmpTarget::AuthProtocol> authFromName(const QString &name);
    /// "AES", "DES", "none" and back (device_snmp.v3_priv_protocol).
    static QString privName(SnmpTarget::PrivProtocol protocol);
    static std::optional<SnmpTarget::PrivProtocol> privFromName(const QString &name);

private:
    QSqlDatabase &m_db;
};

} // namespace hostdeck
