// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demodata.h"

#include "core/database.h"
#include "ipam/cidr.h"
#include "ipam/subnetallocator.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QVariantMap>

#include <algorithm>
#include <cmath>
#include <optional>

namespace hostdeck {

namespace {

constexpr quint32 kSeed = 20240611;
constexpr qint64 kDemoLock = 0x486f73744465ee01; // advisory lock: one demo load at a time
constexpr int kBatchRows = 40;
constexpr int kSampleDays = 7; // traffic and power samples: one week

enum class SerialStyle
{
    None,
    Dell,
    Hpe,
    Lenovo,
    Supermicro,
    Arista,
    Juniper,
    Cisco,
    Apc,
    Raritan,
    Fortinet,
    NetApp
};

struct TypeSpec
{
    const char *manufacturer;
    const char *model;
    const char *kind;
    int uHeight;
    bool fullDepth;
    bool halfWidth;
    int watts;
    SerialStyle serial;
};

// Real models with typical configured draw in watts.
enum TypeIndex
{
    DellR650,
    DellR750,
    HpeDl360,
    HpeDl380,
    LenovoSr630,
    LenovoSr650,
    SmcSys1029,
    SmcSys2029,
    SmcStorage,
    SmcHalfWidth,
    AristaTor,
    JuniperTor,
    CiscoTor,
    JuniperMgmt,
    PanduitPatch,
    CorningFibre,
    PanduitCableManager,
    ApcPdu,
    RaritanPdu,
    FortinetFirewall,
    NetAppStorage,
    TypeCount
};

const TypeSpec kTypes[TypeCount] = {
    {"Dell", "PowerEdge R650", "server", 1, true, false, 450, SerialStyle::Dell},
    {"Dell", "PowerEdge R750", "server", 2, true, false, 700, SerialStyle::Dell},
    {"HPE", "ProLiant DL360 Gen10", "server", 1, true, false, 420, SerialStyle::Hpe},
    {"HPE", "ProLiant DL380 Gen10", "server", 2, true, false, 650, SerialStyle::Hpe},
    {"Lenovo", "ThinkSystem SR630 V2", "server", 1, true, false, 460, SerialStyle::Lenovo},
    {"Lenovo", "ThinkSystem SR650 V2", "server", 2, true, false, 750, SerialStyle::Lenovo},
    {"Supermicro", "SYS-1029P-WTR", "server", 1, true, false, 400, SerialStyle::Supermicro},
    {"Supermicro", "SYS-2029U-TR4", "server", 2, true, false, 620, SerialStyle::Supermicro},
    {"Supermicro", "SSG-6049P-E1CR36L", "storage", 4, true, false, 1100, SerialStyle::Supermicro},
    {"Supermicro", "SYS-E300-9D-8CN8TP", "server", 1, true, true, 110, SerialStyle::Supermicro},
    {"Arista", "DCS-7050SX3-48YC8", "switch", 1, true, false, 230, SerialStyle::Arista},
    {"Juniper", "QFX5120-48Y", "switch", 1, true, false, 260, SerialStyle::Juniper},
    {"Cisco", "Nexus N9K-C93180YC-FX", "switch", 1, true, false, 250, SerialStyle::Cisco},
    {"Juniper", "EX2300-24T", "switch", 1, false, false, 55, SerialStyle::Juniper},
    {"Panduit", "CP48BLY", "patch-panel", 1, false, false, 0, SerialStyle::None},
    {"Corning", "CCH-01U", "patch-panel", 1, false, false, 0, SerialStyle::None},
    {"Panduit", "NM1", "cable-manager", 1, false, false, 0, SerialStyle::None},
    {"APC", "AP8941", "pdu", 0, false, false, 10, SerialStyle::Apc},
    {"Raritan", "PX3-5146V", "pdu", 0, false, false, 10, SerialStyle::Raritan},
    {"Fortinet", "FortiGate 600E", "firewall", 1, true, false, 250, SerialStyle::Fortinet},
    {"NetApp", "AFF A250", "storage", 2, true, false, 800, SerialStyle::NetApp},
};

struct CustomerSpec
{
    const char *code;
    const char *name;
    const char *email;
};

// The last one rents a whole rack.
const CustomerSpec kCustomers[] = {
    {"cust-7421", "Nordwind Hosting GmbH", "noc@nordwind-hosting.example"},
    {"cust-1038", "Blauberg Media AG", "it@blauberg-media.example"},
    {"cust-5562", "Kestrel Analytics GmbH", "ops@kestrel-analytics.example"},
    {"cust-2291", "Lumen Pixel Studios", "render@lumenpixel.example"},
    {"cust-8817", "Oderbruch Games GmbH", "infra@oderbruch-games.example"},
    {"cust-4470", "Taunus Capital Partners", "datacenter@taunus-capital.example"},
};
constexpr int kCustomerCount = int(std::size(kCustomers));
constexpr int kColoCustomer = kCustomerCount - 1;

struct PlannedRack
{
    QString name;
    int room = 0;
    int position = 0;
    int uHeight = 42;
    double budgetKw = 5;
    double circuitAmps = 16;
    int voltage = 230;
    QString redundancy = QStringLiteral("N+1");
    int customer = -1;
    qint64 allocatedWatts = 0;
};

struct PlannedDevice
{
    int type = 0;
    QString name;
    QString serial;
    QString assetTag;
    QDate warranty;
    QString disposition = QStringLiteral("allocated");
    int watts = 0;
    int customer = -1;
    int rack = 0;
    QString mount = QStringLiteral("rack");
    QString face = QStringLiteral("front");
    QString width = QStringLiteral("full");
    int uStart = 0;
    int uEnd = 0;
};

/// Builds the whole demo in memory from a fixed seed.
class Planner
{
public:
    QList<PlannedRack> racks;
    QList<PlannedDevice> devices;

    void plan()
    {
        for (int room = 0; room < 2; ++room) {
            for (int i = 1; i <= 12; ++i)
                planRack(room, i);
        }
        setBudgets();
    }

private:
    QString digits(int n)
    {
        QString s;
        for (int i = 0; i < n; ++i)
            s += QChar(u'0' + m_rng.bounded(10));
        return s;
    }

    QString chars(const char *alphabet, int n)
    {
        const int size = int(qstrlen(alphabet));
        QString s;
        for (int i = 0; i < n; ++i)
            s += QLatin1Char(alphabet[m_rng.bounded(size)]);
        return s;
    }

    QString serialFor(SerialStyle style)
    {
        static const char upperDigits[] = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        static const char dellTag[] = "0123456789BCDFGHJKLMNPQRSTVWXYZ";
        for (;;) {
            QString s;
            switch (style) {
            case SerialStyle::None:
                return {};
            case SerialStyle::Dell:
                s = chars(dellTag, 7);
                break;
            case SerialStyle::Hpe:
                s = QStringLiteral("CZJ") + digits(4) + chars(upperDigits, 3);
                break;
            case SerialStyle::Lenovo:
                s = QStringLiteral("J30") + chars(upperDigits, 5);
                break;
            case SerialStyle::Supermicro:
                s = QStringLiteral("S") + digits(6) + QStringLiteral("X") + digits(1) + chars("ABC", 1) +
                    digits(5);
                break;
            case SerialStyle::Arista:
                s = QStringLiteral("JPE") + digits(8);
                break;
            case SerialStyle::Juniper:
                s = chars("JW", 1) + chars("SXY", 1) + digits(10);
                break;
            case SerialStyle::Cisco:
                s = QStringLiteral("FDO") + QString::number(2000 + m_rng.bounded(300)) +
                    chars(upperDigits, 4);
                break;
            case SerialStyle::Apc:
                s = QStringLiteral("5A") + digits(4) + QStringLiteral("E") + digits(5);
                break;
            case SerialStyle::Raritan:
                s = QStringLiteral("1FQ") + digits(7);
                break;
            case SerialStyle::Fortinet:
                s = QStringLiteral("FG6H0ETB") + digits(8);
                break;
            case SerialStyle::NetApp:
                s = QStringLiteral("7219") + digits(8);
                break;
            }
            if (!m_serials.contains(s)) {
                m_serials.insert(s);
                return s;
            }
        }
    }

    QString disposition()
    {
        const int roll = m_rng.bounded(100);
        if (roll < 58)
            return QStringLiteral("allocated");
        if (roll < 77)
            return QStringLiteral("available");
        if (roll < 84)
            return QStringLiteral("reserved");
        if (roll < 88)
            return QStringLiteral("maintenance");
        if (roll < 92)
            return QStringLiteral("faulty");
        return QStringLiteral("decommissioned");
    }

    PlannedDevice &add(int rack, int type, const QString &name, int uStart,
                       const QString &face = QStringLiteral("front"))
    {
        const TypeSpec &t = kTypes[type];
        PlannedDevice d;
        d.type = type;
        d.name = name;
        d.serial = serialFor(t.serial);
        d.assetTag = QStringLiteral("HD-%1").arg(m_nextAsset++, 6, 10, QLatin1Char('0'));
        if (t.serial != SerialStyle::None)
            d.warranty = QDate(2024, 1, 1).addDays(m_rng.bounded(8 * 365));
        d.watts = t.watts;
        d.rack = rack;
        d.face = face;
        d.uStart = uStart;
        d.uEnd = uStart + std::max(t.uHeight, 1) - 1;
        devices.append(d);
        return devices.last();
    }

    /// A server (or the colocation customer's gear) with disposition and customer.
    void addServer(int rack, int type, const QString &name, int uStart, bool colo,
                   const QString &width = QStringLiteral("full"))
    {
        PlannedDevice &d = add(rack, type, name, uStart);
        d.width = width;
        if (colo) {
            d.customer = kColoCustomer;
            return;
        }
        d.disposition = disposition();
        if (d.disposition == QLatin1String("reserved") ||
            (d.disposition == QLatin1String("allocated") && m_rng.bounded(100) < 75))
            d.customer = m_rng.bounded(kColoCustomer);
    }

    void planRack(int room, int i)
    {
        const int index = int(racks.size());
        PlannedRack r;
        const QChar row = room == 0 ? u'A' : u'B';
        r.name = QStringLiteral("FRA%1-%2%3").arg(room + 1).arg(row).arg(i, 2, 10, QLatin1Char('0'));
        r.room = room;
        r.position = i;
        if (i == 12)
            r.uHeight = room == 0 ? 47 : 48;
        const bool colo = room == 1 && i == 7;
        if (colo)
            r.customer = kColoCustomer;
        racks.append(r);

        const QString prefix = r.name.toLower();
        const int top = r.uHeight;
        const int coloOwner = colo ? kColoCustomer : -1;

        // Top of rack: patch panel in front, management switch behind it (both half depth).
        add(index, PanduitPatch, prefix + QStringLiteral("-pp%1").arg(top), top);
        add(index, JuniperMgmt, prefix + QStringLiteral("-mgmt"), top, QStringLiteral("rear")).customer =
            coloOwner;
        const int tor = colo || index % 4 == 3 ? CiscoTor : room == 0 ? AristaTor : JuniperTor;
        add(index, tor, prefix + QStringLiteral("-tor1"), top - 1).customer = coloOwner;
        add(index, tor, prefix + QStringLiteral("-tor2"), top - 2).customer = coloOwner;
        add(index, PanduitCableManager, prefix + QStringLiteral("-cm%1").arg(top - 3), top - 3);
        if (i == 1) // the row's fibre comes in behind the first rack's cable manager
            add(index, CorningFibre, prefix + QStringLiteral("-odf%1").arg(top - 3), top - 3,
                QStringLiteral("rear"));

        // Vertical PDUs in both side channels, at the rear.
        const int pdu = room == 0 ? ApcPdu : RaritanPdu;
        PlannedDevice &left = add(index, pdu, prefix + QStringLiteral("-pdu-l"), 1, QStringLiteral("rear"));
        left.mount = QStringLiteral("side-left");
        left.uEnd = top;
        PlannedDevice &right = add(index, pdu, prefix + QStringLiteral("-pdu-r"), 1, QStringLiteral("rear"));
        right.mount = QStringLiteral("side-right");
        right.uEnd = top;

        // Servers from the bottom up, with some empty U left between them.
        static const int families[4][2] = {
            {DellR650, DellR750}, {HpeDl360, HpeDl380}, {LenovoSr630, LenovoSr650}, {SmcSys1029, SmcSys2029}};
        const int family = colo ? 0 : index % 4;
        const int servers = 8 + m_rng.bounded(5);
        const bool halfWidthPair = index % 5 == 2;
        int u = 1;
        if (colo) {
            add(index, FortinetFirewall, prefix + QStringLiteral("-fw1"), u++).customer = kColoCustomer;
            add(index, FortinetFirewall, prefix + QStringLiteral("-fw2"), u++).customer = kColoCustomer;
            addServer(index, NetAppStorage, prefix + QStringLiteral("-nas%1").arg(u, 2, 10, QLatin1Char('0')),
                      u, true);
            u += 2;
        }
        const int limit = top - 4;
        for (int placed = 0; placed < servers;) {
            if (m_rng.bounded(100) < 35)
                u += 1 + m_rng.bounded(3); // leave a gap
            const int roll = m_rng.bounded(100);
            int type = roll < 55 ? families[family][0] : families[family][1];
            if (roll >= 95 && !colo)
                type = SmcStorage;
            const int height = kTypes[type].uHeight;
            if (u + height - 1 > limit)
                break;
            const QString name = prefix + QStringLiteral("-srv%1").arg(u, 2, 10, QLatin1Char('0'));
            if (halfWidthPair && placed == 4 && u + 1 <= limit) {
                // Two half-width nodes side by side in one U.
                addServer(index, SmcHalfWidth, name + u'a', u, colo, QStringLiteral("left"));
                addServer(index, SmcHalfWidth, name + u'b', u, colo, QStringLiteral("right"));
                u += 1;
                placed += 2;
                continue;
            }
            addServer(index, type, name, u, colo);
            u += height;
            ++placed;
        }
    }

    void setBudgets()
    {
        for (const PlannedDevice &d : std::as_const(devices)) {
            if (d.disposition != QLatin1String("decommissioned"))
                racks[d.rack].allocatedWatts += d.watts;
        }
        static const double standard[] = {5.0, 6.0, 7.5, 8.0, 10.0, 12.0, 15.0};
        for (int i = 0; i < racks.size(); ++i) {
            PlannedRack &r = racks[i];
            const double kw = double(r.allocatedWatts) / 1000.0;
            if (i == 3 || i == 9 || i == 16 || i == 21) {
                // Over budget: sold more than the circuit was planned for.
                r.budgetKw = std::floor(kw * 0.88 * 10.0) / 10.0;
            } else if (i == 1 || i == 6 || i == 13 || i == 19) {
                // Tight: 85..90 % used.
                r.budgetKw = std::ceil(kw / 0.88 * 10.0) / 10.0;
            } else {
                r.budgetKw = standard[std::size(standard) - 1];
                for (double b : standard) {
                    if (kw <= b * 0.72) {
                        r.budgetKw = b;
                        break;
                    }
                }
            }
            if (r.budgetKw > 7.3) {
                r.voltage = 400; // three-phase 16 A
                r.circuitAmps = 16;
            } else {
                r.circuitAmps = r.budgetKw > 3.6 ? 32 : 16;
            }
            if (r.customer >= 0 || i % 6 == 0)
                r.redundancy = QStringLiteral("2N");
            else if (i == 11)
                r.redundancy = QStringLiteral("N");
        }
    }

    QRandomGenerator m_rng{kSeed};
    QSet<QString> m_serials;
    int m_nextAsset = 100;
};

QVariant nullString()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant nullId()
{
    return QVariant(QMetaType::fromType<qint64>());
}

Result<qint64> upsertReturningId(QSqlDatabase &db, const QString &sql, const QVariantMap &binds)
{
    auto q = db::exec(db, sql, binds);
    if (!q)
        return q.error();
    if (!q->next())
        return Error::failure(DemoData::tr("The database returned no id for demo data."));
    return q->value(0).toLongLong();
}

Result<DemoSummary> insertPlan(QSqlDatabase &db, const Planner &plan)
{
    DemoSummary summary;

    QList<qint64> customerIds;
    for (const CustomerSpec &c : kCustomers) {
        auto id = upsertReturningId(
            db,
            QStringLiteral("INSERT INTO customers (code, name, email) VALUES (:code, :name, :email) "
                           "ON CONFLICT (code) DO UPDATE SET code = EXCLUDED.code RETURNING id"),
            {{QStringLiteral("code"), QString::fromUtf8(c.code)},
             {QStringLiteral("name"), QString::fromUtf8(c.name)},
             {QStringLiteral("email"), QString::fromUtf8(c.email)}});
        if (!id)
            return id.error();
        customerIds << *id;
    }
    summary.customers = int(customerIds.size());

    const QString locationSql = QStringLiteral(
        "INSERT INTO locations (parent_id, kind, code, name) VALUES (:parent, :kind, :code, :name) "
        "ON CONFLICT (code) DO UPDATE SET code = EXCLUDED.code RETURNING id");
    auto site = upsertReturningId(db, locationSql,
                                  {{QStringLiteral("parent"), nullId()},
                                   {QStringLiteral("kind"), QStringLiteral("site")},
                                   {QStringLiteral("code"), QStringLiteral("EU-FRA")},
                                   {QStringLiteral("name"), QStringLiteral("Frankfurt")}});
    if (!site)
        return site.error();
    summary.sites = 1;
    QList<qint64> roomIds;
    for (int room = 0; room < 2; ++room) {
        auto id = upsertReturningId(
            db, locationSql,
            {{QStringLiteral("parent"), *site},
             {QStringLiteral("kind"), QStringLiteral("room")},
             {QStringLiteral("code"), QStringLiteral("EU-FRA-R%1").arg(room + 1)},
             {QStringLiteral("name"), QStringLiteral("Frankfurt Hall %1").arg(QChar(u'A' + room))}});
        if (!id)
            return id.error();
        roomIds << *id;
    }
    summary.rooms = int(roomIds.size());

    QList<qint64> typeIds;
    for (const TypeSpec &t : kTypes) {
        auto id = upsertReturningId(
            db,
            QStringLiteral(
                "INSERT INTO device_types (manufacturer, model, kind, u_height, full_depth, half_width, "
                "watts) "
                "VALUES (:manufacturer, :model, :kind, :u, :full_depth, :half_width, :watts) "
                "ON CONFLICT (manufacturer, model) DO UPDATE SET model = EXCLUDED.model RETURNING id"),
            {{QStringLiteral("manufacturer"), QString::fromUtf8(t.manufacturer)},
             {QStringLiteral("model"), QString::fromUtf8(t.model)},
             {QStringLiteral("kind"), QString::fromUtf8(t.kind)},
             {QStringLiteral("u"), t.uHeight},
             {QStringLiteral("full_depth"), t.fullDepth},
             {QStringLiteral("half_width"), t.halfWidth},
             {QStringLiteral("watts"), t.watts}});
        if (!id)
            return id.error();
        typeIds << *id;
    }
    summary.deviceTypes = int(typeIds.size());

    QList<qint64> rackIds;
    for (const PlannedRack &r : plan.racks) {
        auto id = upsertReturningId(
            db,
            QStringLiteral(
                "INSERT INTO racks (location_id, name, position, u_height, power_budget_kw, circuit_amps, "
                " voltage, redundancy, customer_id) "
                "VALUES (:location, :name, :position, :u, :budget, :amps, :voltage, :redundancy, :customer) "
                "RETURNING id"),
            {{QStringLiteral("location"), roomIds.at(r.room)},
             {QStringLiteral("name"), r.name},
             {QStringLiteral("position"), r.position},
             {QStringLiteral("u"), r.uHeight},
             {QStringLiteral("budget"), r.budgetKw},
             {QStringLiteral("amps"), r.circuitAmps},
             {QStringLiteral("voltage"), r.voltage},
             {QStringLiteral("redundancy"), r.redundancy},
             {QStringLiteral("customer"),
              r.customer >= 0 ? QVariant(customerIds.at(r.customer)) : nullId()}});
        if (!id)
            return id.error();
        rackIds << *id;
    }
    summary.racks = int(rackIds.size());

    // Devices in multi-row batches, every value bound.
    for (qsizetype first = 0; first < plan.devices.size(); first += kBatchRows) {
        const qsizetype last = std::min(first + kBatchRows, plan.devices.size());
        QString sql = QStringLiteral(
            "INSERT INTO devices (device_type_id, name, serial, asset_tag, warranty_expires, "
            " disposition, watts, customer_id, rack_id, mount, face, width, u_start, u_end) VALUES ");
        QVariantMap binds;
        for (qsizetype i = first; i < last; ++i) {
            const PlannedDevice &d = plan.devices.at(i);
            const QString n = QString::number(i - first);
            if (i > first)
                sql += u',';
            sql += QStringLiteral(
                       "(:t%1, :n%1, :s%1, :a%1, :w%1, :d%1, :p%1, :c%1, :r%1, :m%1, :f%1, :x%1, :u%1, :e%1)")
                       .arg(n);
            binds.insert(u't' + n, typeIds.at(d.type));
            binds.insert(u'n' + n, d.name);
            binds.insert(u's' + n, d.serial.isEmpty() ? nullString() : QVariant(d.serial));
            binds.insert(u'a' + n, d.assetTag);
            binds.insert(u'w' + n, d.warranty.isValid() ? QVariant(d.warranty)
                                                        : QVariant(QMetaType::fromType<QDate>()));
            binds.insert(u'd' + n, d.disposition);
            binds.insert(u'p' + n, d.watts);
            binds.insert(u'c' + n, d.customer >= 0 ? QVariant(customerIds.at(d.customer)) : nullId());
            binds.insert(u'r' + n, rackIds.at(d.rack));
            binds.insert(u'm' + n, d.mount);
            binds.insert(u'f' + n, d.face);
            binds.insert(u'x' + n, d.width);
            binds.insert(u'u' + n, d.uStart);
            binds.insert(u'e' + n, d.uEnd);
        }
        auto q = db::exec(db, sql, binds);
        if (!q)
            return q.error();
        summary.devices += int(last - first);
    }
    return summary;
}
// ---------------------------------------------------------------------------
// The address plan
// ---------------------------------------------------------------------------

Result<qint64> idOf(QSqlDatabase &db, const QString &sql, const QVariantMap &binds)
{
    return upsertReturningId(db, sql, binds);
}

struct PlanNode
{
    qint64 id = 0;
    Cidr cidr;
    QString status;
};

/// A pool (a root) with its attributes.
Result<qint64> insertPool(QSqlDatabase &db, const QString &cidr, qint64 location, const QVariant &vlan,
                          bool autoAllocatable, const QString &description)
{
    return idOf(
        db,
        QStringLiteral("INSERT INTO subnets (cidr, ip_version, location_id, vlan_id, auto_allocatable, "
                       "description) VALUES (CAST(:cidr AS cidr), family(CAST(:cidr AS cidr)), :location, "
                       ":vlan, :auto, :description) RETURNING id"),
        {{QStringLiteral("cidr"), cidr},
         {QStringLiteral("location"), location},
         {QStringLiteral("vlan"), vlan},
         {QStringLiteral("auto"), autoAllocatable},
         {QStringLiteral("description"), description}});
}

/// Carves `target` out of the tree by halving the free leaf that holds it (as
/// SubnetAllocator::addSubnet does), so children keep tiling their parents.
Result<qint64> carve(QSqlDatabase &db, const Cidr &target)
{
    auto q = db::exec(
        db,
        QStringLiteral("SELECT id, cidr, allocation_status FROM subnets WHERE cidr >>= CAST(:t AS cidr) "
                       "ORDER BY masklen(cidr) DESC LIMIT 1"),
        {{QStringLiteral("t"), target.toString()}});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::failure(DemoData::tr("No demo pool holds %1.").arg(target.toString()));
    PlanNode node{q->value(0).toLongLong(), *Cidr::parse(q->value(1).toString()), q->value(2).toString()};
    while (node.cidr != target) {
        if (node.status != QLatin1String("unallocated"))
            return Error::failure(
                DemoData::tr("%1 cannot be carved out of %2.").arg(target.toString(), node.cidr.toString()));
        auto sub =
            db::exec(db, QStringLiteral("UPDATE subnets SET allocation_status = 'subdivided' WHERE id = :id"),
                     {{QStringLiteral("id"), node.id}});
        if (!sub)
            return sub.error();
        const auto [lower, upper] = node.cidr.halves();
        PlanNode next;
        for (const Cidr &half : {lower, upper}) {
            auto id =
                idOf(db,
                     QStringLiteral("INSERT INTO subnets (parent_id, cidr, ip_version) VALUES (:parent, "
                                    "CAST(:cidr AS cidr), :family) RETURNING id"),
                     {{QStringLiteral("parent"), node.id},
                      {QStringLiteral("cidr"), half.toString()},
                      {QStringLiteral("family"), half.family()}});
            if (!id)
                return id.error();
            if (half.contains(target))
                next = PlanNode{*id, half, QStringLiteral("unallocated")};
        }
        node = next;
    }
    return node.id;
}

/// Splits a free leaf into all its /prefix pieces as direct children, each with
/// the given location and VLAN.
Status subdivide(QSqlDatabase &db, qint64 parent, const Cidr &cidr, int prefix, const QVariant &location,
                 const QVariant &vlan)
{
    auto sub =
        db::exec(db, QStringLiteral("UPDATE subnets SET allocation_status = 'subdivided' WHERE id = :id"),
                 {{QStringLiteral("id"), parent}});
    if (!sub)
        return sub.error();
    const qint64 pieces = qint64(1) << (prefix - cidr.prefixLength());
    const qint64 step = qint64(1) << (cidr.maxPrefix() - prefix);
    auto q =
        db::exec(db,
                 QStringLiteral("INSERT INTO subnets (parent_id, cidr, ip_version, location_id, vlan_id) "
                                "SELECT :parent, CAST(set_masklen(CAST(:base AS inet) + i * :step, :prefix) "
                                "AS cidr), :family, :location, :vlan FROM generate_series(0, :last) AS i"),
                 {{QStringLiteral("parent"), parent},
                  {QStringLiteral("base"), cidr.addressString()},
                  {QStringLiteral("step"), step},
                  {QStringLiteral("prefix"), prefix},
                  {QStringLiteral("family"), cidr.family()},
                  {QStringLiteral("location"), location},
                  {QStringLiteral("vlan"), vlan},
                  {QStringLiteral("last"), pieces - 1}});
    if (!q)
        return q.error();
    return {};
}

struct DemoServer
{
    qint64 id = 0;
    QString name;
    std::optional<qint64> customer;
    int room = 0;
};

/// IPv4 and IPv6 pools at EU-FRA, VLANs per location, a management network per
/// room with BMC and switch management addresses, customer subnets and server
/// addresses with rDNS names, parked ranges and a pool for manual assignment
/// only. Allocations go through SubnetAllocator (in the load's transaction), so
/// the tree and the provisioning log look as if operators had built them.
Result<int> insertAddressPlan(QSqlDatabase &db)
{
    auto q =
        db::exec(db, QStringLiteral("SELECT id, code FROM locations WHERE code IN ('EU-FRA', 'EU-FRA-R1', "
                                    "'EU-FRA-R2') ORDER BY code"));
    if (!q)
        return q.error();
    QList<qint64> locations; // site, room 1, room 2
    while (q->next())
        locations << q->value(0).toLongLong();
    if (locations.size() != 3)
        return Error::failure(DemoData::tr("The demo locations are missing."));
    const qint64 site = locations.at(0);

    // VLANs: per room management and customers; site-wide customers, storage and a disabled legacy VLAN.
    struct VlanSpec
    {
        int location;
        int vid;
        const char *name;
        bool enabled;
    };
    const VlanSpec vlanSpecs[] = {
        {0, 102, "customers", true}, {0, 200, "storage", true},   {0, 999, "legacy", false},
        {1, 100, "mgmt", true},      {1, 102, "customers", true}, {1, 200, "storage", true},
        {2, 100, "mgmt", true},      {2, 102, "customers", true}, {2, 200, "storage", true},
    };
    QHash<QString, qint64> vlans; // "location:vid"
    for (const VlanSpec &v : vlanSpecs) {
        auto id = idOf(
            db,
            QStringLiteral("INSERT INTO vlans (location_id, vid, name, enabled) VALUES (:location, :vid, "
                           ":name, :enabled) RETURNING id"),
            {{QStringLiteral("location"), locations.at(v.location)},
             {QStringLiteral("vid"), v.vid},
             {QStringLiteral("name"), QString::fromLatin1(v.name)},
             {QStringLiteral("enabled"), v.enabled}});
        if (!id)
            return id.error();
        vlans.insert(QStringLiteral("%1:%2").arg(v.location).arg(v.vid), *id);
    }

    // Pools.
    const QVariant customersVlan = vlans.value(QStringLiteral("0:102"));
    const QVariant storageVlan = vlans.value(QStringLiteral("0:200"));
    struct PoolSpec
    {
        const char *cidr;
        QVariant vlan;
        bool autoAllocatable;
        const char *description;
    };
    const PoolSpec pools[] = {
        {"203.0.113.0/24", customersVlan, true, "Public customer subnets"},
        {"198.51.100.0/24", customersVlan, true, "Public server addresses"},
        {"192.0.2.0/24", customersVlan, false, "Manual assignments only"},
        {"10.20.0.0/16", nullId(), true, "Management"},
        {"172.16.0.0/20", storageVlan, true, "Storage network"},
        {"2001:db8:1::/48", customersVlan, true, "IPv6 customers and servers"},
        {"2001:db8:2::/48", storageVlan, true, "IPv6 storage"},
    };
    QList<qint64> poolIds;
    for (const PoolSpec &p : pools) {
        auto id = insertPool(db, QString::fromLatin1(p.cidr), site, p.vlan, p.autoAllocatable,
                             QString::fromLatin1(p.description));
        if (!id)
            return id.error();
        poolIds << *id;
    }

    // Management: a /17 per room (room location, VLAN 100 of the room), each split into /24s.
    const Cidr mgmt = *Cidr::parse(QStringLiteral("10.20.0.0/16"));
    if (Status s = subdivide(db, poolIds.at(3), mgmt, 17, nullId(), nullId()); !s)
        return s.error();
    const auto [mgmt1, mgmt2] = mgmt.halves();
    const Cidr roomMgmt[] = {mgmt1, mgmt2};
    for (int room = 0; room < 2; ++room) {
        auto upd = db::exec(
            db,
            QStringLiteral("UPDATE subnets SET location_id = :location, vlan_id = :vlan, description "
                           "= :description WHERE cidr = CAST(:cidr AS cidr) RETURNING id"),
            {{QStringLiteral("location"), locations.at(room + 1)},
             {QStringLiteral("vlan"), vlans.value(QStringLiteral("%1:100").arg(room + 1))},
             {QStringLiteral("description"), QStringLiteral("Management Hall %1").arg(QChar(u'A' + room))},
             {QStringLiteral("cidr"), roomMgmt[room].toString()}});
        if (!upd)
            return upd.error();
        if (!upd->next())
            return Error::failure(
                DemoData::tr("The management network of room %1 is missing.").arg(room + 1));
        if (Status s = subdivide(db, upd->value(0).toLongLong(), roomMgmt[room], 24, nullId(), nullId()); !s)
            return s.error();
    }

    // Parked ranges now; the server LAN for IPv6 addresses after the customer subnets (whose
    // merge step would otherwise take the free leaves around it, the LAN included).
    const Cidr serverLan6 = *Cidr::parse(QStringLiteral("2001:db8:1:8000::/64"));
    auto carveAndMark = [&db](const Cidr &c, bool parked) -> Status {
        auto id = carve(db, c);
        if (!id)
            return id.error();
        auto upd =
            db::exec(db,
                     QStringLiteral("UPDATE subnets SET is_unavailable = :parked, description = :description "
                                    "WHERE id = :id"),
                     {{QStringLiteral("parked"), parked},
                      {QStringLiteral("description"), parked ? QStringLiteral("Parked: held back for "
                                                                              "renumbering")
                                                             : QStringLiteral("Server LAN")},
                      {QStringLiteral("id"), *id}});
        if (!upd)
            return upd.error();
        return {};
    };
    for (const char *text : {"203.0.113.224/27", "198.51.100.240/28", "2001:db8:1:f000::/52"}) {
        if (Status s = carveAndMark(*Cidr::parse(QString::fromLatin1(text)), true); !s)
            return s.error();
    }

    SubnetAllocator allocator(db);
    auto customers = db::exec(db, QStringLiteral("SELECT id FROM customers ORDER BY code"));
    if (!customers)
        return customers.error();
    QList<qint64> customerIds;
    while (customers->next())
        customerIds << customers->value(0).toLongLong();

    // Customer subnets: IPv4 from the public pool, IPv6 /56s (and one /64) from the IPv6 pool.
    const int v4Prefixes[] = {29, 28, 29, 30, 29, 27};
    const int v6Prefixes[] = {56, 56, 64, 56, 60, 56};
    const Cidr public4 = *Cidr::parse(QStringLiteral("203.0.113.0/24"));
    const Cidr public6 = *Cidr::parse(QStringLiteral("2001:db8:1::/48"));
    int allocations = 0;
    for (qsizetype i = 0; i < customerIds.size(); ++i) {
        for (int family : {4, 6}) {
            SubnetRequest request;
            request.filter.family = family;
            request.filter.locationId = site;
            request.filter.pools = {family == 4 ? public4 : public6};
            request.prefixLength = family == 4 ? v4Prefixes[i % 6] : v6Prefixes[i % 6];
            request.owner.customerId = customerIds.at(i);
            request.purpose = QStringLiteral("customer");
            request.description = QStringLiteral("Customer network");
            auto done = allocator.allocateSubnetInTransaction(request);
            if (!done)
                return done.error();
            ++allocations;
        }
    }

    if (Status s = carveAndMark(serverLan6, false); !s)
        return s.error();

    // Servers: customers' servers get a public IPv4 and (every other one) an IPv6 address with rDNS;
    // servers in the first three racks of each row get a BMC address on the room's management network.
    auto servers = db::exec(
        db, QStringLiteral("SELECT d.id, d.name, d.customer_id, l.code = 'EU-FRA-R2' FROM devices d "
                           "JOIN racks r ON r.id = d.rack_id JOIN locations l ON l.id = r.location_id "
                           "WHERE d.name LIKE '%-srv%' ORDER BY d.name"));
    if (!servers)
        return servers.error();
    QList<DemoServer> list;
    while (servers->next()) {
        DemoServer server{servers->value(0).toLongLong(), servers->value(1).toString(), std::nullopt,
                          servers->value(3).toBool() ? 1 : 0};
        if (!servers->value(2).isNull())
            server.customer = servers->value(2).toLongLong();
        list << server;
    }
    const Cidr servers4 = *Cidr::parse(QStringLiteral("198.51.100.0/24"));
    int customerServers = 0;
    for (const DemoServer &server : std::as_const(list)) {
        QList<AllocatedAddress> named;
        if (server.customer && customerServers < 120) {
            for (int family : {4, 6}) {
                if (family == 6 && customerServers % 2 == 1)
                    continue;
                AddressRequest request;
                request.filter.family = family;
                request.filter.pools = {family == 4 ? servers4 : serverLan6};
                request.owner.customerId = server.customer;
                request.owner.deviceId = server.id;
                request.purpose = QStringLiteral("primary");
                auto done = allocator.allocateAddressesInTransaction(request);
                if (!done)
                    return done.error();
                named << done->addresses;
            }
            ++customerServers;
        }
        const QString rack = server.name.section(u'-', 1, 1); // "a01"
        if (rack.size() == 3 && rack.mid(1).toInt() <= 3) {
            AddressRequest request;
            request.filter.family = 4;
            request.filter.pools = {roomMgmt[server.room]};
            request.owner.deviceId = server.id;
            request.purpose = QStringLiteral("bmc");
            auto done = allocator.allocateAddressesInTransaction(request);
            if (!done)
                return done.error();
            for (const AllocatedAddress &a : std::as_const(done->addresses)) {
                auto upd =
                    db::exec(db,
                             QStringLiteral("UPDATE ip_addresses SET rdns = :name, rdns_updated_at = now() "
                                            "WHERE id = :id"),
                             {{QStringLiteral("name"), server.name + QStringLiteral("-bmc.mgmt.example.net")},
                              {QStringLiteral("id"), a.id}});
                if (!upd)
                    return upd.error();
            }
        }
        for (const AllocatedAddress &a : std::as_const(named)) {
            auto upd =
                db::exec(db,
                         QStringLiteral("UPDATE ip_addresses SET rdns = :name, rdns_updated_at = now() "
                                        "WHERE id = :id"),
                         {{QStringLiteral("name"), server.name + QStringLiteral(".example.net")},
                          {QStringLiteral("id"), a.id}});
            if (!upd)
                return upd.error();
        }
    }

    // Switch management addresses for the top-of-rack management switches.
    auto switches =
        db::exec(db, QStringLiteral("SELECT d.id, l.code = 'EU-FRA-R2' FROM devices d JOIN racks r ON "
                                    "r.id = d.rack_id JOIN locations l ON l.id = r.location_id "
                                    "WHERE d.name LIKE '%-mgmt' ORDER BY d.name"));
    if (!switches)
        return switches.error();
    QList<std::pair<qint64, int>> switchList;
    while (switches->next())
        switchList << std::make_pair(switches->value(0).toLongLong(), switches->value(1).toBool() ? 1 : 0);
    for (const auto &[device, room] : std::as_const(switchList)) {
        AddressRequest request;
        request.filter.family = 4;
        request.filter.pools = {roomMgmt[room]};
        request.owner.deviceId = device;
        request.purpose = QStringLiteral("management");
        auto done = allocator.allocateAddressesInTransaction(request);
        if (!done)
            return done.error();
    }
    return allocations;
}

// ---------------------------------------------------------------------------
// The network: ports, patch panels, cables, BMC and SNMP settings, samples
// ---------------------------------------------------------------------------

// Servers numbered per rack from the bottom (k = 1, 2, ...), with their rack's position and room.
const QString kServersCte = QStringLiteral(
    "srv AS (SELECT d.id, d.name, d.rack_id, d.watts, d.disposition, r.name AS rack, r.position, "
    "r.location_id, "
    " row_number() OVER (PARTITION BY d.rack_id ORDER BY d.u_start, d.name) AS k "
    " FROM devices d JOIN racks r ON r.id = d.rack_id WHERE d.name LIKE '%-srv%'), "
    // switch ports numbered per device in ifIndex order (front-panel order)
    "sp AS (SELECT p.id, p.device_id, row_number() OVER (PARTITION BY p.device_id ORDER BY p.if_index) AS pn "
    " FROM ports p WHERE p.kind = 'switch') ");

// The racks whose servers are cabled and sampled: the first two of hall A, a pair, so that each
// rack's provisioning NICs can be homed on its partner's management switch through two patch
// panels. (Every rack would multiply the samples, and with them the time `demo load` takes.)
const QString kCabledRacks = QStringLiteral("('FRA1-A01', 'FRA1-A02')");
const QString kCabledRack = QStringLiteral("s.rack IN ") + kCabledRacks;

// The week's 5-minute slots (`n` counts them since the epoch) with their shape: a diurnal curve
// (CET, peak at 20:00, lowest before dawn) times 0.8 at weekends.
const QString kSlotsCte = QStringLiteral(
    "slots AS MATERIALIZED (SELECT g.slot / 300 AS n, to_timestamp(g.slot) AS at, "
    " ((0.35 + 0.65 * (0.5 + 0.5 * cos(2 * pi() * ((((g.slot + 3600) % 86400) / 3600.0) - 20) / 24))) * "
    "  CASE WHEN ((g.slot / 86400) + 4) % 7 IN (0, 6) THEN 0.8 ELSE 1.0 END)::float8 AS shape "
    " FROM generate_series(CAST(:first AS bigint), CAST(:last AS bigint), 300) AS g (slot))");

struct NetworkStep
{
    const char *what;
    QString sql;
    int DemoSummary::*counter;
};

/// Ports on every switch, server, patch panel and PDU; cables in the cabled racks; BMC and SNMP
/// settings; a week of traffic samples for the cabled switch ports and of power samples for the
/// PDUs. Set-based statements (generate_series), ordered so ids are the same on every load.
Status insertNetwork(QSqlDatabase &db, DemoSummary &summary)
{
    const QString ctes = QStringLiteral("WITH ") + kServersCte;
    const QString mac = QStringLiteral(
        "CAST(%1 || lpad(to_hex((abs(hashtext(d.name)) % 65536) * 256 + %2), 6, '0') AS macaddr)");
    const QList<NetworkStep> steps = {
        // Top-of-rack switches: 48 x 25G and 8 (Cisco: 6) x 100G uplinks, the vendors' names and
        // ifIndex schemes. A few unused ports are shut down.
        {"switch ports",
         QStringLiteral(
             "INSERT INTO ports (device_id, name, kind, if_index, speed_bps, mac, admin_status, oper_status) "
             "SELECT d.id, CASE t.manufacturer WHEN 'Arista' THEN 'Ethernet' || i || CASE WHEN i > 48 THEN "
             "'/1' "
             "  ELSE '' END WHEN 'Juniper' THEN 'et-0/0/' || (i - 1) ELSE 'Ethernet1/' || i END, 'switch', "
             " CASE t.manufacturer WHEN 'Arista' THEN CASE WHEN i > 48 THEN i * 1000 + 1 ELSE i END "
             "  WHEN 'Juniper' THEN 500 + i ELSE 436207616 + (i - 1) * 4096 END, "
             " CASE WHEN i > 48 THEN 100000000000 ELSE 25000000000 END, ") +
             mac.arg(QStringLiteral("CASE t.manufacturer WHEN 'Arista' THEN '28993a' WHEN 'Juniper' THEN "
                                    "'3c6104' ELSE '003a9c' END"),
                     QStringLiteral("i")) +
             QStringLiteral(
                 ", CASE WHEN i BETWEEN 30 AND 48 AND i % 7 = 0 THEN 'down' ELSE 'up' END, 'down' "
                 "FROM devices d JOIN device_types t ON t.id = d.device_type_id, "
                 " generate_series(1, CASE WHEN t.manufacturer = 'Cisco' THEN 54 ELSE 56 END) AS i "
                 "WHERE d.name LIKE '%-tor_' ORDER BY d.name, i"),
         &DemoSummary::ports},
        // Management switches (EX2300-24T): 24 x 1G and 4 x 10G.
        {"management switch ports",
         QStringLiteral(
             "INSERT INTO ports (device_id, name, kind, if_index, speed_bps, mac, admin_status, oper_status) "
             "SELECT d.id, CASE WHEN i <= 24 THEN 'ge-0/0/' || (i - 1) ELSE 'xe-0/1/' || (i - 25) END, "
             "'switch', "
             " 500 + i, CASE WHEN i <= 24 THEN 1000000000 ELSE 10000000000 END, ") +
             mac.arg(QStringLiteral("'3c6104'"), QStringLiteral("i")) +
             QStringLiteral(", CASE WHEN i = 28 THEN 'down' ELSE 'up' END, 'down' "
                            "FROM devices d, generate_series(1, 28) AS i WHERE d.name LIKE '%-mgmt' "
                            "ORDER BY d.name, i"),
         &DemoSummary::ports},
        // Servers: two 25G data NICs (10G on the half-width nodes), a 1G onboard NIC for the
        // provisioning network, and the BMC, with MACs.
        {"server ports",
         QStringLiteral("INSERT INTO ports (device_id, name, kind, speed_bps, mac, admin_status) "
                        "SELECT d.id, n.name, n.kind, CASE WHEN n.i >= 3 THEN 1000000000 "
                        " WHEN t.half_width THEN 10000000000 ELSE 25000000000 END, ") +
             mac.arg(QStringLiteral("CASE n.i WHEN 3 THEN 'a0369f' WHEN 4 THEN CASE t.manufacturer WHEN "
                                    "'Dell' THEN 'd09466' WHEN 'HPE' THEN '9440c9' WHEN 'Lenovo' THEN "
                                    "'0894ef' ELSE '3cecef' END ELSE '0c42a1' END"),
                     QStringLiteral("n.i * 2")) +
             QStringLiteral(", 'up' FROM devices d JOIN device_types t ON t.id = d.device_type_id, "
                            " (VALUES (1, 'eth0', 'nic'), (2, 'eth1', 'nic'), (3, 'eno1', 'nic'), "
                            "  (4, 'bmc', 'bmc')) AS n (i, name, kind) "
                            "WHERE d.name LIKE '%-srv%' ORDER BY d.name, n.i"),
         &DemoSummary::ports},
        // Patch panels: copper (48 x RJ45) in every rack, fibre (24 x LC) in each row's first rack.
        {"patch panel rear ports",
         QStringLiteral(
             "INSERT INTO ports (device_id, name, kind, connector, label) "
             "SELECT d.id, 'R' || lpad(i::text, 2, '0'), 'patch-rear', "
             " CASE WHEN d.name LIKE '%-odf%' THEN 'LC' ELSE 'RJ45' END, "
             " upper(split_part(d.name, '-', 2)) || CASE WHEN d.name LIKE '%-odf%' THEN '-ODF' "
             "  ELSE '-PP' END || '.' || lpad(i::text, 2, '0') "
             "FROM devices d, generate_series(1, CASE WHEN d.name LIKE '%-odf%' THEN 24 ELSE 48 END) AS i "
             "WHERE d.name LIKE '%-pp%' OR d.name LIKE '%-odf%' ORDER BY d.name, i"),
         &DemoSummary::ports},
        {"patch panel front ports",
         QStringLiteral(
             "INSERT INTO ports (device_id, name, kind, connector, label, rear_port_id) "
             "SELECT r.device_id, 'F' || substr(r.name, 2), 'patch-front', r.connector, r.label, r.id "
             "FROM ports r JOIN devices d ON d.id = r.device_id WHERE r.kind = 'patch-rear' "
             "ORDER BY d.name, r.name"),
         &DemoSummary::ports},
        // PDU outlets, named as the poller matches them ("Outlet <n>"), C13 and three C19.
        {"PDU outlets",
         QStringLiteral(
             "INSERT INTO ports (device_id, name, kind, connector) "
             "SELECT d.id, 'Outlet ' || i, 'power-outlet', CASE WHEN i > 21 THEN 'C19' ELSE 'C13' END "
             "FROM devices d, generate_series(1, 24) AS i WHERE d.name LIKE '%-pdu-_' "
             "ORDER BY d.name, i"),
         &DemoSummary::ports},
        // Each server's power supplies: PSU 1 on the left PDU's outlet k, PSU 2 on the right one's.
        {"outlet names",
         QStringLiteral("WITH ") + kServersCte +
             QStringLiteral(
                 "UPDATE ports o SET alias = s.name || CASE WHEN pdu.name LIKE '%-pdu-l' THEN '-psu1' "
                 " ELSE '-psu2' END FROM srv s JOIN devices pdu ON pdu.rack_id = s.rack_id AND pdu.name "
                 " LIKE '%-pdu-_' WHERE o.device_id = pdu.id AND o.name = 'Outlet ' || s.k"),
         nullptr},
        // Data: eth0 to the first ToR over DAC, eth1 to the second over OM4 with SR optics.
        {"server data cables",
         ctes +
             QStringLiteral("INSERT INTO cables (port_a, port_b, type, colour, label, length_m) "
                            "SELECT nic.id, sp.id, CASE n.tor WHEN 1 THEN 'DAC' ELSE 'OM4' END, "
                            " CASE n.tor WHEN 1 THEN 'black' ELSE 'aqua' END, s.name || ':' || nic.name, 3 "
                            "FROM srv s CROSS JOIN (VALUES (1, 'eth0'), (2, 'eth1')) AS n (tor, nic) "
                            "JOIN ports nic ON nic.device_id = s.id AND nic.name = n.nic "
                            "JOIN devices t ON t.rack_id = s.rack_id AND t.name LIKE '%-tor' || n.tor "
                            "JOIN sp ON sp.device_id = t.id AND sp.pn = s.k "
                            "WHERE ") +
             kCabledRack + QStringLiteral(" ORDER BY s.name, n.tor"),
         &DemoSummary::cables},
        // The BMC straight to its own rack's management switch, port 12 + k (blue Cat6) ...
        {"BMC cables",
         ctes +
             QStringLiteral("INSERT INTO cables (port_a, port_b, type, colour, label, length_m) "
                            "SELECT b.id, sp.id, 'Cat6', 'blue', s.name || ':bmc', 2 FROM srv s "
                            "JOIN ports b ON b.device_id = s.id AND b.kind = 'bmc' "
                            "JOIN devices m ON m.rack_id = s.rack_id AND m.name LIKE '%-mgmt' "
                            "JOIN sp ON sp.device_id = m.id AND sp.pn = 12 + s.k WHERE ") +
             kCabledRack + QStringLiteral(" ORDER BY s.name"),
         &DemoSummary::cables},
        // ... and the provisioning NIC through two patch panels to the partner rack's management
        // switch: eno1 -> own panel front k (green Cat6 patch cord) ...
        {"provisioning patch cords",
         ctes +
             QStringLiteral("INSERT INTO cables (port_a, port_b, type, colour, label, length_m) "
                            "SELECT n.id, f.id, 'Cat6', 'green', s.name || ':eno1', 2 FROM srv s "
                            "JOIN ports n ON n.device_id = s.id AND n.name = 'eno1' "
                            "JOIN devices pp ON pp.rack_id = s.rack_id AND pp.name LIKE '%-pp%' "
                            "JOIN ports f ON f.device_id = pp.id AND f.name = 'F' || lpad(s.k::text, 2, '0') "
                            "WHERE ") +
             kCabledRack + QStringLiteral(" ORDER BY s.name"),
         &DemoSummary::cables},
        // ... own panel rear k -> trunk (grey Cat6a) -> partner rack's panel rear 24 + k ...
        {"panel trunks",
         ctes +
             QStringLiteral(
                 "INSERT INTO cables (port_a, port_b, type, colour, label, length_m) "
                 "SELECT ra.id, rb.id, 'Cat6a', 'grey', 'TRUNK ' || upper(split_part(pa.name, '-', 2)) "
                 " || '-' || upper(split_part(pb.name, '-', 2)) || '.' || lpad(s.k::text, 2, '0'), 6 "
                 "FROM srv s JOIN racks partner ON partner.location_id = s.location_id "
                 " AND partner.position = CASE WHEN s.position % 2 = 1 THEN s.position + 1 "
                 "  ELSE s.position - 1 END "
                 "JOIN devices pa ON pa.rack_id = s.rack_id AND pa.name LIKE '%-pp%' "
                 "JOIN devices pb ON pb.rack_id = partner.id AND pb.name LIKE '%-pp%' "
                 "JOIN ports ra ON ra.device_id = pa.id AND ra.name = 'R' || lpad(s.k::text, 2, '0') "
                 "JOIN ports rb ON rb.device_id = pb.id AND rb.name = 'R' || lpad((24 + s.k)::text, 2, "
                 " '0') WHERE ") +
             kCabledRack + QStringLiteral(" ORDER BY s.name"),
         &DemoSummary::cables},
        // ... partner panel front 24 + k -> partner's management switch port k (yellow Cat6).
        {"management patch cords",
         ctes +
             QStringLiteral(
                 "INSERT INTO cables (port_a, port_b, type, colour, label, length_m) "
                 "SELECT f.id, sp.id, 'Cat6', 'yellow', s.name || ':eno1 mgmt', 1.5 "
                 "FROM srv s JOIN racks partner ON partner.location_id = s.location_id "
                 " AND partner.position = CASE WHEN s.position % 2 = 1 THEN s.position + 1 "
                 "  ELSE s.position - 1 END "
                 "JOIN devices pb ON pb.rack_id = partner.id AND pb.name LIKE '%-pp%' "
                 "JOIN ports f ON f.device_id = pb.id AND f.name = 'F' || lpad((24 + s.k)::text, 2, "
                 " '0') "
                 "JOIN devices m ON m.rack_id = partner.id AND m.name LIKE '%-mgmt' "
                 "JOIN sp ON sp.device_id = m.id AND sp.pn = s.k WHERE ") +
             kCabledRack + QStringLiteral(" ORDER BY s.name"),
         &DemoSummary::cables},
        // ToR uplinks: the first 100G port to the row's fibre panel (single-mode), the second
        // as the MLAG peer link between the two ToRs (100G DAC).
        {"uplinks",
         QStringLiteral("WITH ") + kServersCte +
             QStringLiteral(
                 "INSERT INTO cables (port_a, port_b, type, colour, label, length_m) "
                 "SELECT sp.id, f.id, 'SM fibre', 'yellow', t.name || ' uplink', 10 + r.position "
                 "FROM devices t JOIN racks r ON r.id = t.rack_id "
                 "JOIN sp ON sp.device_id = t.id AND sp.pn = 49 "
                 "JOIN racks first ON first.location_id = r.location_id AND first.position = 1 "
                 "JOIN devices odf ON odf.rack_id = first.id AND odf.name LIKE '%-odf%' "
                 "JOIN ports f ON f.device_id = odf.id AND f.name = 'F' || lpad(((r.position - 1) * 2 + "
                 " right(t.name, 1)::int)::text, 2, '0') "
                 "WHERE t.name LIKE '%-tor_' AND r.name IN ") +
             kCabledRacks + QStringLiteral(" ORDER BY t.name"),
         &DemoSummary::cables},
        {"peer links",
         QStringLiteral("WITH ") + kServersCte +
             QStringLiteral("INSERT INTO cables (port_a, port_b, type, colour, label, length_m) "
                            "SELECT a.id, b.id, 'DAC', 'black', t1.name || ' peer link', 1 "
                            "FROM devices t1 JOIN racks r ON r.id = t1.rack_id "
                            "JOIN devices t2 ON t2.rack_id = t1.rack_id AND t2.name LIKE '%-tor2' "
                            "JOIN sp a ON a.device_id = t1.id AND a.pn = 50 "
                            "JOIN sp b ON b.device_id = t2.id AND b.pn = 50 "
                            "WHERE t1.name LIKE '%-tor1' AND r.name IN ") +
             kCabledRacks + QStringLiteral(" ORDER BY t1.name"),
         &DemoSummary::cables},
        // Cabled ports have link (oper status is polled state: not activity-logged).
        {"link state",
         QStringLiteral("UPDATE ports SET oper_status = 'up' WHERE kind IN ('switch', 'nic', 'bmc') "
                        "AND id IN (SELECT port_id FROM cable_ends)"),
         nullptr},
        // BMCs with a management address: Redfish for Dell, HPE and Lenovo, IPMI for Supermicro,
        // the vendors' well-known demo accounts. Marked demo: the addresses are a made-up site's and
        // may exist on the user's network, so no driver ever contacts them (0006_demo_targets.sql).
        {"BMC settings",
         QStringLiteral(
             "INSERT INTO device_bmc (device_id, bmc_kind, bmc_address, bmc_username, bmc_secret, "
             " ipmi_cipher_suite, ipmi_workarounds, demo) "
             "SELECT d.id, CASE WHEN t.manufacturer = 'Supermicro' THEN 'ipmi' ELSE 'redfish' END, "
             " CASE WHEN t.manufacturer = 'Supermicro' THEN host(a.address) ELSE 'https://' || "
             "host(a.address) "
             "  END, "
             " CASE t.manufacturer WHEN 'Dell' THEN 'root' WHEN 'HPE' THEN 'Administrator' WHEN 'Lenovo' "
             "THEN "
             "  'USERID' ELSE 'ADMIN' END, "
             " CASE t.manufacturer WHEN 'Dell' THEN 'calvin' WHEN 'Lenovo' THEN 'PASSW0RD' ELSE 'demo-' || "
             "  lower(t.manufacturer) || '-bmc' END, 3, "
             " CASE WHEN t.manufacturer = 'Supermicro' THEN ARRAY['opensesspriv'] ELSE ARRAY[]::text[] END, "
             " true "
             "FROM devices d JOIN device_types t ON t.id = d.device_type_id "
             "JOIN ip_addresses a ON a.device_id = d.id AND a.purpose = 'bmc' ORDER BY d.name"),
         &DemoSummary::bmcSettings},
        // SNMP on every switch and PDU (v2c, community public); PDUs read outlets by model. Demo
        // rows too: the poller skips them.
        {"SNMP settings",
         QStringLiteral(
             "INSERT INTO device_snmp (device_id, address, version, community, pdu_model, "
             " poll_interfaces, demo) "
             "SELECT d.id, COALESCE(host(a.address), d.name || '.mgmt.example.net'), 'v2c', 'public', "
             " CASE t.manufacturer WHEN 'APC' THEN 'apc-rpdu2' WHEN 'Raritan' THEN 'raritan-px2' END, "
             " t.kind <> 'pdu', true "
             "FROM devices d JOIN device_types t ON t.id = d.device_type_id "
             "LEFT JOIN ip_addresses a ON a.device_id = d.id AND a.purpose = 'management' "
             "WHERE t.kind IN ('switch', 'pdu') ORDER BY d.name"),
         &DemoSummary::snmpAgents},
        // A week of 5-minute traffic on every cabled switch port: a per-port level (uplinks
        // busier, management ports nearly idle), the diurnal curve, +-15% noise per slot, and
        // on one port in five bursts of 3-6x line level in 3-8% of the slots, so the 95th
        // percentile sits near or inside the bursts. Per-slot and per-port factors are computed
        // once; each row costs one hash.
        {"traffic samples",
         QStringLiteral("WITH ") + kSlotsCte +
             QStringLiteral(
                 ", q AS (SELECT p.id, p.speed_bps::float8 * 37.5 AS octets, s.seed, "
                 "  CASE WHEN dv.name LIKE '%-mgmt' THEN 0.001 WHEN p.speed_bps >= 100000000000 THEN 0.12 "
                 "   ELSE 0.05 END::float8 * (0.4 + (s.seed % 1000) / 500.0)::float8 AS level, "
                 "  (0.25 + ((s.seed / 1000) % 100) / 100.0)::float8 AS ratio, "
                 "  CASE WHEN s.seed % 5 = 0 THEN (30 + ((s.seed / 7) % 6) * 10) ELSE 0 END AS "
                 "burst_per_mille "
                 " FROM ports p JOIN devices dv ON dv.id = p.device_id "
                 " CROSS JOIN LATERAL (SELECT abs(hashtext(dv.name || '/' || p.name))::bigint AS seed) s "
                 " WHERE p.kind = 'switch' AND p.id IN (SELECT port_id FROM cable_ends)) "
                 "INSERT INTO traffic_samples (port_id, at, interval_s, in_bytes, out_bytes) "
                 "SELECT q.id, sl.at, 300, "
                 " (LEAST(0.95, q.level * sl.shape * (0.85 + 0.3 * (h.v & 65535)::float8 / 65535) * h.burst) "
                 "  * q.octets)::bigint, "
                 " (LEAST(0.95, q.level * q.ratio * sl.shape * (0.85 + 0.3 * ((h.v >> 16) & 65535)::float8 / "
                 "  65535) * h.burst) * q.octets)::bigint "
                 "FROM q CROSS JOIN slots sl "
                 "CROSS JOIN LATERAL (SELECT hashint8(q.seed * 4099 + sl.n) AS v) h0 "
                 "CROSS JOIN LATERAL (SELECT h0.v, CASE WHEN ((h0.v >> 8) & 1023) < q.burst_per_mille "
                 " THEN 3 + (h0.v & 3) ELSE 1 END AS burst) h"),
         &DemoSummary::trafficSamples},
        // Power: the PDUs of the cabled racks, each carrying half its rack's servers (+-3% noise,
        // 10 W of its own) ...
        {"PDU power samples",
         QStringLiteral("WITH ") + kSlotsCte +
             QStringLiteral(", q AS (SELECT pdu.id, abs(hashtext(pdu.name))::bigint AS seed, "
                            "  COALESCE((SELECT sum(s.watts) / 2.0 FROM devices s WHERE s.rack_id = "
                            "pdu.rack_id AND s.name "
                            "  LIKE '%-srv%' AND s.disposition <> 'decommissioned'), 0)::float8 AS load "
                            " FROM devices pdu JOIN racks r ON r.id = pdu.rack_id "
                            " WHERE pdu.name LIKE '%-pdu-_' AND r.name IN ") +
             kCabledRacks +
             QStringLiteral(
                 ") "
                 "INSERT INTO power_samples (device_id, port_id, at, watts) "
                 "SELECT q.id, NULL, sl.at, CAST(10 + q.load * (0.8 + 0.2 * sl.shape) * "
                 " (0.97 + 0.06 * (hashint8(q.seed * 4099 + sl.n) & 1023)::float8 / 1023) AS numeric(10, 2)) "
                 "FROM q CROSS JOIN slots sl"),
         &DemoSummary::powerSamples},
        // ... and their outlets feeding servers.
        {"outlet power samples",
         QStringLiteral("WITH ") + kServersCte + QStringLiteral(", ") + kSlotsCte +
             QStringLiteral(", q AS (SELECT o.id, o.device_id, abs(hashtext(pdu.name || '/' || "
                            "o.name))::bigint AS seed, "
                            "  (s.watts / 2.0)::float8 AS load FROM srv s "
                            "  JOIN devices pdu ON pdu.rack_id = s.rack_id AND pdu.name LIKE '%-pdu-_' "
                            "  JOIN ports o ON o.device_id = pdu.id AND o.name = 'Outlet ' || s.k "
                            "  WHERE s.disposition <> 'decommissioned' AND ") +
             kCabledRack +
             QStringLiteral(
                 ") "
                 "INSERT INTO power_samples (device_id, port_id, at, watts) "
                 "SELECT q.device_id, q.id, sl.at, CAST(q.load * (0.8 + 0.2 * sl.shape) * "
                 " (0.96 + 0.08 * (hashint8(q.seed * 4099 + sl.n) & 1023)::float8 / 1023) AS numeric(10, 2)) "
                 "FROM q CROSS JOIN slots sl"),
         &DemoSummary::powerSamples},
    };

    // The week ends with the last complete 5-minute slot.
    const qint64 last = (QDateTime::currentSecsSinceEpoch() / 300) * 300 - 300;
    const qint64 first = last - qint64(kSampleDays) * 288 * 300 + 300;
    for (const NetworkStep &step : steps) {
        QVariantMap binds;
        if (step.sql.contains(QLatin1String(":first")))
            binds = {{QStringLiteral("first"), first}, {QStringLiteral("last"), last}};
        auto q = db::exec(db, step.sql, binds);
        if (!q) {
            Error e = q.error();
            e.message = DemoData::tr("Demo %1: %2").arg(QLatin1String(step.what), e.message);
            return e;
        }
        if (step.counter)
            summary.*step.counter += q->numRowsAffected();
    }
    return {};
}
} // namespace

Result<bool> DemoData::isEmpty(QSqlDatabase &db)
{
    auto q = db::exec(db, QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM racks)"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::failure(DemoData::tr("Could not tell whether the database is empty."));
    return q->value(0).toBool();
}

Result<DemoSummary> DemoData::load(QSqlDatabase &db, bool onlyIfEmpty)
{
    Planner plan;
    plan.plan();
    return db::inTransaction(db, [&]() -> Result<DemoSummary> {
        // Two loads at once: the second waits here, then finds the racks of the first.
        auto lock = db::exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(:key)"),
                             {{QStringLiteral("key"), kDemoLock}});
        if (!lock)
            return lock.error();
        auto empty = isEmpty(db);
        if (!empty)
            return empty.error();
        if (!*empty) {
            if (onlyIfEmpty)
                return DemoSummary{};
            return Error::failure(DemoData::tr(
                "The database already has racks; demo data is only loaded into an empty database."));
        }
        auto summary = insertPlan(db, plan);
        if (summary) {
            if (auto allocations = insertAddressPlan(db); !allocations)
                summary = allocations.error();
        }
        if (summary) {
            if (Status network = insertNetwork(db, *summary); !network)
                summary = network.error();
        }
        if (!summary) {
            Error e = summary.error();
            e.message = DemoData::tr("Loading the demo data failed: %1").arg(e.message);
            return e;
        }
        return summary;
    });
}

} // namespace hostdeck
