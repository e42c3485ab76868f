// SPDX-License-Identifier: GPL-3.0-or-later
#include "dcim/dcimrepository.h"

#include "core/database.h"
#include "dcim/rackplacement.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace hostdeck {

namespace {
// lupdate files these strings under the macro's context, the same one Text::tr() uses at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DcimRepository)
};

const QString kRackColumns = QStringLiteral(
    "r.id, r.location_id, r.name, r.position, r.u_height, r.power_budget_kw::float8, r.circuit_amps::float8, "
    "r.voltage, r.redundancy, COALESCE(r.customer_id, 0), COALESCE(c.name, ''), p.allocated_watts");
const QString kRackFrom = QStringLiteral(
    " FROM racks r JOIN rack_power p ON p.rack_id = r.id LEFT JOIN customers c ON c.id = r.customer_id");
// The location :loc and everything below it (site > room > cage).
const QString kLocationSubtree = QStringLiteral(
    "(WITH RECURSIVE sub(id) AS (SELECT CAST(:loc AS bigint) "
    " UNION ALL SELECT l.id FROM locations l JOIN sub ON l.parent_id = sub.id) SELECT id FROM sub)");

Rack rackFrom(const QSqlQuery &q)
{
    Rack r;
    r.id = q.value(0).toLongLong();
    r.locationId = q.value(1).toLongLong();
    r.name = q.value(2).toString();
    r.position = q.value(3).toInt();
    r.uHeight = q.value(4).toInt();
    r.powerBudgetKw = q.value(5).toDouble();
    r.circuitAmps = q.value(6).toDouble();
    r.voltage = q.value(7).toInt();
    r.redundancy = q.value(8).toString();
    r.customerId = q.value(9).toLongLong();
    r.customerName = q.value(10).toString();
    r.allocatedWatts = q.value(11).toLongLong();
    return r;
}

const QString kDeviceSelect = QStringLiteral(
    "SELECT d.id, d.device_type_id, t.kind, d.name, COALESCE(d.serial, ''), COALESCE(d.asset_tag, ''), "
    " d.manufacturer, d.model, d.warranty_expires, d.disposition, d.watts, COALESCE(d.customer_id, 0), "
    " COALESCE(c.name, ''), d.full_depth, t.half_width, t.u_height, d.notes, COALESCE(r.name, ''), "
    " COALESCE(d.rack_id, 0), d.mount, d.face, d.width, COALESCE(d.u_start, 0), COALESCE(d.u_end, 0) "
    "FROM devices d JOIN device_types t ON t.id = d.device_type_id "
    "LEFT JOIN customers c ON c.id = d.customer_id LEFT JOIN racks r ON r.id = d.rack_id ");

Device deviceFrom(const QSqlQuery &q)
{
    Device d;
    d.id = q.value(0).toLongLong();
    d.typeId = q.value(1).toLongLong();
    d.typeKind = q.value(2).toString();
    d.name = q.value(3).toString();
    d.serial = q.value(4).toString();
    d.assetTag = q.value(5).toString();
    d.manufacturer = q.value(6).toString();
    d.model = q.value(7).toString();
    d.warrantyExpires = q.value(8).toDate();
    d.disposition = dispositionFromString(q.value(9).toString()).value_or(Disposition::Available);
    d.watts = q.value(10).toInt();
    d.customerId = q.value(11).toLongLong();
    d.customerName = q.value(12).toString();
    d.fullDepth = q.value(13).toBool();
    d.halfWidthType = q.value(14).toBool();
    d.typeUHeight = q.value(15).toInt();
    d.notes = q.value(16).toString();
    d.rackName = q.value(17).toString();
    d.placement.rackId = q.value(18).toLongLong();
    d.placement.mount = mountFromString(q.value(19).toString()).value_or(Mount::Rack);
    d.placement.face = faceFromString(q.value(20).toString()).value_or(Face::Front);
    d.placement.width = widthFromString(q.value(21).toString()).value_or(WidthSlot::Full);
    d.placement.uStart = q.value(22).toInt();
    d.placement.uEnd = q.value(23).toInt();
    return d;
}

QVariant nullIfEmpty(const QString &s)
{
    return s.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s.trimmed());
}

QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

QVariantMap placementBinds(const Placement &p)
{
    const bool racked = p.rackId != 0;
    return {
        {QStringLiteral("rack"), nullIfZero(p.rackId)},
        {QStringLiteral("mount"), toDbString(p.mount)},
        {QStringLiteral("face"), toDbString(p.face)},
        {QStringLiteral("width"), toDbString(p.width)},
        {QStringLiteral("u_start"), racked ? QVariant(p.uStart) : QVariant(QMetaType::fromType<int>())},
        {QStringLiteral("u_end"), racked ? QVariant(p.uEnd) : QVariant(QMetaType::fromType<int>())},
    };
}

// A null QString binds as SQL NULL; these columns are NOT NULL with '' meaning "none".
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariantMap propertyBinds(const DeviceProperties &p)
{
    return {
        {QStringLiteral("name"), notNull(p.name.trimmed())},
        {QStringLiteral("serial"), nullIfEmpty(p.serial)},
        {QStringLiteral("asset_tag"), nullIfEmpty(p.assetTag)},
        {QStringLiteral("manufacturer"), notNull(p.manufacturer.trimmed())},
        {QStringLiteral("model"), notNull(p.model.trimmed())},
        {QStringLiteral("warranty"),
         p.warrantyExpires.isValid() ? QVariant(p.warrantyExpires) : QVariant(QMetaType::fromType<QDate>())},
        {QStringLiteral("disposition"), toDbString(p.disposition)},
        {QStringLiteral("watts"), p.watts},
        {QStringLiteral("customer"), nullIfZero(p.customerId)},
        {QStringLiteral("notes"), notNull(p.notes)},
    };
}

Status validate(const DeviceProperties &p)
{
    if (p.name.trimmed().isEmpty())
        return Error::failure(Text::tr("A device needs a name."));
    if (p.watts < 0)
        return Error::failure(Text::tr("Watts cannot be negative."));
    return {};
}
} // namespace

DcimRepository::DcimRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QList<Location>> DcimRepository::locations()
{
    auto q =
        db::exec(m_db, QStringLiteral("SELECT id, COALESCE(parent_id, 0), kind, code, name FROM locations "
                                      "ORDER BY parent_id NULLS FIRST, code"));
    if (!q)
        return q.error();
    QList<Location> result;
    while (q->next())
        result.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                       q->value(3).toString(), q->value(4).toString()});
    return result;
}

Result<QList<Customer>> DcimRepository::customers()
{
    auto q = db::exec(m_db, QStringLiteral("SELECT id, code, name FROM customers ORDER BY name"));
    if (!q)
        return q.error();
    QList<Customer> result;
    while (q->next())
        result.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString()});
    return result;
}

Result<QList<DeviceType>> DcimRepository::deviceTypes()
{
    auto q = db::exec(
        m_db, QStringLiteral("SELECT id, manufacturer, model, kind, u_height, full_depth, half_width, "
                             "watts FROM device_types ORDER BY kind, manufacturer, model"));
    if (!q)
        return q.error();
    QList<DeviceType> result;
    while (q->next())
        result.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                       q->value(3).toString(), q->value(4).toInt(), q->value(5).toBool(),
                       q->value(6).toBool(), q->value(7).toInt()});
    return result;
}

Result<QList<Rack>> DcimRepository::racks(qint64 locationId)
{
    const QString where =
        locationId == 0 ? QString() : QStringLiteral(" WHERE r.location_id IN ") + kLocationSubtree;
    auto q = db::exec(m_db,
                      QStringLiteral("SELECT ") + kRackColumns + kRackFrom + where +
                          QStringLiteral(" ORDER BY r.location_id, r.position, r.name"),
                      locationId == 0 ? QVariantMap{} : QVariantMap{{QStringLiteral("loc"), locationId}});
    if (!q)
        return q.error();
    QList<Rack> result;
    while (q->next())
        result.append(rackFrom(*q));
    return result;
}

Result<Rack> DcimRepository::rack(qint64 id, const QString &name)
{
    auto q = id != 0 ? db::exec(m_db,
                                QStringLiteral("SELECT ") + kRackColumns + kRackFrom +
                                    QStringLiteral(" WHERE r.id = :id"),
                                {{QStringLiteral("id"), id}})
                     : db::exec(m_db,
                                QStringLiteral("SELECT ") + kRackColumns + kRackFrom +
                                    QStringLiteral(" WHERE lower(r.name) = lower(:name)"),
                                {{QStringLiteral("name"), name}});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::failure(id != 0 ? Text::tr("There is no rack with id %1.").arg(id)
                                      : Text::tr("There is no rack named \"%1\".").arg(name));
    return rackFrom(*q);
}

Result<RackContents> DcimRepository::rackContents(qint64 rackId)
{
    auto r = rack(rackId);
    if (!r)
        return r.error();
    auto q = db::exec(m_db,
                      kDeviceSelect +
                          QStringLiteral("WHERE d.rack_id = :rack ORDER BY d.mount, d.u_start DESC, d.width"),
                      {{QStringLiteral("rack"), rackId}});
    if (!q)
        return q.error();
    RackContents contents{*r, {}};
    while (q->next())
        contents.devices.append(deviceFrom(*q));
    return contents;
}

Result<QList<RackContents>> DcimRepository::locationContents(qint64 locationId)
{
    auto rs = racks(locationId);
    if (!rs)
        return rs.error();
    QList<RackContents> result;
    QHash<qint64, qsizetype> index;
    for (const Rack &r : *rs) {
        index.insert(r.id, result.size());
        result.append({r, {}});
    }
    auto q = db::exec(m_db,
                      kDeviceSelect +
                          QStringLiteral("WHERE d.rack_id IN (SELECT id FROM racks WHERE location_id IN ") +
                          kLocationSubtree + QStringLiteral(") ORDER BY d.rack_id, d.mount, d.u_start DESC"),
                      {{QStringLiteral("loc"), locationId}});
    if (!q)
        return q.error();
    while (q->next()) {
        Device d = deviceFrom(*q);
        const auto it = index.constFind(d.placement.rackId);
        if (it != index.constEnd())
            result[*it].devices.append(d);
    }
    return result;
}

Result<Device> DcimRepository::device(qint64 id, const QString &name)
{
    auto q = id != 0 ? db::exec(m_db, kDeviceSelect + QStringLiteral("WHERE d.id = :id"),
                                {{QStringLiteral("id"), id}})
                     : db::exec(m_db, kDeviceSelect + QStringLiteral("WHERE lower(d.name) = lower(:name)"),
                                {{QStringLiteral("name"), name}});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::failure(id != 0 ? Text::tr("There is no device with id %1.").arg(id)
                                      : Text::tr("There is no device named \"%1\".").arg(name));
    return deviceFrom(*q);
}

Result<Device> DcimRepository::deviceByNameOrId(const QString &nameOrId)
{
    auto byName = device(0, nameOrId);
    if (byName || !byName.error().sqlState.isEmpty())
        return byName;
    bool numeric = false;
    const qint64 id = nameOrId.toLongLong(&numeric);
    if (numeric && id > 0) {
        if (auto byId = device(id); byId || !byId.error().sqlState.isEmpty())
            return byId;
    }
    return byName;
}

Result<QList<DeviceHit>> DcimRepository::search(const QString &text, int limit)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return QList<DeviceHit>{};
    // LIKE wildcards in the input are literal.
    QString escaped = needle.toLower();
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    auto q = db::exec(
        m_db,
        QStringLiteral(
            "SELECT d.id, d.name, COALESCE(d.serial, ''), COALESCE(d.asset_tag, ''), COALESCE(d.rack_id, 0), "
            " COALESCE(r.name, ''), COALESCE(r.location_id, 0), COALESCE(d.u_start, 0), "
            " COALESCE(lower(d.name) = :exact OR lower(d.serial) = :exact OR lower(d.asset_tag) = :exact, "
            "false) AS exact "
            "FROM devices d LEFT JOIN racks r ON r.id = d.rack_id "
            "WHERE lower(d.name) LIKE :prefix OR lower(d.serial) LIKE :prefix OR lower(d.asset_tag) LIKE "
            ":prefix "
            "   OR lower(d.name) LIKE :infix "
            "ORDER BY exact DESC, (lower(d.name) LIKE :prefix) DESC, d.name LIMIT :limit"),
        {{QStringLiteral("exact"), needle.toLower()},
         {QStringLiteral("prefix"), escaped + u'%'},
         {QStringLiteral("infix"), u'%' + escaped + u'%'},
         {QStringLiteral("limit"), limit}});
    if (!q)
        return q.error();
    QList<DeviceHit> hits;
    while (q->next()) {
        DeviceHit h;
        h.deviceId = q->value(0).toLongLong();
        h.name = q->value(1).toString();
        h.serial = q->value(2).toString();
        h.assetTag = q->value(3).toString();
        h.rackId = q->value(4).toLongLong();
        h.rackName = q->value(5).toString();
        h.roomId = q->value(6).toLongLong();
        h.uStart = q->value(7).toInt();
        h.exact = q->value(8).toBool();
        hits.append(h);
    }
    return hits;
}

Status DcimRepository::explainOverlap(qint64 deviceId, const Placement &to, Error error)
{
    // Name the device in the way, read after the failed transaction ended.
    auto contents = rackContents(to.rackId);
    auto moving = device(deviceId);
    if (contents && moving) {
        const auto verdict = RackPlacement::check(contents->rack, contents->devices, *moving, to);
        if (!verdict.ok)
            error.message = verdict.reason;
    }
    return error;
}

Status DcimRepository::moveDevice(qint64 deviceId, const Placement &to)
{
    QVariantMap binds = placementBinds(to);
    binds.insert(QStringLiteral("id"), deviceId);
    Result<bool> moved = db::inTransaction(m_db, [&]() -> Result<bool> {
        auto q = db::exec(m_db,
                          QStringLiteral("UPDATE devices SET rack_id = :rack, mount = :mount, face = :face, "
                                         "width = :width, u_start = :u_start, u_end = :u_end WHERE id = :id"),
                          binds);
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return Error::failure(Text::tr("There is no device with id %1.").arg(deviceId));
        return true;
    });
    if (!moved) {
        if (moved.error().sqlState == QLatin1String("23P01") && to.rackId != 0)
            return explainOverlap(deviceId, to, moved.error());
        return moved.error();
    }
    return {};
}

Result<qint64> DcimRepository::createDevice(qint64 typeId, const DeviceProperties &properties,
                                            const Placement &placement)
{
    if (Status s = validate(properties); !s)
        return s.error();
    QVariantMap binds = propertyBinds(properties);
    binds.insert(placementBinds(placement));
    binds.insert(QStringLiteral("type"), typeId);
    return db::inTransaction(m_db, [&]() -> Result<qint64> {
        auto q =
            db::exec(m_db,
                     QStringLiteral(
                         "INSERT INTO devices (device_type_id, name, serial, asset_tag, manufacturer, model, "
                         " warranty_expires, disposition, watts, customer_id, notes, rack_id, mount, face, "
                         " width, u_start, u_end) "
                         "VALUES (:type, :name, :serial, :asset_tag, :manufacturer, :model, :warranty, "
                         " :disposition, :watts, :customer, :notes, :rack, :mount, :face, :width, :u_start, "
                         " :u_end) RETURNING id"),
                     binds);
        if (!q)
            return q.error();
        q->next();
        return q->value(0).toLongLong();
    });
}

Status DcimRepository::updateDevice(qint64 deviceId, const DeviceProperties &properties)
{
    if (Status s = validate(properties); !s)
        return s;
    QVariantMap binds = propertyBinds(properties);
    binds.insert(QStringLiteral("id"), deviceId);
    Result<bool> r = db::inTransaction(m_db, [&]() -> Result<bool> {
        auto q = db::exec(
            m_db,
            QStringLiteral("UPDATE devices SET name = :name, serial = :serial, asset_tag = :asset_tag, "
                           "manufacturer = :manufacturer, model = :model, warranty_expires = :warranty, "
                           "disposition = :disposition, watts = :watts, customer_id = :customer, "
                           "notes = :notes WHERE id = :id"),
            binds);
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return Error::failure(Text::tr("There is no device with id %1.").arg(deviceId));
        return true;
    });
    if (!r)
        return r.error();
    return {};
}

Status DcimRepository::setDisposition(qint64 deviceId, Disposition disposition)
{
    Result<bool> r = db::inTransaction(m_db, [&]() -> Result<bool> {
        auto q = db::exec(m_db, QStringLiteral("UPDATE devices SET disposition = :d WHERE id = :id"),
                          {{QStringLiteral("d"), toDbString(disposition)}, {QStringLiteral("id"), deviceId}});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return Error::failure(Text::tr("There is no device with id %1.").arg(deviceId));
        return true;
    });
    if (!r)
        return r.error();
    return {};
}

Status DcimRepository::deleteDevice(qint64 deviceId)
{
    Result<bool> r = db::inTransaction(m_db, [&]() -> Result<bool> {
        auto q = db::exec(m_db, QStringLiteral("DELETE FROM devices WHERE id = :id"),
                          {{QStringLiteral("id"), deviceId}});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return Error::failure(Text::tr("There is no device with id %1.").arg(deviceId));
        return true;
    });
    if (!r)
        return r.error();
    return {};
}

} // namespace hostdeck
