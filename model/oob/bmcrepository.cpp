// SPDX-License-Identifier: GPL-3.0-or-later
#include "oob/bmcrepository.h"

#include "core/database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace hostdeck {

namespace {
// lupdate files these strings under the macro's context, the same one Text::tr() uses at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BmcRepository)
};

const QString kPermissionCode = QStringLiteral("bmc-permission");

// The workaround names device_bmc accepts (its CHECK constraint).
const QStringList kWorkarounds = {QStringLiteral("opensesspriv"),
                                  QStringLiteral("authcap"),
                                  QStringLiteral("intel20"),
                                  QStringLiteral("supermicro20"),
                                  QStringLiteral("sun20"),
                                  QStringLiteral("noauthcodecheck"),
                                  QStringLiteral("integritycheckvalue"),
                                  QStringLiteral("nochecksumcheck")};

const QString kInfoColumns = QStringLiteral(
    "d.id, d.name, COALESCE(b.bmc_kind, 'none'), COALESCE(b.bmc_address, ''), COALESCE(b.bmc_port, 0), "
    "COALESCE(b.ipmi_cipher_suite, 3), COALESCE(array_to_string(b.ipmi_workarounds, ','), ''), "
    "COALESCE(b.redfish_cert_sha256, ''), b.cert_pinned_at, COALESCE(b.demo, false), "
    "COALESCE(b.redfish_system, '')");

std::optional<BmcTarget::Kind> kindFromDb(const QString &text)
{
    if (text == QLatin1String("redfish"))
        return BmcTarget::Kind::Redfish;
    if (text == QLatin1String("ipmi"))
        return BmcTarget::Kind::Ipmi;
    return std::nullopt;
}

QString kindToDb(const std::optional<BmcTarget::Kind> &kind)
{
    return kind ? BmcTarget::kindName(*kind) : QStringLiteral("none");
}

BmcInfo infoFrom(const QSqlQuery &q)
{
    BmcInfo info;
    info.deviceId = q.value(0).toLongLong();
    info.deviceName = q.value(1).toString();
    info.kind = kindFromDb(q.value(2).toString());
    info.address = q.value(3).toString();
    info.port = q.value(4).toInt();
    info.cipherSuite = q.value(5).toInt();
    const QString workarounds = q.value(6).toString();
    if (!workarounds.isEmpty())
        info.workarounds = workarounds.split(u',');
    info.certSha256 = q.value(7).toString();
    info.certPinnedAt = q.value(8).toDateTime();
    info.demo = q.value(9).toBool();
    info.system = q.value(10).toString();
    return info;
}

// An Error with a sentence (and a machine-readable code) only.
Error failure(const QString &message, const QString &code = {})
{
    Error e;
    e.message = message;
    e.code = code;
    return e;
}

Error noDevice(qint64 deviceId)
{
    return failure(Text::tr("There is no device with id %1.").arg(deviceId));
}

// A refusal by the database's privileges, said as what the role may not do.
Error permissionError(const Error &sqlError, const QString &sentence)
{
    Error e = sqlError;
    e.message = sentence;
    e.code = kPermissionCode;
    return e;
}

Error settingsNeedNoc(const Error &sqlError)
{
    return permissionError(sqlError, Text::tr("Your role may not change BMC settings; that needs "
                                              "the NOC role (hostdeck_noc)."));
}

// Redfish addresses are base URLs; an operator may type a bare host, and a
// stored port applies when the URL names none.
QString redfishBaseUrl(const QString &address, int port)
{
    QString text = address.trimmed();
    if (!text.contains(QLatin1String("://")))
        text.prepend(QStringLiteral("https://"));
    while (text.endsWith(u'/'))
        text.chop(1);
    QUrl url(text);
    if (port > 0 && url.isValid() && url.port() == -1) {
        url.setPort(port);
        return url.toString();
    }
    return text;
}
} // namespace

BmcRepository::BmcRepository(QSqlDatabase &db)
    : m_db(db)
{}

Result<BmcInfo> BmcRepository::info(qint64 deviceId)
{
    auto q = db::exec(m_db,
                      QStringLiteral("SELECT %1 FROM devices d LEFT JOIN device_bmc b ON b.device_id = d.id "
                                     "WHERE d.id = :id")
                          .arg(kInfoColumns),
                      {{QStringLiteral("id"), deviceId}});
    if (!q)
        return q.error();
    if (!q->next())
        return noDevice(deviceId);
    return infoFrom(*q);
}

Result<BmcTarget> BmcRepository::target(qint64 deviceId)
{
    auto known = info(deviceId);
    if (!known)
        return known.error();
    if (!known->configured()) {
        return failure(Text::tr("%1 has no BMC settings.").arg(known->deviceName), QStringLiteral("no-bmc"));
    }
    auto q = db::exec(m_db,
                      QStringLiteral("SELECT bmc_username, bmc_secret FROM device_bmc WHERE device_id = :id"),
                      {{QStringLiteral("id"), deviceId}});
    if (!q) {
        if (q.error().sqlState == QLatin1String("42501"))
            return permissionError(
                q.error(), Text::tr("Your role may not use BMC credentials, so %1's BMC cannot be reached "
                                    "from here. Ask for the NOC role (hostdeck_noc).")
                               .arg(known->deviceName));
        return q.error();
    }
    if (!q->next()) // deleted between the two reads
        return failure(Text::tr("%1 has no BMC settings.").arg(known->deviceName), QStringLiteral("no-bmc"));

    BmcTarget t;
    t.kind = *known->kind;
    t.address = t.kind == BmcTarget::Kind::Redfish ? redfishBaseUrl(known->address, known->port)
                                                   : known->address.trimmed();
    t.port = t.kind == BmcTarget::Kind::Ipmi ? known->port : 0;
    t.user = q->value(0).toString();
    t.password = q->value(1).toString();
    t.cipherSuite = known->cipherSuite;
    t.workarounds = known->workarounds;
    t.pinnedCertSha256 = known->certSha256;
    t.demo = known->demo;
    t.system = known->system;
    return t;
}

Result<bool> BmcRepository::rememberWorkarounds(qint64 deviceId, const QStringList &workarounds)
{
    for (const QString &w : workarounds) {
        if (!kWorkarounds.contains(w))
            return failure(Text::tr("“%1” is not an IPMI workaround HostDeck knows (known: %2).")
                               .arg(w, kWorkarounds.join(QStringLiteral(", "))));
    }
    if (workarounds.isEmpty())
        return false;
    return db::inTransaction(m_db, [&]() -> Result<bool> {
        auto q = db::exec(
            m_db,
            QStringLiteral("UPDATE device_bmc SET ipmi_workarounds = string_to_array(:w, ',') "
                           "WHERE device_id = :id AND bmc_kind = 'ipmi' AND ipmi_workarounds = '{}'"),
            {{QStringLiteral("id"), deviceId}, {QStringLiteral("w"), workarounds.join(u',')}});
        if (!q) {
            if (q.error().sqlState == QLatin1String("42501"))
                return settingsNeedNoc(q.error());
            return q.error();
        }
        return q->numRowsAffected() == 1;
    });
}

Status BmcRepository::setRedfishSystem(qint64 deviceId, const QString &system)
{
    const QString id = system.trimmed();
    if (id.size() > 200 || id.contains(QRegularExpression(QStringLiteral("\\s"))))
        return failure(Text::tr("“%1” is not a Redfish system Id or path.").arg(system));
    return db::inTransaction(m_db, [&]() -> Status {
        auto q = db::exec(m_db,
                          QStringLiteral("UPDATE device_bmc SET redfish_system = NULLIF(:system, '') "
                                         "WHERE device_id = :id AND bmc_kind = 'redfish'"),
                          {{QStringLiteral("id"), deviceId}, {QStringLiteral("system"), id}});
        if (!q) {
            if (q.error().sqlState == QLatin1String("42501"))
                return settingsNeedNoc(q.error());
            return q.error();
        }
        if (q->numRowsAffected() != 1)
            return failure(Text::tr("The device has no Redfish BMC (any more)."));
        return {};
    });
}

Status BmcRepository::save(qint64 deviceId, const BmcSettings &settings)
{
    if (settings.kind && settings.address.trimmed().isEmpty())
        return failure(Text::tr("A BMC needs an address."));
    if (settings.port < 0 || settings.port > 65535)
        return failure(Text::tr("A BMC port is between 1 and 65535 (or empty for the default)."));
    if (settings.cipherSuite < 0 || settings.cipherSuite > 17)
        return failure(Text::tr("An IPMI cipher suite is a number from 0 to 17."));
    for (const QString &w : settings.workarounds) {
        if (!kWorkarounds.contains(w))
            return failure(Text::tr("“%1” is not an IPMI workaround HostDeck knows (known: %2).")
                               .arg(w, kWorkarounds.join(QStringLiteral(", "))));
    }
    const QVariantMap binds{
        {QStringLiteral("id"), deviceId},
        {QStringLiteral("kind"), kindToDb(settings.kind)},
        {QStringLiteral("address"), settings.address.trimmed()},
        {QStringLiteral("port"),
         settings.port > 0 ? QVariant(settings.port) : QVariant(QMetaType::fromType<int>())},
        {QStringLiteral("user"), settings.user},
        {QStringLiteral("secret"), settings.password},
        {QStringLiteral("cipher"), settings.cipherSuite},
        {QStringLiteral("workarounds"), settings.workarounds.join(u',')},
        {QStringLiteral("system"), settings.system.trimmed()},
    };
    Result<bool> r = db::inTransaction(m_db, [&]() -> Result<bool> {
        auto exists = db::exec(m_db, QStringLiteral("SELECT 1 FROM devices WHERE id = :id FOR SHARE"),
                               {{QStringLiteral("id"), deviceId}});
        if (!exists)
            return exists.error();
        if (!exists->next())
            return noDevice(deviceId);
        // A new kind or address is another BMC: its certificate must be accepted again.
        auto q = db::exec(
            m_db,
            QStringLiteral(
                "INSERT INTO device_bmc AS b (device_id, bmc_kind, bmc_address, bmc_port, bmc_username, "
                " bmc_secret, ipmi_cipher_suite, ipmi_workarounds, redfish_system) "
                "VALUES (:id, :kind, COALESCE(:address, ''), :port, COALESCE(:user, ''), COALESCE(:secret, "
                "''), :cipher, "
                " COALESCE(string_to_array(NULLIF(:workarounds, ''), ','), '{}'), NULLIF(:system, '')) "
                "ON CONFLICT (device_id) DO UPDATE SET bmc_kind = EXCLUDED.bmc_kind, "
                " bmc_address = EXCLUDED.bmc_address, bmc_port = EXCLUDED.bmc_port, "
                " bmc_username = EXCLUDED.bmc_username, bmc_secret = EXCLUDED.bmc_secret, "
                " ipmi_cipher_suite = EXCLUDED.ipmi_cipher_suite, ipmi_workarounds = "
                "EXCLUDED.ipmi_workarounds, redfish_system = EXCLUDED.redfish_system, "
                " redfish_cert_sha256 = CASE WHEN b.bmc_kind = EXCLUDED.bmc_kind "
                "  AND b.bmc_address = EXCLUDED.bmc_address THEN b.redfish_cert_sha256 END, "
                " cert_pinned_at = CASE WHEN b.bmc_kind = EXCLUDED.bmc_kind "
                "  AND b.bmc_address = EXCLUDED.bmc_address THEN b.cert_pinned_at END"),
            binds);
        if (!q)
            return q.error();
        return true;
    });
    if (!r) {
        if (r.error().sqlState == QLatin1String("42501"))
            return settingsNeedNoc(r.error());
        return r.error();
    }
    return {};
}

Status BmcRepository::pinCertificate(qint64 deviceId, const QString &sha256,
                                     const std::optional<QString> &expectedCurrent)
{
    const QString fingerprint = sha256.trimmed().toLower().remove(u':');
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(fingerprint).hasMatch())
        return failure(Text::tr("“%1” is not a SHA-256 fingerprint (64 hex digits).").arg(sha256));
    Result<bool> r = db::inTransaction(m_db, [&]() -> Result<bool> {
        auto device = db::exec(m_db, QStringLiteral("SELECT name FROM devices WHERE id = :id"),
                               {{QStringLiteral("id"), deviceId}});
        if (!device)
            return device.error();
        if (!device->next())
            return noDevice(deviceId);
        const QString name = device->value(0).toString();
        auto q = db::exec(m_db,
                          QStringLiteral("SELECT bmc_kind, COALESCE(redfish_cert_sha256, '') FROM device_bmc "
                                         "WHERE device_id = :id FOR UPDATE"),
                          {{QStringLiteral("id"), deviceId}});
        if (!q)
            return q.error();
        if (!q->next() || q->value(0).toString() != QLatin1String("redfish"))
            return failure(Text::tr("%1 has no Redfish BMC, so there is no certificate to pin.").arg(name));
        const QString current = q->value(1).toString();
        if (expectedCurrent && current != expectedCurrent->toLower()) {
            return failure(
                current.isEmpty()
                    ? Text::tr("The certificate of %1 was unpinned meanwhile; check it again.").arg(name)
                    : Text::tr("Someone pinned another certificate for %1 meanwhile (%2); check it again.")
                          .arg(name, formatFingerprint(current)),
                QStringLiteral("certificate-moved"));
        }
        auto u = db::exec(m_db,
                          QStringLiteral("UPDATE device_bmc SET redfish_cert_sha256 = :sha, "
                                         "cert_pinned_at = now() WHERE device_id = :id"),
                          {{QStringLiteral("sha"), fingerprint}, {QStringLiteral("id"), deviceId}});
        if (!u)
            return u.error();
        return true;
    });
    if (!r) {
        if (r.error().sqlState == QLatin1String("42501"))
            return permissionError(r.error(),
                                   Text::tr("Your role may not accept BMC certificates; that needs "
                                            "the NOC role (hostdeck_noc)."));
        return r.error();
    }
    return {};
}

Result<QList<BmcRackDevice>> BmcRepository::rackDevices(const QList<qint64> &rackIds)
{
    QStringList ids;
    for (qint64 id : rackIds)
        ids << QString::number(id);
    auto q =
        db::exec(m_db,
                 QStringLiteral("SELECT %1, r.id, r.name, d.u_start, d.face FROM devices d "
                                "JOIN racks r ON r.id = d.rack_id "
                                "JOIN device_bmc b ON b.device_id = d.id "
                                "WHERE d.rack_id = ANY (CAST(:racks AS bigint[])) AND b.bmc_kind <> 'none' "
                                "ORDER BY array_position(CAST(:racks AS bigint[]), r.id), d.u_start DESC, "
                                " d.face, d.name")
                     .arg(kInfoColumns),
                 {{QStringLiteral("racks"), QStringLiteral("{%1}").arg(ids.join(u','))}});
    if (!q)
        return q.error();
    QList<BmcRackDevice> out;
    while (q->next()) {
        BmcRackDevice row;
        row.bmc = infoFrom(*q);
        row.rackId = q->value(11).toLongLong();
        row.rackName = q->value(12).toString();
        row.uStart = q->value(13).toInt();
        row.face = q->value(14).toString();
        out.append(row);
    }
    return out;
}

} // namespace hostdeck
