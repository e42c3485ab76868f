// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/snmpsettings.h"

#include "core/database.h"

#include <QCoreApplication>

namespace hostdeck {

namespace {
// lupdate files these strings under the macro's context, the same one Text::tr() uses at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SnmpSettingsRepository)
};

const QString kPermissionCode = QStringLiteral("snmp-permission");

Error permissionError(const Error &sqlError, const QString &sentence)
{
    Error e = sqlError;
    e.message = sentence;
    e.code = kPermissionCode;
    return e;
}

/// A write's outcome, naming the NOC role when the database refused the session's role.
Status refusedWrite(const Status &written)
{
    if (!written && written.error().sqlState == QLatin1String("42501"))
        return permissionError(written.error(),
                               Text::tr("Your role may not change SNMP settings; that needs the NOC "
                                        "role (hostdeck_noc)."));
    return written;
}

Error plainError(const QString &message, const QString &code = {})
{
    Error e;
    e.message = message;
    e.code = code;
    return e;
}

// The columns every role may read, then the credentials (NOC only).
const QString kInfoColumns = QStringLiteral(
    "s.address, s.port, s.version, COALESCE(s.pdu_model, ''), s.poll_interfaces, s.enabled, s.timeout_ms, "
    "s.retries, s.last_poll_at, COALESCE(s.last_poll_error, ''), s.demo");
const QString kSecretColumns = QStringLiteral(
    "s.community, s.v3_user, s.v3_auth_protocol, s.v3_auth_secret, s.v3_priv_protocol, s.v3_priv_secret");

// A target from kInfoColumns at `first` followed by kSecretColumns.
SnmpTarget targetFrom(const QSqlQuery &q, int first)
{
    SnmpTarget t;
    t.host = q.value(first).toString();
    t.port = q.value(first + 1).toInt();
    t.version = SnmpSettingsRepository::versionFromName(q.value(first + 2).toString())
                    .value_or(SnmpTarget::Version::V2c);
    t.timeoutMs = q.value(first + 6).toInt();
    t.retries = q.value(first + 7).toInt();
    t.demo = q.value(first + 10).toBool();
    const int s = first + 11;
    t.community = q.value(s).toString();
    t.user = q.value(s + 1).toString();
    t.authProtocol = SnmpSettingsRepository::authFromName(q.value(s + 2).toString())
                         .value_or(SnmpTarget::AuthProtocol::Sha);
    t.authPassword = q.value(s + 3).toString();
    t.privProtocol = SnmpSettingsRepository::privFromName(q.value(s + 4).toString())
                         .value_or(SnmpTarget::PrivProtocol::Aes);
    t.privPassword = q.value(s + 5).toString();
    return t;
}

QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

/// One stored/displayed name of an SNMP setting's enum value.
template <typename Enum> struct Named
{
    Enum value;
    QStringView name;
};

constexpr Named<SnmpTarget::Version> kVersionNames[] = {{SnmpTarget::Version::V2c, u"v2c"},
                                                        {SnmpTarget::Version::V3, u"v3"}};
constexpr Named<SnmpTarget::AuthProtocol> kAuthNames[] = {{SnmpTarget::AuthProtocol::None, u"none"},
                                                          {SnmpTarget::AuthProtocol::Sha, u"SHA"},
                                                          {SnmpTarget::AuthProtocol::Sha256, u"SHA-256"},
                                                          {SnmpTarget::AuthProtocol::Md5, u"MD5"}};
constexpr Named<SnmpTarget::PrivProtocol> kPrivNames[] = {{SnmpTarget::PrivProtocol::None, u"none"},
                                                          {SnmpTarget::PrivProtocol::Aes, u"AES"},
                                                          {SnmpTarget::PrivProtocol::Des, u"DES"}};

/// The name of value in table, else fallback.
template <typename Enum, std::size_t N>
QString nameIn(const Named<Enum> (&table)[N], Enum value, QStringView fallback)
{
    for (const Named<Enum> &entry : table) {
        if (entry.value == value)
            return entry.name.toString();
    }
    return fallback.toString();
}

/// The value called name (case-sensitive) in table, if any.
template <typename Enum, std::size_t N>
std::optional<Enum> valueNamed(const Named<Enum> (&table)[N], const QString &name)
{
    for (const Named<Enum> &entry : table) {
        if (entry.name == name)
            return entry.value;
    }
    return std::nullopt;
}
} // namespace

SnmpSettingsRepository::SnmpSettingsRepository(QSqlDatabase &db)
    : m_db(db)
{}

QString SnmpSettingsRepository::versionName(SnmpTarget::Version version)
{
    return nameIn(kVersionNames, version, u"v2c");
}

std::optional<SnmpTarget::Version> SnmpSettingsRepository::versionFromName(const QString &name)
{
    return valueNamed(kVersionNames, name);
}

QString SnmpSettingsRepository::authName(SnmpTarget::AuthProtocol protocol)
{
    return nameIn(kAuthNames, protocol, u"SHA");
}

std::optional<SnmpTarget::AuthProtocol> SnmpSettingsRepository::authFromName(const QString &name)
{
    return valueNamed(kAuthNames, name);
}

QString SnmpSettingsRepository::privName(SnmpTarget::PrivProtocol protocol)
{
    return nameIn(kPrivNames, protocol, u"AES");
}

std::optional<SnmpTarget::PrivProtocol> SnmpSettingsRepository::privFromName(const QString &name)
{
    return valueNamed(kPrivNames, name);
}

Result<SnmpInfo> SnmpSettingsRepository::info(qint64 deviceId)
{
    auto q = db::exec(m_db,
                      QStringLiteral("SELECT d.name, s.id IS NOT NULL, ") + kInfoColumns +
                          QStringLiteral(" FROM devices d LEFT JOIN device_snmp s ON s.device_id = d.id "
                                         "WHERE d.id = :device"),
                      {{QStringLiteral("device"), deviceId}});
    if (!q)
        return q.error();
    if (!q->next())
        return plainError(Text::tr("There is no device with id %1.").arg(deviceId));
    SnmpInfo info;
    info.deviceId = deviceId;
    info.deviceName = q->value(0).toString();
    info.configured = q->value(1).toBool();
    if (!info.configured)
        return info;
    info.address = q->value(2).toString();
    info.port = q->value(3).toInt();
    info.version = versionFromName(q->value(4).toString()).value_or(SnmpTarget::Version::V2c);
    info.pduModel = q->value(5).toString();
    info.pollInterfaces = q->value(6).toBool();
    info.enabled = q->value(7).toBool();
    info.timeoutMs = q->value(8).toInt();
    info.retries = q->value(9).toInt();
    if (!q->value(10).isNull())
        info.lastPollAt = q->value(10).toDateTime().toUTC();
    info.lastPollError = q->value(11).toString();
    info.demo = q->value(12).toBool();
    return info;
}

Result<SnmpTarget> SnmpSettingsRepository::target(qint64 deviceId)
{
    auto known = info(deviceId);
    if (!known)
        return known.error();
    if (!known->configured)
        return plainError(Text::tr("Device \"%1\" has no SNMP settings.").arg(known->deviceName),
                          QStringLiteral("no-snmp"));
    auto full = settings(deviceId);
    if (!full) {
        if (full.error().code == kPermissionCode)
            return permissionError(
                full.error(), Text::tr("Your role may not read SNMP credentials, so the SNMP agent of %1 "
                                       "cannot be reached from here. Ask for the NOC role (hostdeck_noc).")
                                  .arg(known->deviceName));
        return full.error();
    }
    if (!*full) // deleted between the two reads
        return plainError(Text::tr("Device \"%1\" has no SNMP settings.").arg(known->deviceName),
                          QStringLiteral("no-snmp"));
    return (*full)->target;
}

Result<std::optional<SnmpSettings>> SnmpSettingsRepository::settings(qint64 deviceId)
{
    auto q = db::exec(m_db,
                      QStringLiteral("SELECT ") + kInfoColumns + QStringLiteral(", ") + kSecretColumns +
                          QStringLiteral(" FROM device_snmp s WHERE s.device_id = :device"),
                      {{QStringLiteral("device"), deviceId}});
    if (!q) {
        if (q.error().sqlState == QLatin1String("42501"))
            return permissionError(q.error(), Text::tr("Your role may not read SNMP credentials; that needs "
                                                       "the NOC role (hostdeck_noc)."));
        return q.error();
    }
    if (!q->next())
        return std::optional<SnmpSettings>{};
    SnmpSettings s;
    s.target = targetFrom(*q, 0);
    s.pduModel = q->value(3).toString();
    s.pollInterfaces = q->value(4).toBool();
    s.enabled = q->value(5).toBool();
    return std::optional<SnmpSettings>{s};
}

Result<QList<SnmpPollTarget>> SnmpSettingsRepository::enabledTargets()
{
    auto q = db::exec(m_db, QStringLiteral("SELECT d.id, d.name, ") + kInfoColumns + QStringLiteral(", ") +
                                kSecretColumns +
                                QStringLiteral(" FROM device_snmp s JOIN devices d ON d.id = s.device_id "
                                               "WHERE s.enabled ORDER BY d.name"));
    if (!q) {
        if (q.error().sqlState == QLatin1String("42501"))
            return permissionError(q.error(),
                                   Text::tr("Your role may not read SNMP credentials, so it cannot poll SNMP "
                                            "agents. The poller needs the NOC role (hostdeck_noc)."));
        return q.error();
    }
    QList<SnmpPollTarget> targets;
    while (q->next()) {
        SnmpPollTarget t;
        t.deviceId = q->value(0).toLongLong();
        t.deviceName = q->value(1).toString();
        t.request.key = t.deviceId;
        t.request.target = targetFrom(*q, 2);
        t.request.pduModel = q->value(5).toString();
        t.request.interfaces = q->value(6).toBool();
        targets << t;
    }
    return targets;
}

Status SnmpSettingsRepository::save(qint64 deviceId, const SnmpSettings &settings)
{
    const SnmpTarget &t = settings.target;
    if (t.host.trimmed().isEmpty())
        return plainError(Text::tr("An SNMP agent needs an address."));
    if (t.port < 1 || t.port > 65535)
        return plainError(Text::tr("The SNMP port %1 is not between 1 and 65535.").arg(t.port));
    if (t.version == SnmpTarget::Version::V2c && t.community.isEmpty())
        return plainError(Text::tr("SNMP v2c needs a community."));
    if (t.version == SnmpTarget::Version::V3 && t.user.isEmpty())
        return plainError(Text::tr("SNMP v3 needs a user name."));
    const bool v3 = t.version == SnmpTarget::Version::V3;
    return refusedWrite(db::inTransaction(m_db, [&]() -> Status {
        auto q = db::exec(
            m_db,
            QStringLiteral(
                "INSERT INTO device_snmp (device_id, address, port, version, community, v3_user, "
                " v3_auth_protocol, v3_auth_secret, v3_priv_protocol, v3_priv_secret, pdu_model, "
                " poll_interfaces, enabled, timeout_ms, retries) "
                "VALUES (:device, :address, :port, :version, :community, :user, :auth, :auth_secret, :priv, "
                " :priv_secret, :pdu, :interfaces, :enabled, :timeout, :retries) "
                "ON CONFLICT (device_id) DO UPDATE SET address = EXCLUDED.address, port = EXCLUDED.port, "
                " version = EXCLUDED.version, community = EXCLUDED.community, v3_user = EXCLUDED.v3_user, "
                " v3_auth_protocol = EXCLUDED.v3_auth_protocol, v3_auth_secret = EXCLUDED.v3_auth_secret, "
                " v3_priv_protocol = EXCLUDED.v3_priv_protocol, v3_priv_secret = EXCLUDED.v3_priv_secret, "
                " pdu_model = EXCLUDED.pdu_model, poll_interfaces = EXCLUDED.poll_interfaces, "
                " enabled = EXCLUDED.enabled, timeout_ms = EXCLUDED.timeout_ms, retries = EXCLUDED.retries"),
            {{QStringLiteral("device"), deviceId},
             {QStringLiteral("address"), t.host.trimmed()},
             {QStringLiteral("port"), t.port},
             {QStringLiteral("version"), versionName(t.version)},
             {QStringLiteral("community"), v3 ? QStringLiteral("") : notNull(t.community)},
             {QStringLiteral("user"), v3 ? notNull(t.user) : QStringLiteral("")},
             {QStringLiteral("auth"), authName(t.authProtocol)},
             {QStringLiteral("auth_secret"), v3 ? notNull(t.authPassword) : QStringLiteral("")},
             {QStringLiteral("priv"), privName(t.privProtocol)},
             {QStringLiteral("priv_secret"), v3 ? notNull(t.privPassword) : QStringLiteral("")},
             {QStringLiteral("pdu"), settings.pduModel.trimmed().isEmpty()
                                         ? QVariant(QMetaType::fromType<QString>())
                                         : QVariant(settings.pduModel.trimmed())},
             {QStringLiteral("interfaces"), settings.pollInterfaces},
             {QStringLiteral("enabled"), settings.enabled},
             {QStringLiteral("timeout"), t.timeoutMs},
             {QStringLiteral("retries"), t.retries}});
        if (!q)
            return q.error();
        return {};
    }));
}

Status SnmpSettingsRepository::remove(qint64 deviceId)
{
    return refusedWrite(db::inTransaction(m_db, [&]() -> Status {
        auto q = db::exec(m_db, QStringLiteral("DELETE FROM device_snmp WHERE device_id = :device"),
                          {{QStringLiteral("device"), deviceId}});
        if (!q)
            return q.error();
        return {};
    }));
}

} // namespace hostdeck
