// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipam/subnetallocator.h"

#include "core/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator64>
#include <QStringList>

#include <algorithm>

namespace hostdeck {

namespace {
// lupdate files these strings under the macro's context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SubnetAllocator)
};

QString S(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// QPSQL binds a null QString as NULL; text columns and list filters want ''.
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant nullableId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> optionalId(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

const QString kNodeColumns =
    QStringLiteral("s.id, s.parent_id, s.cidr::text, s.allocation_status, s.is_unavailable, "
                   "s.auto_allocatable, s.location_id, "
                   "s.vlan_id, s.customer_id, s.service_id, s.device_id, s.description");

SubnetNode readNode(const QSqlQuery &q, int offset = 0)
{
    SubnetNode n;
    n.id = q.value(offset + 0).toLongLong();
    n.parentId = optionalId(q.value(offset + 1));
    n.cidr = Cidr::parse(q.value(offset + 2).toString()).value();
    n.status = q.value(offset + 3).toString();
    n.isUnavailable = q.value(offset + 4).toBool();
    n.autoAllocatable = q.value(offset + 5).toBool();
    n.locationId = optionalId(q.value(offset + 6));
    n.vlanId = optionalId(q.value(offset + 7));
    n.customerId = optionalId(q.value(offset + 8));
    n.serviceId = optionalId(q.value(offset + 9));
    n.deviceId = optionalId(q.value(offset + 10));
    n.description = q.value(offset + 11).toString();
    return n;
}

QString joinIds(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

QString joinInts(const QList<int> &values)
{
    QStringList parts;
    for (int v : values)
        parts << QString::number(v);
    return parts.join(u',');
}

QString joinCidrs(const QList<Cidr> &cidrs)
{
    QStringList parts;
    for (const Cidr &c : cidrs)
        parts << c.toString();
    return parts.join(u',');
}

QString familyName(int family)
{
    return family == 4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
}

// The request's filters as the lists ipam_allocate_* take (comma-separated, '' for none),
// computed once per request.
struct FilterBinds
{
    QString pools;
    QString locs;
    QString vlans;
    QString description; // for messages

    void addTo(QVariantMap &binds) const
    {
        binds.insert(QStringLiteral("pools"), nonNull(pools));
        binds.insert(QStringLiteral("locs"), nonNull(locs));
        binds.insert(QStringLiteral("vlans"), nonNull(vlans));
    }
};

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// ipam_log_failure refuses a detail over 8 KiB; a failure is still worth logging when the
// request carried a huge purpose or listed hundreds of pools, so long strings and lists are
// clipped (and say so) before the detail is sent.
QJsonObject clippedDetail(QJsonObject detail)
{
    constexpr qsizetype maxText = 1000;
    constexpr qsizetype maxItems = 32;
    for (auto it = detail.begin(); it != detail.end(); ++it) {
        if (it->isString() && it->toString().size() > maxText) {
            *it = QString(it->toString().left(maxText) + QStringLiteral("… (clipped)"));
        } else if (it->isArray() && it->toArray().size() > maxItems) {
            QJsonArray kept;
            const QJsonArray all = it->toArray();
            for (qsizetype i = 0; i < maxItems; ++i)
                kept.append(all.at(i).isString() ? QJsonValue(all.at(i).toString().left(64)) : all.at(i));
            kept.append(QStringLiteral("… %1 more").arg(all.size() - maxItems));
            *it = kept;
        }
    }
    return detail;
}

// Runs `work` in one transaction with a lock timeout; db::inTransaction runs it again (within its
// bound) when the lock wait timed out, and the last timeout becomes the "busy" sentence.
// `setLockTimeout` false: the work sets its own (the ipam_allocate_* functions carry
// `SET lock_timeout = '5s'`), which saves a round trip per allocation.
template <typename Fn>
auto writeTransaction(QSqlDatabase &db, Fn &&work, bool setLockTimeout = true) -> decltype(work())
{
    auto result = db::inTransaction(
        db,
        [&]() -> decltype(work()) {
            if (setLockTimeout) {
                if (auto t = db::exec(db, QStringLiteral("SELECT set_config('lock_timeout', '5s', true)"));
                    !t)
                    return t.error();
            }
            return work();
        },
        true);
    if (!result.ok() && result.error().sqlState == QLatin1String("55P03")) {
        Error e = result.error();
        e.message = Text::tr("The address plan is busy: another console held its lock too long. Try again.");
        return e;
    }
    return result;
}

class Engine
{
public:
    explicit Engine(QSqlDatabase &db)
        : m_db(db)
    {}

    Result<QSqlQuery> exec(const QString &sql, const QVariantMap &binds = {})
    {
        return db::exec(m_db, sql, binds);
    }

    /// Records a failed automatic allocation (ipam_log_failure, schema 0013: the client cannot
    /// write provisioning_logs itself), in a transaction of its own after the failed one.
    Status logFailure(const QString &event, const AllocationOwner &owner, const QJsonObject &detail)
    {
        auto q =
            exec(QStringLiteral("SELECT ipam_log_failure(:event, :service, :device, CAST(:detail AS jsonb))"),
                 {{S("event"), event},
                  {S("service"), nullableId(owner.serviceId)},
                  {S("device"), nullableId(owner.deviceId)},
                  {S("detail"), jsonText(clippedDetail(detail))}});
        if (!q)
            return q.error();
        return {};
    }

    /// Runs one of the edit functions of schema 0013 (which makes the change and writes its
    /// provisioning_logs rows) and returns its single value.
    Result<QVariant> call(const QString &sql, const QVariantMap &binds)
    {
        auto q = exec(sql, binds);
        if (!q)
            return q.error();
        if (!q->next())
            return QVariant();
        return q->value(0);
    }

    /// Locks the subnet `cidr` (or the leaf that would hold it) and every
    /// subnet above it, top down, so a manual edit and an allocator never
    /// change the same node at once; false when no tree holds `cidr`.
    /// `shared`: for work on one address row (release, park), which only has
    /// to keep the tree above it from changing: FOR SHARE lets it run beside
    /// the address allocators that share the leaf.
    Result<bool> lockRootOf(const Cidr &cidr, bool shared = false)
    {
        // A subnet split or merged by a transaction that committed while this one waited is not
        // in the lock statement's snapshot: lock again until a fresh look finds only rows this
        // transaction holds (then no one can add a subnet on the path any more).
        const QString lock =
            QStringLiteral("SELECT count(*), bool_or(parent_id IS NULL) FROM (SELECT parent_id"
                           " FROM subnets WHERE cidr >>= CAST(:cidr AS cidr)"
                           " ORDER BY masklen(cidr) ") +
            (shared ? QStringLiteral("FOR SHARE") : QStringLiteral("FOR UPDATE")) + QStringLiteral(") path");
        for (int pass = 0; pass < 4; ++pass) {
            auto held = exec(lock, {{S("cidr"), cidr.toString()}});
            if (!held)
                return held.error();
            held->next();
            auto seen =
                exec(QStringLiteral("SELECT count(*) FROM subnets WHERE cidr >>= CAST(:cidr AS cidr)"),
                     {{S("cidr"), cidr.toString()}});
            if (!seen)
                return seen.error();
            seen->next();
            if (seen->value(0).toLongLong() == held->value(0).toLongLong())
                return held->value(1).toBool();
        }
        Error busy{Text::tr("The address plan is busy: the subnets around %1 kept changing. Try again.")
                       .arg(cidr.toString()),
                   {},
                   QStringLiteral("55P03")};
        return busy;
    }

    Result<std::optional<SubnetNode>> findNode(const Cidr &cidr)
    {
        auto q = exec(QStringLiteral("SELECT ") + kNodeColumns +
                          QStringLiteral(" FROM subnets s WHERE s.cidr = CAST(:cidr AS cidr)"),
                      {{S("cidr"), cidr.toString()}});
        if (!q)
            return q.error();
        if (!q->next())
            return std::optional<SubnetNode>();
        return std::optional<SubnetNode>(readNode(*q));
    }

    Result<SubnetNode> requireNode(const Cidr &cidr)
    {
        auto n = findNode(cidr);
        if (!n)
            return n.error();
        if (!n->has_value())
            return Error::failure(Text::tr("There is no subnet %1.").arg(cidr.toString()));
        return **n;
    }

    /// The deepest node containing `cidr` (or equal to it).
    Result<std::optional<SubnetNode>> container(const Cidr &cidr)
    {
        auto q = exec(QStringLiteral("SELECT ") + kNodeColumns +
                          QStringLiteral(" FROM subnets s WHERE s.cidr >>= CAST(:cidr AS cidr)"
                                         " ORDER BY masklen(s.cidr) DESC LIMIT 1"),
                      {{S("cidr"), cidr.toString()}});
        if (!q)
            return q.error();
        if (!q->next())
            return std::optional<SubnetNode>();
        return std::optional<SubnetNode>(readNode(*q));
    }

    Result<qint64> addressCount(const Cidr &cidr)
    {
        auto q =
            exec(QStringLiteral("SELECT count(*) FROM ip_addresses WHERE address <<= CAST(:cidr AS cidr)"),
                 {{S("cidr"), cidr.toString()}});
        if (!q)
            return q.error();
        q->next();
        return q->value(0).toLongLong();
    }

    /// The CIDR of the root holding `cidr`.
    Cidr rootOf(const Cidr &cidr)
    {
        auto q = exec(
            QStringLiteral(
                "SELECT cidr::text FROM subnets WHERE parent_id IS NULL AND cidr >>= CAST(:cidr AS cidr)"),
            {{S("cidr"), cidr.toString()}});
        if (q && q->next())
            return Cidr::parse(q->value(0).toString()).value();
        return {};
    }

    /// The location filter: the request's location (or the device's rack
    /// location) and its ancestors.
    Result<FilterBinds> filterBinds(const PoolFilter &filter, const AllocationOwner &owner)
    {
        FilterBinds b;
        b.pools = joinCidrs(filter.pools);
        b.vlans = joinInts(filter.allowedVlans);
        for (const Cidr &pool : filter.pools) {
            if (pool.family() != filter.family)
                return Error::failure(Text::tr("The pool %1 is not an %2 network.")
                                          .arg(pool.toString(), familyName(filter.family)));
        }
        std::optional<qint64> location = filter.locationId;
        if (!location && owner.deviceId) {
            auto q = exec(QStringLiteral("SELECT r.location_id FROM devices d LEFT JOIN racks r ON r.id = "
                                         "d.rack_id WHERE d.id = :id"),
                          {{S("id"), *owner.deviceId}});
            if (!q)
                return q.error();
            if (!q->next())
                return Error::failure(Text::tr("There is no device with id %1.").arg(*owner.deviceId));
            location = optionalId(q->value(0));
        }
        QStringList parts;
        if (location) {
            auto q = exec(QStringLiteral("WITH RECURSIVE chain(id, parent_id, code, depth) AS ("
                                         " SELECT id, parent_id, code, 0 FROM locations WHERE id = :id"
                                         " UNION ALL SELECT l.id, l.parent_id, l.code, c.depth + 1"
                                         " FROM locations l JOIN chain c ON l.id = c.parent_id)"
                                         " SELECT id, code FROM chain ORDER BY depth"),
                          {{S("id"), *location}});
            if (!q)
                return q.error();
            QList<qint64> ids;
            QString code;
            while (q->next()) {
                ids << q->value(0).toLongLong();
                if (code.isEmpty())
                    code = q->value(1).toString();
            }
            if (ids.isEmpty())
                return Error::failure(Text::tr("There is no location with id %1.").arg(*location));
            b.locs = joinIds(ids);
            parts << Text::tr("location %1").arg(code);
        }
        if (!filter.allowedVlans.isEmpty())
            parts << Text::tr("VLAN %1").arg(b.vlans);
        if (!filter.pools.isEmpty())
            parts << Text::tr("pool %1").arg(b.pools);
        b.description = parts.join(QStringLiteral(", "));
        return b;
    }

    /// The refusal an ipam_allocate_* call answered instead of an allocation (a JSON object
    /// with "refused"), worded and translated here; nullopt when it answered an allocation.
    static std::optional<Error> refusal(const QJsonDocument &answer)
    {
        const QJsonObject o = answer.object();
        if (!answer.isObject() || !o.contains(QLatin1String("refused")))
            return std::nullopt;
        if (o.value(QLatin1String("refused")).toString() == QLatin1String("missing_pool"))
            return Error::failure(Text::tr("The pool subnet %1 does not exist.")
                                      .arg(o.value(QLatin1String("pool")).toString()));
        return Error::failure(Text::tr("The database refused the allocation: %1")
                                  .arg(QString::fromUtf8(answer.toJson(QJsonDocument::Compact)).left(200)));
    }

    Result<SubnetAllocation> allocateSubnet(const SubnetRequest &request);
    Result<AddressAllocation> allocateAddresses(const AddressRequest &request);

private:
    QSqlDatabase &m_db;
};

Cidr cidrAt(const QJsonValue &v)
{
    auto c = Cidr::parse(v.toString());
    return c ? *c : Cidr();
}

QString noSpaceSuffix(const FilterBinds &binds)
{
    return binds.description.isEmpty() ? QString() : QStringLiteral(" (") + binds.description + u')';
}

// The search, the carving and the log rows run server-side in one call
// (ipam_allocate_subnet, schema 0012), which locks only the leaf it takes.
Result<SubnetAllocation> Engine::allocateSubnet(const SubnetRequest &request)
{
    const int family = request.filter.family;
    if (Status s = Cidr::checkManagedPrefix(family, request.prefixLength); !s)
        return s.error();
    auto binds = filterBinds(request.filter, request.owner);
    if (!binds)
        return binds.error();
    QVariantMap b{{S("family"), family},
                  {S("prefix"), request.prefixLength},
                  {S("customer"), nullableId(request.owner.customerId)},
                  {S("service"), nullableId(request.owner.serviceId)},
                  {S("device"), nullableId(request.owner.deviceId)},
                  {S("description"), nonNull(request.description)},
                  {S("purpose"), nonNull(request.purpose)}};
    binds->addTo(b);
    auto q = exec(
        QStringLiteral("SELECT ipam_allocate_subnet(:family, :prefix, string_to_array(:pools, ',')::cidr[],"
                       " string_to_array(:locs, ',')::bigint[], string_to_array(:vlans, ',')::int[],"
                       " :customer, :service, :device, :description, :purpose)::text"),
        b);
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).isNull())
        return Error::failure(
            Text::tr("No free /%1 is left in the %2 pools%3: every block is allocated, parked, "
                     "holds addresses or is "
                     "not open to automatic allocation.")
                .arg(request.prefixLength)
                .arg(familyName(family), noSpaceSuffix(*binds)));
    const QJsonDocument answer = QJsonDocument::fromJson(q->value(0).toString().toUtf8());
    if (auto refused = refusal(answer))
        return *refused;
    const QJsonObject o = answer.object();
    SubnetAllocation result;
    result.subnetId = o.value(S("id")).toInteger();
    result.cidr = cidrAt(o.value(S("cidr")));
    result.pool = cidrAt(o.value(S("pool")));
    const QString strategy = o.value(S("strategy")).toString();
    result.strategy = strategy == QLatin1String("merge")   ? AllocationStrategy::Merge
                      : strategy == QLatin1String("split") ? AllocationStrategy::Split
                                                           : AllocationStrategy::ExactFit;
    for (const QJsonValue &v : o.value(S("splits")).toArray()) {
        const QJsonArray a = v.toArray();
        result.splits << SplitStep{cidrAt(a.at(0)), cidrAt(a.at(1)), cidrAt(a.at(2))};
    }
    for (const QJsonValue &v : o.value(S("merges")).toArray()) {
        const QJsonArray a = v.toArray();
        result.merges << MergeStep{cidrAt(a.at(0)), cidrAt(a.at(1)), cidrAt(a.at(2))};
    }
    if (!result.cidr.isValid() || result.subnetId <= 0)
        return Error::failure(
            Text::tr("The database answered an allocation in a form HostDeck does not know: %1")
                .arg(q->value(0).toString().left(200)));
    return result;
}

// Runs server-side in one call (ipam_allocate_addresses, schema 0012), which
// shares the leaves it uses with other address allocators.
Result<AddressAllocation> Engine::allocateAddresses(const AddressRequest &request)
{
    const int family = request.filter.family;
    if (family != 4 && family != 6)
        return Error::failure(Text::tr("The address family must be 4 or 6, not %1.").arg(family));
    if (request.count < 1 || request.count > 9999)
        return Error::failure(
            Text::tr("The number of addresses must be between 1 and 9999, not %1.").arg(request.count));
    auto binds = filterBinds(request.filter, request.owner);
    if (!binds)
        return binds.error();
    const quint64 seed =
        request.randomSeed != 0 ? request.randomSeed : QRandomGenerator64::global()->generate();
    QVariantMap b{{S("family"), family},
                  {S("count"), request.count},
                  {S("pick"), request.pick == AddressPick::Random ? S("random") : S("next")},
                  {S("seed"), qint64(seed & 0x7fffffffffffffffULL) | 1},
                  {S("customer"), nullableId(request.owner.customerId)},
                  {S("service"), nullableId(request.owner.serviceId)},
                  {S("device"), nullableId(request.owner.deviceId)},
                  {S("purpose"), request.purpose.isEmpty() ? S("primary") : request.purpose}};
    binds->addTo(b);
    auto q = exec(
        QStringLiteral("SELECT ipam_allocate_addresses(:family, :count, :pick, :seed,"
                       " string_to_array(:pools, ',')::cidr[], string_to_array(:locs, ',')::bigint[],"
                       " string_to_array(:vlans, ',')::int[], :customer, :service, :device, :purpose)::text"),
        b);
    if (!q)
        return q.error();
    AddressAllocation result;
    if (q->next()) {
        const QJsonDocument answer = QJsonDocument::fromJson(q->value(0).toString().toUtf8());
        if (auto refused = refusal(answer))
            return *refused;
        const QJsonArray rows = answer.array();
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            const auto address = Cidr::parseAddress(o.value(S("address")).toString());
            if (!address)
                return address.error();
            result.addresses << AllocatedAddress{o.value(S("id")).toInteger(),
                                                 o.value(S("subnet_id")).toInteger(), *address,
                                                 cidrAt(o.value(S("subnet")))};
        }
    }
    if (result.addresses.size() < request.count)
        return Error::failure(
            Text::tr("Only %1 of %2 %3 addresses could be found in the pools%4: the matching "
                     "address subnets (IPv4 /16 or longer, IPv6 /64 or longer) are full, parked "
                     "or not open to automatic allocation.")
                .arg(result.addresses.size())
                .arg(request.count)
                .arg(familyName(family), noSpaceSuffix(*binds)));
    return result;
}

// Releases what is linked to a service or device (`column` is a fixed column
// name); management and BMC addresses stay when `keepManagement`.
QJsonArray cidrArray(const QList<Cidr> &cidrs, bool asAddresses = false)
{
    QJsonArray a;
    for (const Cidr &c : cidrs)
        a << (asAddresses ? c.addressString() : c.toString());
    return a;
}
} // namespace

SubnetAllocator::SubnetAllocator(QSqlDatabase &db)
    : m_db(db)
{}

Result<SubnetAllocation> SubnetAllocator::allocateSubnetInTransaction(const SubnetRequest &request)
{
    return Engine(m_db).allocateSubnet(request);
}

Result<SubnetAllocation> SubnetAllocator::allocateSubnet(const SubnetRequest &request)
{
    auto result = writeTransaction(
        m_db, [&] { return allocateSubnetInTransaction(request); }, false);
    if (!result.ok() && !result.error().connectionLost) {
        QJsonObject detail{{S("family"), request.filter.family},
                           {S("prefix_length"), request.prefixLength},
                           {S("pools"), cidrArray(request.filter.pools)},
                           {S("error"), result.error().message}};
        if (!request.purpose.isEmpty())
            detail.insert(S("purpose"), request.purpose);
        db::inTransaction(m_db, [&] {
            return Engine(m_db).logFailure(QStringLiteral("ipam_allocate_subnet"), request.owner, detail);
        });
    }
    return result;
}

Result<AddressAllocation> SubnetAllocator::allocateAddressesInTransaction(const AddressRequest &request)
{
    return Engine(m_db).allocateAddresses(request);
}

Result<AddressAllocation> SubnetAllocator::allocateAddresses(const AddressRequest &request)
{
    auto result = writeTransaction(
        m_db, [&] { return allocateAddressesInTransaction(request); }, false);
    if (!result.ok() && !result.error().connectionLost) {
        QJsonObject detail{{S("family"), request.filter.family},
                           {S("count"), request.count},
                           {S("purpose"), request.purpose},
                           {S("vlan"), request.filter.allowedVlans.isEmpty()
                                           ? QJsonValue()
                                           : QJsonValue(request.filter.allowedVlans.first())},
                           {S("pools"), cidrArray(request.filter.pools)},
                           {S("error"), result.error().message}};
        db::inTransaction(m_db, [&] {
            return Engine(m_db).logFailure(QStringLiteral("ipam_allocate_ip"), request.owner, detail);
        });
    }
    return result;
}

Status SubnetAllocator::releaseSubnet(const Cidr &cidr)
{
    return writeTransaction(m_db, [&]() -> Status {
        Engine e(m_db);
        if (auto root = e.lockRootOf(cidr); !root)
            return root.error();
        auto n = e.requireNode(cidr);
        if (!n)
            return n.error();
        if (n->status != QLatin1String("allocated"))
            return Error::failure(Text::tr("%1 is %2, not allocated; there is nothing to release.")
                                      .arg(cidr.toString(), n->status));
        auto count = e.addressCount(cidr);
        if (!count)
            return count.error();
        if (*count > 0)
            return Error::failure(Text::tr("%1 still holds %2 IP address records; release them first.")
                                      .arg(cidr.toString())
                                      .arg(*count));
        auto done = e.call(QStringLiteral("SELECT ipam_release_subnet(CAST(:c AS cidr))"),
                           {{S("c"), cidr.toString()}});
        if (!done)
            return done.error();
        return {};
    });
}

Status SubnetAllocator::releaseAddress(const Cidr &address)
{
    if (!address.isHost())
        return Error::failure(Text::tr("%1 is a network, not a single address.").arg(address.toString()));
    return writeTransaction(m_db, [&]() -> Status {
        Engine e(m_db);
        if (auto root = e.lockRootOf(address, true); !root)
            return root.error();
        auto held = e.exec(QStringLiteral("SELECT 1 FROM ip_addresses WHERE address = CAST(:a AS inet)"),
                           {{S("a"), address.addressString()}});
        if (!held)
            return held.error();
        if (!held->next())
            return Error::failure(Text::tr("The address %1 is not allocated.").arg(address.addressString()));
        auto done = e.call(QStringLiteral("SELECT ipam_release_address(CAST(:a AS inet))"),
                           {{S("a"), address.addressString()}});
        if (!done)
            return done.error();
        return {};
    });
}

Result<SubnetNode> SubnetAllocator::addSubnet(const NewSubnet &subnet)
{
    if (!subnet.cidr.isValid())
        return Error::failure(Text::tr("No subnet given."));
    if (Status s = Cidr::checkManaged(subnet.cidr); !s)
        return s.error();
    return writeTransaction(m_db, [&]() -> Result<SubnetNode> {
        Engine e(m_db);
        if (auto root = e.lockRootOf(subnet.cidr); !root)
            return root.error();
        auto holder = e.container(subnet.cidr);
        if (!holder)
            return holder.error();
        qint64 id = 0;
        if (!holder->has_value()) {
            // A new root; existing roots inside it become its children (ipam_add_root, 0013).
            auto added = e.call(QStringLiteral("SELECT ipam_add_root(CAST(:c AS cidr))"),
                                {{S("c"), subnet.cidr.toString()}});
            if (!added)
                return added.error();
            id = added->toLongLong();
        } else {
            const SubnetNode d = **holder;
            if (d.cidr == subnet.cidr)
                return Error::failure(Text::tr("The subnet %1 already exists.").arg(subnet.cidr.toString()));
            if (!d.isLeaf())
                return Error::failure(
                    Text::tr("%1 would contain existing subnets of %2; split or merge %2 instead.")
                        .arg(subnet.cidr.toString(), d.cidr.toString()));
            if (d.status == QLatin1String("allocated"))
                return Error::failure(Text::tr("%1 lies inside %2, which is allocated; release it first.")
                                          .arg(subnet.cidr.toString(), d.cidr.toString()));
            auto count = e.addressCount(d.cidr);
            if (!count)
                return count.error();
            if (*count > 0)
                return Error::failure(
                    Text::tr("%1 lies inside %2, which holds IP addresses and cannot be split.")
                        .arg(subnet.cidr.toString(), d.cidr.toString()));
            // Split towards the new subnet: at each level halve and descend into the half holding it.
            Cidr current = d.cidr;
            while (current.prefixLength() < subnet.cidr.prefixLength()) {
                auto halved = e.call(QStringLiteral("SELECT ipam_split_subnet(CAST(:c AS cidr), :p)"),
                                     {{S("c"), current.toString()}, {S("p"), current.prefixLength() + 1}});
                if (!halved)
                    return halved.error();
                const auto [lower, upper] = current.halves();
                current = lower.contains(subnet.cidr) ? lower : upper;
            }
            auto n = e.requireNode(current);
            if (!n)
                return n.error();
            id = n->id;
        }
        auto up = e.exec(
            QStringLiteral(
                "UPDATE subnets SET location_id = :location, vlan_id = :vlan, is_unavailable = :unavailable,"
                " auto_allocatable = :auto, description = :description WHERE id = :id"),
            {{S("location"), nullableId(subnet.locationId)},
             {S("vlan"), nullableId(subnet.vlanId)},
             {S("unavailable"), subnet.unavailable},
             {S("auto"), subnet.autoAllocatable},
             {S("description"), nonNull(subnet.description)},
             {S("id"), id}});
        if (!up)
            return up.error();
        return e.requireNode(subnet.cidr);
    });
}

Result<QList<SubnetNode>> SubnetAllocator::split(const Cidr &cidr, int toPrefix)
{
    return writeTransaction(m_db, [&]() -> Result<QList<SubnetNode>> {
        Engine e(m_db);
        if (auto root = e.lockRootOf(cidr); !root)
            return root.error();
        auto n = e.requireNode(cidr);
        if (!n)
            return n.error();
        if (!n->isLeaf())
            return Error::failure(Text::tr("%1 is already subdivided.").arg(cidr.toString()));
        if (n->status == QLatin1String("allocated"))
            return Error::failure(
                Text::tr("%1 is allocated; release it before splitting it.").arg(cidr.toString()));
        auto count = e.addressCount(cidr);
        if (!count)
            return count.error();
        if (*count > 0)
            return Error::failure(Text::tr("%1 holds %2 IP address records and cannot be split.")
                                      .arg(cidr.toString())
                                      .arg(*count));
        // Worded limits (prefix range, at most 65,536 pieces) before the database checks them again.
        if (auto pieces = cidr.subdivide(toPrefix); !pieces)
            return pieces.error();
        auto done = e.call(QStringLiteral("SELECT ipam_split_subnet(CAST(:c AS cidr), :p)"),
                           {{S("c"), cidr.toString()}, {S("p"), toPrefix}});
        if (!done)
            return done.error();
        auto rows = e.exec(QStringLiteral("SELECT ") + kNodeColumns +
                               QStringLiteral(" FROM subnets s WHERE s.parent_id = :id ORDER BY s.cidr"),
                           {{S("id"), n->id}});
        if (!rows)
            return rows.error();
        QList<SubnetNode> children;
        while (rows->next())
            children << readNode(*rows);
        return children;
    });
}
Result<SubnetNode> SubnetAllocator::mergeWithSibling(const Cidr &cidr)
{
    return writeTransaction(m_db, [&]() -> Result<SubnetNode> {
        Engine e(m_db);
        if (auto root = e.lockRootOf(cidr); !root)
            return root.error();
        if (auto buddy = e.lockRootOf(cidr.sibling()); !buddy)
            return buddy.error();
        auto n = e.requireNode(cidr);
        if (!n)
            return n.error();
        if (!n->parentId)
            return Error::failure(
                Text::tr("%1 is a top-level pool and has no sibling to merge with.").arg(cidr.toString()));
        const Cidr buddy = cidr.sibling();
        auto b = e.findNode(buddy);
        if (!b)
            return b.error();
        if (!b->has_value() || (*b)->parentId != n->parentId)
            return Error::failure(
                Text::tr("%1 cannot be merged: its other half %2 is not a sibling subnet of the same size.")
                    .arg(cidr.toString(), buddy.toString()));
        for (const SubnetNode &x : {*n, **b}) {
            if (x.status != QLatin1String("unallocated"))
                return Error::failure(Text::tr("%1 cannot be merged: %2 is %3.")
                                          .arg(cidr.toString(), x.cidr.toString(), x.status));
            if (x.isUnavailable)
                return Error::failure(
                    Text::tr("%1 cannot be merged: %2 is parked.").arg(cidr.toString(), x.cidr.toString()));
        }
        auto count = e.addressCount(cidr.parent());
        if (!count)
            return count.error();
        if (*count > 0)
            return Error::failure(Text::tr("%1 cannot be merged: %2 holds IP address records.")
                                      .arg(cidr.toString(), cidr.parent().toString()));
        auto id = e.call(QStringLiteral("SELECT ipam_merge_block(CAST(:b AS cidr))"),
                         {{S("b"), cidr.parent().toString()}});
        if (!id)
            return id.error();
        return e.requireNode(cidr.parent());
    });
}

Status SubnetAllocator::setUnavailable(const Cidr &cidr, bool unavailable)
{
    return writeTransaction(m_db, [&]() -> Status {
        Engine e(m_db);
        if (auto root = e.lockRootOf(cidr); !root)
            return root.error();
        if (auto n = e.requireNode(cidr); !n)
            return n.error();
        auto done = e.call(QStringLiteral("SELECT ipam_park_subnet(CAST(:c AS cidr), :u)"),
                           {{S("c"), cidr.toString()}, {S("u"), unavailable}});
        if (!done)
            return done.error();
        return {};
    });
}

Status SubnetAllocator::setAddressUnavailable(const Cidr &address, bool unavailable)
{
    if (!address.isHost())
        return Error::failure(Text::tr("%1 is a network, not a single address.").arg(address.toString()));
    return writeTransaction(m_db, [&]() -> Status {
        Engine e(m_db);
        if (auto root = e.lockRootOf(address, true); !root)
            return root.error();
        auto existing =
            e.exec(QStringLiteral(
                       "SELECT id, purpose, customer_id IS NULL AND service_id IS NULL AND device_id IS NULL"
                       " FROM ip_addresses WHERE address = CAST(:a AS inet)"),
                   {{S("a"), address.addressString()}});
        if (!existing)
            return existing.error();
        if (existing->next()) {
            const qint64 id = existing->value(0).toLongLong();
            const bool parkOnly =
                existing->value(1).toString() == QLatin1String("reserved") && existing->value(2).toBool();
            if (!unavailable && parkOnly) {
                if (auto del =
                        e.exec(QStringLiteral("DELETE FROM ip_addresses WHERE id = :id"), {{S("id"), id}});
                    !del)
                    return del.error();
            } else if (auto up = e.exec(
                           QStringLiteral("UPDATE ip_addresses SET is_unavailable = :u WHERE id = :id"),
                           {{S("u"), unavailable}, {S("id"), id}});
                       !up) {
                return up.error();
            }
            return {};
        }
        if (!unavailable)
            return Error::failure(Text::tr("The address %1 is not parked.").arg(address.addressString()));
        auto holder = e.container(address);
        if (!holder)
            return holder.error();
        if (!holder->has_value())
            return Error::failure(
                Text::tr("The address %1 lies in no known subnet.").arg(address.addressString()));
        auto ins =
            e.exec(QStringLiteral("INSERT INTO ip_addresses (subnet_id, address, purpose, is_unavailable)"
                                  " VALUES (:s, CAST(:a AS inet), 'reserved', true)"),
                   {{S("s"), (*holder)->id}, {S("a"), address.addressString()}});
        if (!ins)
            return ins.error();
        return {};
    });
}

Status SubnetAllocator::assignCustomer(const Cidr &cidr, std::optional<qint64> customerId)
{
    return writeTransaction(m_db, [&]() -> Status {
        Engine e(m_db);
        if (auto root = e.lockRootOf(cidr); !root)
            return root.error();
        auto n = e.requireNode(cidr);
        if (!n)
            return n.error();
        if (!n->isLeaf())
            return Error::failure(
                Text::tr("%1 is subdivided; assign one of its subnets instead.").arg(cidr.toString()));
        if (customerId && n->status == QLatin1String("allocated") && n->customerId != customerId)
            return Error::failure(Text::tr("%1 is already allocated to another customer; release it first.")
                                      .arg(cidr.toString()));
        if (!customerId && n->status != QLatin1String("allocated"))
            return Error::failure(Text::tr("%1 is not assigned to anyone.").arg(cidr.toString()));
        auto done = e.call(QStringLiteral("SELECT ipam_assign_customer(CAST(:c AS cidr), :customer)"),
                           {{S("c"), cidr.toString()}, {S("customer"), nullableId(customerId)}});
        if (!done)
            return done.error();
        return {};
    });
}

namespace {
QList<Cidr> cidrList(const QJsonValue &v, bool addresses = false)
{
    QList<Cidr> out;
    for (const QJsonValue &x : v.toArray()) {
        auto c = addresses ? Cidr::parseAddress(x.toString()) : Cidr::parse(x.toString());
        if (c)
            out << *c;
    }
    return out;
}
} // namespace

Result<TreeRepair> SubnetAllocator::repairTree()
{
    return writeTransaction(m_db, [&]() -> Result<TreeRepair> {
        // The search for broken trees, the filling and the log rows run server-side
        // (ipam_repair_tree, 0013), under the roots' locks.
        auto done = Engine(m_db).call(QStringLiteral("SELECT ipam_repair_tree()::text"), {});
        if (!done)
            return done.error();
        const QJsonObject o = QJsonDocument::fromJson(done->toString().toUtf8()).object();
        TreeRepair repair;
        repair.filled = cidrList(o.value(QLatin1String("filled")));
        repair.emptied = cidrList(o.value(QLatin1String("emptied")));
        return repair;
    });
}

Status SubnetAllocator::deleteLeaf(const Cidr &cidr)
{
    return writeTransaction(m_db, [&]() -> Status {
        Engine e(m_db);
        if (auto root = e.lockRootOf(cidr); !root)
            return root.error();
        auto n = e.requireNode(cidr);
        if (!n)
            return n.error();
        if (!n->isLeaf())
            return Error::failure(
                Text::tr("%1 is subdivided; only an empty leaf can be deleted.").arg(cidr.toString()));
        if (n->status == QLatin1String("allocated"))
            return Error::failure(
                Text::tr("%1 is allocated; release it before deleting it.").arg(cidr.toString()));
        if (n->parentId)
            return Error::failure(
                Text::tr("%1 is part of a larger subnet; merge it with its sibling instead of deleting it.")
                    .arg(cidr.toString()));
        auto count = e.addressCount(cidr);
        if (!count)
            return count.error();
        if (*count > 0)
            return Error::failure(Text::tr("%1 holds %2 IP address records; release them first.")
                                      .arg(cidr.toString())
                                      .arg(*count));
        auto done = e.call(QStringLiteral("SELECT ipam_delete_subnet(CAST(:c AS cidr))"),
                           {{S("c"), cidr.toString()}});
        if (!done)
            return done.error();
        return {};
    });
}

Result<IpamFulfilment> SubnetAllocator::fulfilService(qint64 serviceId)
{
    QString failedEvent = QStringLiteral("ipam_allocate_ip");
    AllocationOwner owner{{}, serviceId, {}};
    auto result = writeTransaction(m_db, [&]() -> Result<IpamFulfilment> {
        Engine e(m_db);
        auto q = e.exec(
            QStringLiteral("SELECT s.customer_id, s.device_id, p.ipam_config::text, p.name FROM services s"
                           " JOIN products p ON p.id = s.product_id WHERE s.id = :id FOR UPDATE OF s"),
            {{S("id"), serviceId}});
        if (!q)
            return q.error();
        if (!q->next())
            return Error::failure(Text::tr("There is no service with id %1.").arg(serviceId));
        owner = AllocationOwner{q->value(0).toLongLong(), serviceId, optionalId(q->value(1))};
        auto config = IpamConfig::fromJson(q->value(2).toString().toUtf8());
        if (!config)
            return Error::failure(Text::tr("The product \"%1\" has an invalid IPAM configuration: %2")
                                      .arg(q->value(3).toString(), config.error().message));
        IpamFulfilment done;
        if (!config->enabled)
            return done;
        for (const IpamRule &rule : std::as_const(config->rules)) {
            PoolFilter filter{rule.family, std::nullopt, rule.allowedVlans, rule.pools};
            if (rule.type == IpamRule::Type::Subnet) {
                failedEvent = QStringLiteral("ipam_allocate_subnet");
                for (int i = 0; i < rule.count; ++i) {
                    SubnetRequest r{filter, rule.prefixLength, owner, rule.purpose, {}};
                    auto a = e.allocateSubnet(r);
                    if (!a)
                        return a.error();
                    done.subnets << *a;
                }
            } else {
                failedEvent = QStringLiteral("ipam_allocate_ip");
                AddressRequest r;
                r.filter = filter;
                r.count = rule.count;
                r.pick = rule.pick;
                r.owner = owner;
                r.purpose = rule.purpose;
                auto a = e.allocateAddresses(r);
                if (!a)
                    return a.error();
                done.addresses << a->addresses;
            }
        }
        return done;
    });
    if (!result.ok() && !result.error().connectionLost) {
        db::inTransaction(m_db, [&] {
            return Engine(m_db).logFailure(
                failedEvent, owner,
                QJsonObject{{S("service_id"), serviceId}, {S("error"), result.error().message}});
        });
    }
    return result;
}

namespace {
// Releases everything a service or a device owns (management addresses stay) and logs it as one
// row, in one transaction over both families' trees (ipam_release_owner, 0013).
Result<IpamRelease> releaseOwned(QSqlDatabase &db, const QString &kind, qint64 id)
{
    return writeTransaction(db, [&]() -> Result<IpamRelease> {
        auto done = Engine(db).call(QStringLiteral("SELECT ipam_release_owner(:kind, :id)::text"),
                                    {{S("kind"), kind}, {S("id"), id}});
        if (!done)
            return done.error();
        const QJsonObject o = QJsonDocument::fromJson(done->toString().toUtf8()).object();
        IpamRelease released;
        released.subnets = cidrList(o.value(QLatin1String("subnets")));
        released.addresses = cidrList(o.value(QLatin1String("addresses")), true);
        return released;
    });
}
} // namespace

Result<IpamRelease> SubnetAllocator::wipeDevice(qint64 deviceId)
{
    return releaseOwned(m_db, QStringLiteral("device"), deviceId);
}

Result<IpamRelease> SubnetAllocator::releaseService(qint64 serviceId)
{
    return releaseOwned(m_db, QStringLiteral("service"), serviceId);
}

Result<SubnetNode> SubnetAllocator::node(const Cidr &cidr)
{
    return Engine(m_db).requireNode(cidr);
}

} // namespace hostdeck
