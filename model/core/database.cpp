// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/database.h"

#include "core/migrator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>

namespace hostdeck::db {

namespace {
// lupdate files these strings under the macro's context, the same one Text::tr() uses at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

struct ConstraintText
{
    const char *name;
    const char *text;
};

// Sentences for the schema's named rules; the database's own text follows in detail.
const ConstraintText kConstraints[] = {
    {"devices_no_overlap",
     QT_TRANSLATE_NOOP("Database", "That space in the rack is already occupied by another device.")},
    {"devices_u_within_rack",
     QT_TRANSLATE_NOOP("Database", "The device would extend past the top of the rack.")},
    {"devices_u_start_positive", QT_TRANSLATE_NOOP("Database", "U positions start at 1.")},
    {"devices_u_order", QT_TRANSLATE_NOOP("Database", "The device's last U lies below its first U.")},
    {"devices_height_matches_type",
     QT_TRANSLATE_NOOP("Database", "The U range does not match the device type's height.")},
    {"devices_zero_u_side",
     QT_TRANSLATE_NOOP("Database", "0U devices mount in a side channel; other devices in the rack.")},
    {"devices_half_width_type",
     QT_TRANSLATE_NOOP("Database", "Only half-width device types can sit in half a U.")},
    {"devices_position_complete",
     QT_TRANSLATE_NOOP("Database", "A racked device needs a rack, a first U and a last U.")},
    {"devices_name_key", QT_TRANSLATE_NOOP("Database", "Another device already has that name.")},
    {"devices_serial_key", QT_TRANSLATE_NOOP("Database", "Another device already has that serial number.")},
    {"devices_asset_tag_key", QT_TRANSLATE_NOOP("Database", "Another device already has that asset tag.")},
    {"racks_name_key", QT_TRANSLATE_NOOP("Database", "Another rack already has that name.")},
    {"devices_name_ci_key",
     QT_TRANSLATE_NOOP("Database",
                       "Another device already has that name (names are compared without case).")},
    {"racks_name_ci_key",
     QT_TRANSLATE_NOOP("Database", "Another rack already has that name (names are compared without case).")},
    {"locations_code_key", QT_TRANSLATE_NOOP("Database", "Another location already has that code.")},
    {"customers_code_key", QT_TRANSLATE_NOOP("Database", "Another customer already has that code.")},
    {"subnets_cidr_key", QT_TRANSLATE_NOOP("Database", "That subnet already exists.")},
    {"subnets_no_sibling_overlap",
     QT_TRANSLATE_NOOP("Database",
                       "That subnet overlaps another subnet at the same level of the prefix tree.")},
    {"subnets_ip_version_matches",
     QT_TRANSLATE_NOOP("Database", "The subnet's IP version does not match its address family.")},
    {"subnets_prefix_range",
     QT_TRANSLATE_NOOP("Database", "Subnets run from /8 to /32 for IPv4 and from /12 to /128 for IPv6.")},
    {"device_bmc_redfish_system_shape",
     QT_TRANSLATE_NOOP("Database",
                       "A Redfish system is named by its Id or path: up to 200 characters, no blanks.")},
    {"subnets_children_tile_parent",
     QT_TRANSLATE_NOOP("Database",
                       "The subnets inside a subdivided subnet must cover it: delete or merge whole "
                       "blocks (or run \"hostdeck ipam repair\").")},
    {"subnets_not_ipv4_mapped",
     QT_TRANSLATE_NOOP("Database", "IPv4-mapped IPv6 space (::ffff:0:0/96) holds IPv4 addresses; manage them "
                                   "as IPv4.")},
    {"subnets_subdivided_not_assigned",
     QT_TRANSLATE_NOOP("Database",
                       "A subdivided subnet cannot itself be allocated to a customer, service or device.")},
    {"subnets_unallocated_not_assigned",
     QT_TRANSLATE_NOOP("Database", "An unallocated subnet cannot have a customer, service or device.")},
    {"subnets_status_known",
     QT_TRANSLATE_NOOP("Database", "A subnet is unallocated, allocated or subdivided.")},
    {"ip_addresses_address_key", QT_TRANSLATE_NOOP("Database", "That IP address is already in use.")},
    {"ip_addresses_host_address",
     QT_TRANSLATE_NOOP("Database",
                       "An IP address record holds a single address (/32 or /128), not a network.")},
    {"ip_addresses_purpose_known", QT_TRANSLATE_NOOP("Database", "Unknown IP address purpose.")},
    {"ip_addresses_rdns_hostname",
     QT_TRANSLATE_NOOP("Database", "The reverse DNS name is not a valid host name.")},
    {"vlans_location_vid_key",
     QT_TRANSLATE_NOOP("Database", "That location already has a VLAN with that ID.")},
    {"vlans_vid_range", QT_TRANSLATE_NOOP("Database", "VLAN IDs run from 1 to 4094.")},
    {"products_name_key", QT_TRANSLATE_NOOP("Database", "Another product already has that name.")},
    {"products_ipam_config_shape",
     QT_TRANSLATE_NOOP("Database", "The product's IPAM configuration is malformed (mode full or disabled; "
                                   "rules of type ip or subnet).")},
    {"services_status_known", QT_TRANSLATE_NOOP("Database", "Unknown service status.")},
    {"ports_device_name_key",
     QT_TRANSLATE_NOOP("Database", "That device already has a port with that name.")},
    {"ports_device_if_index_key",
     QT_TRANSLATE_NOOP("Database", "That device already has a port with that interface index.")},
    {"ports_kind_known", QT_TRANSLATE_NOOP("Database", "Unknown port kind.")},
    {"ports_front_has_rear",
     QT_TRANSLATE_NOOP("Database",
                       "A patch panel front port maps to exactly one rear port; other ports map to none.")},
    {"ports_rear_port_key",
     QT_TRANSLATE_NOOP("Database", "That rear port is already mapped to another front port.")},
    {"cables_type_known",
     QT_TRANSLATE_NOOP(
         "Database", "Unknown cable type: use Cat5e, Cat6, Cat6a, Cat7, OM3, OM4, SM fibre, DAC or twinax.")},
    {"cables_distinct_ends", QT_TRANSLATE_NOOP("Database", "A cable connects two different ports.")},
    {"cables_colour_format", QT_TRANSLATE_NOOP("Database", "A cable colour is a colour name or #rrggbb.")},
    {"traffic_samples_at_aligned",
     QT_TRANSLATE_NOOP("Database", "Sample times must fall on a 5-minute boundary.")},
    {"power_samples_at_aligned",
     QT_TRANSLATE_NOOP("Database", "Sample times must fall on a 5-minute boundary.")},
    {"device_bmc_fingerprint_format",
     QT_TRANSLATE_NOOP("Database", "A certificate fingerprint is 64 lower-case hex digits (SHA-256).")},
};

QString constraintName(const QString &databaseText)
{
    static const QRegularExpression re(QStringLiteral("constraint \"([A-Za-z0-9_]+)\""));
    const auto match = re.match(databaseText);
    return match.hasMatch() ? match.captured(1) : QString();
}
} // namespace

bool isConnectionLost(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
        state == QLatin1String("57P02") || state == QLatin1String("57P03"))
        return true;
    if (error.type() == QSqlError::ConnectionError)
        return true;
    const QString text = error.databaseText() + error.driverText();
    return text.contains(QLatin1String("server closed the connection")) ||
           text.contains(QLatin1String("no connection to the server")) ||
           text.contains(QLatin1String("terminating connection")) ||
           text.contains(QLatin1String("could not send data to server")) ||
           text.contains(QLatin1String("connection to server"));
}

Error fromSqlError(const QSqlError &error, const QString &context)
{
    Error e;
    e.sqlState = error.nativeErrorCode();
    e.detail = error.databaseText().trimmed();
    if (e.detail.isEmpty())
        e.detail = error.driverText().trimmed();
    e.connectionLost = isConnectionLost(error);

    QString sentence;
    if (e.connectionLost) {
        sentence = Text::tr("The connection to the database was lost.");
    } else if (e.sqlState == QLatin1String("42501")) {
        sentence = Text::tr("Permission denied: your database role may not do this.");
    } else if (e.sqlState == QLatin1String("23P01") || e.sqlState == QLatin1String("23505") ||
               e.sqlState == QLatin1String("23514")) {
        const QString name = constraintName(e.detail);
        for (const auto &c : kConstraints) {
            if (name == QLatin1String(c.name)) {
                sentence = QCoreApplication::translate("Database", c.text);
                break;
            }
        }
        // Trigger-raised check violations carry their own complete sentence.
        if (e.sqlState == QLatin1String("23514") &&
            !e.detail.contains(QLatin1String("violates check constraint")))
            sentence = e.detail.section(QLatin1Char('\n'), 0, 0)
                           .remove(QRegularExpression(QStringLiteral("^ERROR:\\s*")));
    }
    if (sentence.isEmpty() && e.sqlState == QLatin1String("22P02") &&
        e.detail.contains(QLatin1String("invalid cidr value")))
        sentence = Text::tr(
            "That is not a network in CIDR form; its host bits must be zero (10.0.0.0/8, not 10.0.0.1/8).");
    if (sentence.isEmpty())
        sentence = e.detail.isEmpty() ? Text::tr("The database reported an unknown error.") : e.detail;
    e.message = context.isEmpty() ? sentence : context + QStringLiteral(": ") + sentence;
    return e;
}

Result<QSqlDatabase> open(const ConnectionSettings &settings, const QString &connectionName, bool checkSchema)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::failure(
            Text::tr("Qt's PostgreSQL driver (QPSQL) is not installed. Install it: apt-get install "
                     "libqt6sql6-psql"));
    QSqlDatabase db = QSqlDatabase::contains(connectionName)
                          ? QSqlDatabase::database(connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (db.isOpen())
        db.close();
    if (!settings.conninfo.isEmpty()) {
        // libpq's own connection string as the driver's options, and nothing else: QPSQL appends
        // its options to "host=... dbname=..." built from the fields, which stay empty here, so
        // libpq alone reads the string (and the PG* environment, and pg_service.conf).
        db.setHostName(QString());
        db.setPort(-1);
        db.setDatabaseName(QString());
        db.setUserName(QString());
        db.setPassword(QString());
        db.setConnectOptions(settings.conninfo);
    } else {
        db.setHostName(settings.host);
        db.setPort(settings.port);
        db.setDatabaseName(settings.database);
        db.setUserName(settings.user);
        db.setPassword(settings.password);
        db.setConnectOptions(QStringLiteral("application_name=hostdeck;connect_timeout=5"));
    }
    if (!db.open()) {
        Error e = fromSqlError(db.lastError());
        e.connectionLost = true;
        e.message =
            Text::tr("Cannot connect to %1: %2").arg(settings.describe(), e.detail.section(u'\n', 0, 0));
        return e;
    }
    if (checkSchema) {
        Migrator migrator;
        auto status = migrator.status(db);
        if (!status)
            return status.error();
        if (status->current > status->latest) {
            db.close();
            return Error::failure(
                Text::tr("The database schema is at version %1, newer than this HostDeck understands (%2). "
                         "Upgrade HostDeck before using this database.")
                    .arg(status->current)
                    .arg(status->latest));
        }
    }
    return db;
}

Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantMap &binds)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return fromSqlError(query.lastError());
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        query.bindValue(u':' + it.key(), it.value());
    if (!query.exec())
        return fromSqlError(query.lastError());
    return query;
}

Status execScript(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return fromSqlError(query.lastError());
    // QPSQL reports only the first statement's outcome from exec(); a later
    // statement's error surfaces only while stepping through the results.
    while (query.nextResult()) {
    }
    if (query.lastError().isValid())
        return fromSqlError(query.lastError());
    return {};
}

Transaction::Transaction(QSqlDatabase &db)
    : m_db(db)
{}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::begin()
{
    if (!m_db.transaction())
        return fromSqlError(m_db.lastError());
    m_open = true;
    return {};
}

Status Transaction::commit()
{
    if (!m_open)
        return {};
    if (!m_db.commit()) {
        Error e = fromSqlError(m_db.lastError());
        rollback();
        return e;
    }
    m_open = false;
    return {};
}

void Transaction::rollback()
{
    if (m_open) {
        m_db.rollback();
        m_open = false;
    }
}

} // namespace hostdeck::db
