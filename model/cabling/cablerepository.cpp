// SPDX-License-Identifier: GPL-3.0-or-later
#include "cabling/cablerepository.h"

#include "core/database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace hostdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CableRepository)
};

QVariant optionalLength(const std::optional<double> &length)
{
    return length ? QVariant(*length) : QVariant(QMetaType(QMetaType::Double));
}

// A bigint[] literal for a bound parameter: "{1,2,3}".
QString idArray(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

QVariantMap specBinds(const CableSpec &spec)
{
    return {{QStringLiteral("a"), spec.portA},     {QStringLiteral("b"), spec.portB},
            {QStringLiteral("type"), spec.type},   {QStringLiteral("colour"), spec.colour},
            {QStringLiteral("label"), spec.label}, {QStringLiteral("length"), optionalLength(spec.lengthM)}};
}

CableInfo cableFrom(const QSqlQuery &q, int first)
{
    CableInfo c;
    c.id = q.value(first).toLongLong();
    c.portA = q.value(first + 1).toLongLong();
    c.portB = q.value(first + 2).toLongLong();
    c.type = q.value(first + 3).toString();
    c.colour = q.value(first + 4).toString();
    c.label = q.value(first + 5).toString();
    if (!q.value(first + 6).isNull())
        c.lengthM = q.value(first + 6).toDouble();
    return c;
}

const QString kCableColumns =
    QStringLiteral("c.id, c.port_a, c.port_b, c.type, c.colour, c.label, c.length_m");

// Natural order of port names: "Ethernet2" before "Ethernet10", case-insensitive.
// (QCollator's numeric mode depends on ICU, which a Qt build may lack.)
bool naturalLess(const QString &l, const QString &r)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < l.size() && j < r.size()) {
        if (l.at(i).isDigit() && r.at(j).isDigit()) {
            qsizetype ie = i;
            qsizetype je = j;
            while (ie < l.size() && l.at(ie).isDigit())
                ++ie;
            while (je < r.size() && r.at(je).isDigit())
                ++je;
            // Compare the numbers without converting them (no overflow): leading zeros off, then length, then
            // digits.
            QStringView a = QStringView(l).mid(i, ie - i);
            QStringView b = QStringView(r).mid(j, je - j);
            while (a.size() > 1 && a.front() == u'0')
                a = a.mid(1);
            while (b.size() > 1 && b.front() == u'0')
                b = b.mid(1);
            if (a.size() != b.size())
                return a.size() < b.size();
            if (const int c = a.compare(b); c != 0)
                return c < 0;
            i = ie;
            j = je;
            continue;
        }
        const QChar a = l.at(i).toCaseFolded();
        const QChar b = r.at(j).toCaseFolded();
        if (a != b)
            return a < b;
        ++i;
        ++j;
    }
    if ((l.size() - i) != (r.size() - j))
        return (l.size() - i) < (r.size() - j);
    return l < r; // same ignoring case and zeros: a stable, total order
}
} // namespace

const QStringList &cableTypes()
{
    static const QStringList types = {
        QStringLiteral("Cat5e"),    QStringLiteral("Cat6"), QStringLiteral("Cat6a"),
        QStringLiteral("Cat7"),     QStringLiteral("OM3"),  QStringLiteral("OM4"),
        QStringLiteral("SM fibre"), QStringLiteral("DAC"),  QStringLiteral("twinax")};
    return types;
}

const QList<NamedCableColour> &namedCableColours()
{
    static const QList<NamedCableColour> colours = {
        {QStringLiteral("grey"), QStringLiteral("#808080")},
        {QStringLiteral("light grey"), QStringLiteral("#c8c8c8")},
        {QStringLiteral("blue"), QStringLiteral("#1f5fd1")},
        {QStringLiteral("light blue"), QStringLiteral("#6fb7f0")},
        {QStringLiteral("aqua"), QStringLiteral("#00b5c8")},
        {QStringLiteral("green"), QStringLiteral("#2e9e3e")},
        {QStringLiteral("yellow"), QStringLiteral("#f2d21b")},
        {QStringLiteral("orange"), QStringLiteral("#f08a1c")},
        {QStringLiteral("red"), QStringLiteral("#d62f2f")},
        {QStringLiteral("pink"), QStringLiteral("#f06fb0")},
        {QStringLiteral("purple"), QStringLiteral("#8a3fc2")},
        {QStringLiteral("violet"), QStringLiteral("#a070e0")},
        {QStringLiteral("white"), QStringLiteral("#f4f4f4")},
        {QStringLiteral("black"), QStringLiteral("#202020")},
    };
    return colours;
}

bool isValidCableColour(const QString &colour)
{
    // The same expression as the schema's cables_colour_format.
    static const QRegularExpression re(QStringLiteral("^(#[0-9A-Fa-f]{6}|[a-z]+( [a-z]+)?)$"));
    return re.match(colour).hasMatch();
}

QString cableColourHex(const QString &colour)
{
    static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (hex.match(colour).hasMatch())
        return colour.toLower();
    for (const auto &named : namedCableColours()) {
        if (named.name == colour)
            return named.hex;
    }
    return {};
}

CableRepository::CableRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Error CableRepository::explain(const Error &error, const CableSpec &spec)
{
    Error e = error;
    const QString text = error.detail + QLatin1Char(' ') + error.message;
    if (text.contains(QLatin1String("already has a cable"))) {
        static const QRegularExpression re(
            QStringLiteral("port \"(.*)\" of device \"(.*)\" already has a cable"));
        const auto m = re.match(text);
        if (m.hasMatch())
            e.message = Text::tr("Port \"%1\" of %2 already has a cable. Remove that cable first or choose a "
                                 "free port.")
                            .arg(m.captured(1), m.captured(2));
        else
            e.message = Text::tr("One of the ports already has a cable. A port takes at most one cable.");
    } else if (text.contains(QLatin1String("cables_distinct_ends"))) {
        e.message = Text::tr("Both ends are the same port. A cable connects two different ports.");
    } else if (text.contains(QLatin1String("cables_type_known"))) {
        e.message =
            Text::tr("\"%1\" is not a cable type. Use Cat5e, Cat6, Cat6a, Cat7, OM3, OM4, SM fibre, DAC "
                     "or twinax.")
                .arg(spec.type);
    } else if (text.contains(QLatin1String("cables_colour_format"))) {
        e.message = Text::tr("\"%1\" is not a cable colour. Use a colour name such as \"blue\" or "
                             "\"light grey\", or #rrggbb.")
                        .arg(spec.colour);
    } else if (text.contains(QLatin1String("cables_length_positive"))) {
        e.message = Text::tr("A cable's length must be more than 0 m.");
    } else if (error.sqlState == QLatin1String("22003")) {
        e.message = Text::tr("A cable's length is at most 99999.99 m.");
    } else if (error.sqlState == QLatin1String("23503")) {
        e.message = Text::tr("One end of the cable is a port that does not exist (any more).");
    }
    return e;
}

Result<PortRef> CableRepository::port(qint64 portId)
{
    auto q = db::exec(m_db,
                      QStringLiteral("SELECT p.id, p.name, p.kind, d.id, d.name FROM ports p "
                                     "JOIN devices d ON d.id = p.device_id WHERE p.id = :id"),
                      {{QStringLiteral("id"), portId}});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::failure(Text::tr("There is no port with id %1.").arg(portId));
    return PortRef{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                   q->value(3).toLongLong(), q->value(4).toString()};
}

Result<std::optional<CableInfo>> CableRepository::cableAt(qint64 portId)
{
    auto q = db::exec(m_db,
                      QStringLiteral("SELECT ") + kCableColumns +
                          QStringLiteral(" FROM cables c WHERE c.port_a = :port OR c.port_b = :port"),
                      {{QStringLiteral("port"), portId}});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<CableInfo>();
    return std::optional<CableInfo>(cableFrom(*q, 0));
}

Result<PanelPorts> CableRepository::panelPorts(qint64 deviceId)
{
    auto device = db::exec(m_db, QStringLiteral("SELECT name FROM devices WHERE id = :id"),
                           {{QStringLiteral("id"), deviceId}});
    if (!device)
        return device.error();
    if (!device->next())
        return Error::failure(Text::tr("There is no device with id %1.").arg(deviceId));
    PanelPorts panel;
    panel.deviceId = deviceId;
    panel.deviceName = device->value(0).toString();

    // Each port with its cable, the port at the cable's other end, and the last
    // hop of the path through that cable.
    auto q = db::exec(
        m_db,
        QStringLiteral("SELECT p.id, p.name, p.kind, COALESCE(p.connector, ''), p.label, p.rear_port_id, ") +
            kCableColumns +
            QStringLiteral(
                ", op.id, op.name, op.kind, od.id, od.name, "
                " far.port_id, far.port_name, far.port_kind, far.device_id, far.device_name, far.via "
                "FROM ports p "
                "LEFT JOIN cable_ends e ON e.port_id = p.id "
                "LEFT JOIN cables c ON c.id = e.cable_id "
                "LEFT JOIN ports op ON op.id = CASE WHEN c.port_a = p.id THEN c.port_b ELSE c.port_a END "
                "LEFT JOIN devices od ON od.id = op.device_id "
                "LEFT JOIN LATERAL (SELECT t.port_id, t.port_name, t.port_kind, t.device_id, "
                "  t.device_name, t.via FROM cable_trace(p.id) t WHERE c.id IS NOT NULL "
                "  ORDER BY t.hop DESC LIMIT 1) far ON true "
                "WHERE p.device_id = :device"),
        {{QStringLiteral("device"), deviceId}});
    if (!q)
        return q.error();

    QHash<qint64, PortConnection> ports;
    QHash<qint64, qint64> rearOf; // front port id -> rear port id
    QList<qint64> order;
    while (q->next()) {
        PortConnection c;
        c.portId = q->value(0).toLongLong();
        c.portName = q->value(1).toString();
        c.portKind = q->value(2).toString();
        c.connector = q->value(3).toString();
        c.label = q->value(4).toString();
        if (!q->value(5).isNull())
            rearOf.insert(c.portId, q->value(5).toLongLong());
        if (!q->value(6).isNull()) {
            c.cable = cableFrom(*q, 6);
            c.peer = PortRef{q->value(13).toLongLong(), q->value(14).toString(), q->value(15).toString(),
                             q->value(16).toLongLong(), q->value(17).toString()};
            if (!q->value(18).isNull()) {
                c.farEnd =
                    PortRef{q->value(18).toLongLong(), q->value(19).toString(), q->value(20).toString(),
                            q->value(21).toLongLong(), q->value(22).toString()};
                c.farLoop = q->value(23).toString() == QLatin1String("loop");
                c.farTruncated = q->value(23).toString() == QLatin1String("truncated");
            }
        }
        order << c.portId;
        ports.insert(c.portId, c);
    }

    QSet<qint64> mappedRears;
    for (auto it = rearOf.cbegin(); it != rearOf.cend(); ++it)
        mappedRears.insert(it.value());
    for (qint64 id : std::as_const(order)) {
        const PortConnection &c = ports[id];
        PanelPosition position;
        if (c.portKind == QLatin1String("patch-front")) {
            position.front = c;
            if (rearOf.contains(id) && ports.contains(rearOf.value(id)))
                position.rear = ports.value(rearOf.value(id));
        } else if (c.portKind == QLatin1String("patch-rear")) {
            if (mappedRears.contains(id))
                continue;
            position.rear = c;
        } else {
            position.front = c;
        }
        panel.positions << position;
    }
    std::stable_sort(panel.positions.begin(), panel.positions.end(),
                     [](const PanelPosition &l, const PanelPosition &r) {
                         const QString &ln = l.front ? l.front->portName : l.rear->portName;
                         const QString &rn = r.front ? r.front->portName : r.rear->portName;
                         return naturalLess(ln, rn);
                     });
    return panel;
}

Result<QList<CandidateDevice>> CableRepository::candidateDevices()
{
    auto q = db::exec(m_db, QStringLiteral("SELECT d.id, d.name, count(p.id), count(p.id) - count(e.port_id) "
                                           "FROM devices d JOIN ports p ON p.device_id = d.id "
                                           "LEFT JOIN cable_ends e ON e.port_id = p.id "
                                           "GROUP BY d.id, d.name"));
    if (!q)
        return q.error();
    QList<CandidateDevice> devices;
    while (q->next())
        devices << CandidateDevice{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toInt(),
                                   q->value(3).toInt()};
    std::sort(devices.begin(), devices.end(),
              [](const CandidateDevice &l, const CandidateDevice &r) { return naturalLess(l.name, r.name); });
    return devices;
}

Result<QList<CandidatePort>> CableRepository::candidatePorts(qint64 deviceId,
                                                             std::optional<qint64> editingCable)
{
    auto q = db::exec(
        m_db,
        QStringLiteral(
            "SELECT p.id, p.name, p.kind, p.label, e.cable_id, od.name, op.name "
            "FROM ports p "
            "LEFT JOIN cable_ends e ON e.port_id = p.id "
            "LEFT JOIN cables c ON c.id = e.cable_id "
            "LEFT JOIN ports op ON op.id = CASE WHEN c.port_a = p.id THEN c.port_b ELSE c.port_a END "
            "LEFT JOIN devices od ON od.id = op.device_id "
            "WHERE p.device_id = :device"),
        {{QStringLiteral("device"), deviceId}});
    if (!q)
        return q.error();
    QList<CandidatePort> ports;
    while (q->next()) {
        CandidatePort p;
        p.id = q->value(0).toLongLong();
        p.name = q->value(1).toString();
        p.kind = q->value(2).toString();
        p.label = q->value(3).toString();
        if (!q->value(4).isNull() && (!editingCable || q->value(4).toLongLong() != *editingCable)) {
            p.busy = true;
            p.busyWith = q->value(5).toString() + QStringLiteral(" / ") + q->value(6).toString();
        }
        ports << p;
    }
    std::sort(ports.begin(), ports.end(),
              [](const CandidatePort &l, const CandidatePort &r) { return naturalLess(l.name, r.name); });
    return ports;
}

Result<TracedPath> CableRepository::tracedPath(qint64 portId, int maxHops)
{
    auto trace = traceCable(m_db, portId, maxHops);
    if (!trace)
        return trace.error();
    TracedPath path;
    path.trace = *trace;
    QList<qint64> ids;
    for (const CableHop &hop : std::as_const(path.trace.hops)) {
        if (hop.cableId)
            ids << *hop.cableId;
    }
    if (ids.isEmpty())
        return path;
    auto q = db::exec(m_db,
                      QStringLiteral("SELECT ") + kCableColumns +
                          QStringLiteral(" FROM cables c WHERE c.id = ANY(CAST(:ids AS bigint[]))"),
                      {{QStringLiteral("ids"), idArray(ids)}});
    if (!q)
        return q.error();
    while (q->next()) {
        const CableInfo c = cableFrom(*q, 0);
        path.cables.insert(c.id, c);
    }
    return path;
}

Result<qint64> CableRepository::createCable(const CableSpec &spec)
{
    auto created = db::inTransaction(m_db, [&]() -> Result<qint64> {
        auto q = db::exec(
            m_db,
            QStringLiteral("INSERT INTO cables (port_a, port_b, type, colour, label, length_m) "
                           "VALUES (:a, :b, :type, :colour, COALESCE(:label, ''), :length) RETURNING id"),
            specBinds(spec));
        if (!q)
            return q.error();
        q->next();
        return q->value(0).toLongLong();
    });
    if (!created)
        return explain(created.error(), spec);
    return created;
}

Status CableRepository::updateCable(qint64 cableId, const CableSpec &spec)
{
    QVariantMap binds = specBinds(spec);
    binds.insert(QStringLiteral("id"), cableId);
    Result<bool> updated = db::inTransaction(m_db, [&]() -> Result<bool> {
        auto q =
            db::exec(m_db,
                     QStringLiteral(
                         "UPDATE cables SET port_a = :a, port_b = :b, type = :type, "
                         "colour = :colour, label = COALESCE(:label, ''), length_m = :length WHERE id = :id"),
                     binds);
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return Error::failure(
                Text::tr("The cable (id %1) no longer exists: someone removed it.").arg(cableId));
        return true;
    });
    if (!updated)
        return explain(updated.error(), spec);
    return {};
}

Result<CableInfo> CableRepository::deleteCable(qint64 cableId)
{
    return db::inTransaction(m_db, [&]() -> Result<CableInfo> {
        auto q =
            db::exec(m_db, QStringLiteral("DELETE FROM cables c WHERE c.id = :id RETURNING ") + kCableColumns,
                     {{QStringLiteral("id"), cableId}});
        if (!q)
            return q.error();
        if (!q->next())
            return Error::failure(
                Text::tr("The cable (id %1) no longer exists: someone removed it.").arg(cableId));
        return cableFrom(*q, 0);
    });
}

} // namespace hostdeck
