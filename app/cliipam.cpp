// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliipam.h"
#include "clioutput.h"

#include "cli.h"
#include "core/database.h"
#include "ipam/ipamrepository.h"
#include "ipam/subnetallocator.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace hostdeck::ipamcli {

namespace {

using namespace cli;
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(IpamCli)
};

const QString kLocation = QStringLiteral("--location");
const QString kVlan = QStringLiteral("--vlan");
const QString kUnavailable = QStringLiteral("--unavailable");
const QString kNoAuto = QStringLiteral("--no-auto");
const QString kFamily = QStringLiteral("--family");
const QString kPrefix = QStringLiteral("--prefix");
const QString kIps = QStringLiteral("--ips");
const QString kPool = QStringLiteral("--pool");
const QString kCustomer = QStringLiteral("--customer");

/// Human output: at most this many children per node, and this many nodes in all.
constexpr int kHumanChildren = 32;
constexpr int kHumanNodes = 500;
/// JSON output: the same limits, larger.
constexpr int kJsonChildren = 256;
constexpr int kJsonNodes = 5000;
/// Free blocks listed.
constexpr int kFreeListed = 256;
/// At most this many addresses in one request.
constexpr int kMaxIps = 4096;

/// A 128-bit count in JSON: a number while a double holds it exactly (2^53), else a decimal string.
QJsonValue countJson(uint128 count)
{
    if (count <= (uint128(1) << 53))
        return QJsonValue(double(quint64(count)));
    return QJsonValue(Cidr::toDecimal(count));
}

// ---------------------------------------------------------------------------
// Look-ups
// ---------------------------------------------------------------------------

Result<qint64> locationId(QSqlDatabase &db, const QString &code)
{
    auto q = db::exec(db, QStringLiteral("SELECT id FROM locations WHERE code = :code"), {{S("code"), code}});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::failure(Text::tr("There is no location with the code \"%1\".").arg(code));
    return q->value(0).toLongLong();
}

/// The VLAN `vid` of the location or, failing that, of its nearest parent location.
Result<qint64> vlanAt(QSqlDatabase &db, int vid, qint64 location, const QString &locationName)
{
    auto q = db::exec(db,
                      QStringLiteral("WITH RECURSIVE up(id, depth) AS ("
                                     "  SELECT CAST(:location AS bigint), 0"
                                     "  UNION ALL SELECT l.parent_id, up.depth + 1 FROM locations l"
                                     "  JOIN up ON l.id = up.id WHERE l.parent_id IS NOT NULL)"
                                     " SELECT v.id FROM vlans v JOIN up ON v.location_id = up.id"
                                     " WHERE v.vid = :vid ORDER BY up.depth LIMIT 1"),
                      {{S("location"), location}, {S("vid"), vid}});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::failure(
            Text::tr("There is no VLAN %1 at %2 or the locations containing it.").arg(vid).arg(locationName));
    return q->value(0).toLongLong();
}

Result<qint64> customerId(QSqlDatabase &db, const QString &idOrCode)
{
    auto q = db::exec(db, QStringLiteral("SELECT id FROM customers WHERE code = :c OR CAST(id AS text) = :c"),
                      {{S("c"), idOrCode}});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::failure(Text::tr("There is no customer with the id or code \"%1\".").arg(idOrCode));
    return q->value(0).toLongLong();
}

// ---------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------

QJsonObject nodeJson(const SubnetRow &row)
{
    const SubnetNode &n = row.node;
    QJsonObject o;
    o.insert(S("id"), n.id);
    o.insert(S("cidr"), n.cidr.toString());
    o.insert(S("family"), n.cidr.family());
    o.insert(S("status"), n.status);
    o.insert(S("is_unavailable"), n.isUnavailable);
    o.insert(S("effective_unavailable"), row.effectiveUnavailable);
    o.insert(S("auto_allocatable"), n.autoAllocatable);
    o.insert(S("effective_location"), nullable(row.effectiveLocationCode));
    o.insert(S("location_inherited"), row.locationInherited);
    o.insert(S("vlan"), row.vlanVid ? QJsonValue(*row.vlanVid) : QJsonValue());
    o.insert(S("customer"), nullable(row.customerCode));
    o.insert(S("description"), nullable(n.description));
    o.insert(S("addresses"), row.addressCount);
    o.insert(S("utilisation"), std::round(row.utilisation * 1000.0) / 1000.0);
    o.insert(S("child_count"), row.childCount);
    return o;
}

QString nodeLine(const SubnetRow &row)
{
    const SubnetNode &n = row.node;
    QStringList parts{n.cidr.toString(), n.status};
    if (n.isUnavailable)
        parts << Text::tr("parked");
    else if (row.effectiveUnavailable)
        parts << Text::tr("parked above");
    if (!row.effectiveLocationCode.isEmpty())
        parts << (row.locationInherited ? Text::tr("%1 (inherited)").arg(row.effectiveLocationCode)
                                        : row.effectiveLocationCode);
    if (row.vlanVid)
        parts << Text::tr("VLAN %1").arg(*row.vlanVid);
    if (!row.customerCode.isEmpty())
        parts << row.customerCode;
    if (!n.autoAllocatable)
        parts << Text::tr("no auto");
    if (row.addressCount > 0)
        parts << Text::tr("%n address(es)", nullptr, int(std::min<qint64>(row.addressCount, INT_MAX)));
    if (n.status != QLatin1String("allocated"))
        parts << Text::tr("%1% used").arg(QLocale().toString(row.utilisation * 100.0, 'f', 1));
    if (!n.description.isEmpty())
        parts << u'"' + n.description + u'"';
    return parts.join(QStringLiteral("  "));
}

/// Walks the tree below `row`, at most `perNode` children per node and `budget` nodes in all.
class TreeWalker
{
public:
    TreeWalker(IpamRepository &repo, int perNode, int budget)
        : m_repo(repo)
        , m_perNode(perNode)
        , m_budget(budget)
    {}

    Result<QJsonObject> json(const SubnetRow &row)
    {
        --m_budget;
        QJsonObject o = nodeJson(row);
        QJsonArray children;
        int shown = 0;
        if (row.childCount > 0 && m_budget > 0) {
            auto rows = m_repo.children(row.node.id, 0, std::min(m_perNode, m_budget));
            if (!rows)
                return rows.error();
            for (const SubnetRow &child : std::as_const(*rows)) {
                if (m_budget <= 0)
                    break;
                auto c = json(child);
                if (!c)
                    return c.error();
                children.append(*c);
                ++shown;
            }
        }
        o.insert(S("children"), children);
        o.insert(S("children_omitted"), row.childCount - shown);
        return o;
    }

    Status text(const SubnetRow &row, int depth, QTextStream &out)
    {
        --m_budget;
        const QString indent(depth * 2, u' ');
        out << indent << nodeLine(row) << u'\n';
        int shown = 0;
        if (row.childCount > 0 && m_budget > 0) {
            auto rows = m_repo.children(row.node.id, 0, std::min(m_perNode, m_budget));
            if (!rows)
                return rows.error();
            for (const SubnetRow &child : std::as_const(*rows)) {
                if (m_budget <= 0)
                    break;
                if (Status s = text(child, depth + 1, out); !s)
                    return s;
                ++shown;
            }
        }
        if (row.childCount > shown)
            out << indent << QStringLiteral("  ")
                << Text::tr("… %n more child subnet(s) of %1 not shown (hostdeck ipam tree %1)", nullptr,
                            row.childCount - shown)
                       .arg(row.node.cidr.toString())
                << u'\n';
        return {};
    }

private:
    IpamRepository &m_repo;
    int m_perNode;
    int m_budget;
};

// ---------------------------------------------------------------------------
// Verbs
// ---------------------------------------------------------------------------

/// Fills the holes direct SQL left in the prefix tree (SubnetAllocator::repairTree).
int repair(QSqlDatabase &db, const Request &r, QTextStream &out, QTextStream &err)
{
    auto done = SubnetAllocator(db).repairTree();
    if (!done) {
        printError(err, done.error());
        return CliError;
    }
    const auto texts = [](const QList<Cidr> &list) {
        QStringList t;
        for (const Cidr &c : list)
            t << c.toString();
        return t;
    };
    if (r.json) {
        writeJson(out, QJsonObject{{S("filled"), QJsonArray::fromStringList(texts(done->filled))},
                                   {S("emptied"), QJsonArray::fromStringList(texts(done->emptied))}});
        return CliOk;
    }
    if (done->filled.isEmpty() && done->emptied.isEmpty()) {
        out << Text::tr("The prefix tree has no holes.") << u'\n';
    } else {
        if (!done->filled.isEmpty())
            out << Text::tr("Filled %n hole(s) with unallocated subnets: %1", nullptr,
                            int(done->filled.size()))
                       .arg(texts(done->filled).join(QStringLiteral(", ")))
                << u'\n';
        if (!done->emptied.isEmpty())
            out << Text::tr("Made %n subnet(s) without children a free leaf again: %1", nullptr,
                            int(done->emptied.size()))
                       .arg(texts(done->emptied).join(QStringLiteral(", ")))
                << u'\n';
    }
    out.flush();
    return CliOk;
}

int addSubnet(QSqlDatabase &db, const Request &r, QTextStream &out, QTextStream &err)
{
    NewSubnet subnet;
    subnet.cidr = r.cidr;
    subnet.unavailable = r.unavailable;
    subnet.autoAllocatable = !r.noAuto;
    QString locationName = r.location;
    std::optional<qint64> location;
    if (!r.location.isEmpty()) {
        auto id = locationId(db, r.location);
        if (!id) {
            printError(err, id.error());
            return CliError;
        }
        location = *id;
        subnet.locationId = *id;
    }
    if (r.vlan) {
        if (!location) {
            // The location the new subnet will inherit from the subnet containing it.
            auto q = db::exec(db,
                              QStringLiteral("SELECT l.id, l.code FROM locations l"
                                             " WHERE l.id = subnet_effective_location(CAST(:cidr AS cidr))"),
                              {{S("cidr"), r.cidr.toString()}});
            if (!q) {
                printError(err, q.error());
                return CliError;
            }
            if (!q->next()) {
                printError(err,
                           Error::failure(Text::tr("--vlan %1 needs a location: %2 has none of its own or "
                                                   "inherited; give --location CODE.")
                                              .arg(*r.vlan)
                                              .arg(r.cidr.toString())));
                return CliError;
            }
            location = q->value(0).toLongLong();
            locationName = q->value(1).toString();
        }
        auto vlan = vlanAt(db, *r.vlan, *location, locationName);
        if (!vlan) {
            printError(err, vlan.error());
            return CliError;
        }
        subnet.vlanId = *vlan;
    }
    SubnetAllocator allocator(db);
    auto added = allocator.addSubnet(subnet);
    if (!added) {
        Error e = added.error();
        e.message = Text::tr("Cannot add %1: %2").arg(r.cidr.toString(), e.message);
        printError(err, e);
        return CliError;
    }
    IpamRepository repo(db);
    auto row = repo.subnet(added->cidr);
    if (!row) {
        // The subnet is committed: say so, rather than an error that reads as if nothing happened.
        Error e = row.error();
        e.message =
            Text::tr("Added %1, but reading it back failed: %2").arg(added->cidr.toString(), e.message);
        printError(err, e);
        return CliError;
    }
    if (r.json) {
        writeJson(out, QJsonObject{{S("subnet"), nodeJson(*row)}});
        return CliOk;
    }
    out << (added->parentId ? Text::tr("Added %1.").arg(added->cidr.toString())
                            : Text::tr("Added %1 as a new pool.").arg(added->cidr.toString()))
        << u'\n' << nodeLine(*row) << u'\n';
    out.flush();
    return CliOk;
}

int allocate(QSqlDatabase &db, const Request &r, QTextStream &out, QTextStream &err)
{
    PoolFilter filter;
    filter.family = r.family;
    std::optional<qint64> location;
    if (!r.location.isEmpty()) {
        auto id = locationId(db, r.location);
        if (!id) {
            printError(err, id.error());
            return CliError;
        }
        location = *id;
        filter.locationId = *id;
    }
    if (r.vlan) {
        if (location) {
            if (auto vlan = vlanAt(db, *r.vlan, *location, r.location); !vlan) {
                printError(err, vlan.error());
                return CliError;
            }
        } else {
            auto q =
                db::exec(db, QStringLiteral("SELECT 1 FROM vlans WHERE vid = :vid"), {{S("vid"), *r.vlan}});
            if (!q) {
                printError(err, q.error());
                return CliError;
            }
            if (!q->next()) {
                printError(err,
                           Error::failure(Text::tr("There is no VLAN %1 in any location.").arg(*r.vlan)));
                return CliError;
            }
        }
        filter.allowedVlans = {*r.vlan};
    }
    if (r.pool) {
        IpamRepository repo(db);
        if (auto pool = repo.subnet(*r.pool); !pool) {
            printError(err, Error::failure(Text::tr("The pool %1 does not exist.").arg(r.pool->toString())));
            return CliError;
        }
        filter.pools = {*r.pool};
    }
    AllocationOwner owner;
    if (!r.customer.isEmpty()) {
        auto id = customerId(db, r.customer);
        if (!id) {
            printError(err, id.error());
            return CliError;
        }
        owner.customerId = *id;
    }

    SubnetAllocator allocator(db);
    if (r.prefix) {
        SubnetRequest request;
        request.filter = filter;
        request.prefixLength = *r.prefix;
        request.owner = owner;
        request.purpose = S("cli");
        auto done = allocator.allocateSubnet(request);
        if (!done) {
            printError(err, done.error());
            return CliError;
        }
        if (r.json) {
            QJsonArray splits;
            for (const SplitStep &s : std::as_const(done->splits))
                splits.append(QJsonObject{{S("source"), s.source.toString()},
                                          {S("lower"), s.lower.toString()},
                                          {S("upper"), s.upper.toString()}});
            QJsonArray merges;
            for (const MergeStep &m : std::as_const(done->merges))
                merges.append(QJsonObject{{S("merged"), m.merged.toString()},
                                          {S("lower"), m.lower.toString()},
                                          {S("upper"), m.upper.toString()}});
            writeJson(out, QJsonObject{{S("type"), S("subnet")},
                                       {S("id"), done->subnetId},
                                       {S("cidr"), done->cidr.toString()},
                                       {S("pool"), done->pool.toString()},
                                       {S("strategy"), allocationStrategyName(done->strategy)},
                                       {S("splits"), splits},
                                       {S("merges"), merges}});
            return CliOk;
        }
        out << Text::tr("Allocated %1 from the pool %2 (%3).")
                   .arg(done->cidr.toString(), done->pool.toString(), allocationStrategyName(done->strategy))
            << u'\n';
        out.flush();
        return CliOk;
    }

    AddressRequest request;
    request.filter = filter;
    request.count = *r.ips;
    request.owner = owner;
    auto done = allocator.allocateAddresses(request);
    if (!done) {
        printError(err, done.error());
        return CliError;
    }
    if (r.json) {
        QJsonArray addresses;
        for (const AllocatedAddress &a : std::as_const(done->addresses))
            addresses.append(QJsonObject{{S("id"), a.id},
                                         {S("address"), a.address.addressString()},
                                         {S("subnet"), a.subnet.toString()}});
        writeJson(out, QJsonObject{{S("type"), S("ips")}, {S("addresses"), addresses}});
        return CliOk;
    }
    out << Text::tr("Allocated %n address(es):", nullptr, int(done->addresses.size())) << u'\n';
    for (const AllocatedAddress &a : std::as_const(done->addresses))
        out << QStringLiteral("  ") << a.address.addressString() << QStringLiteral("  ")
            << Text::tr("in %1").arg(a.subnet.toString()) << u'\n';
    out.flush();
    return CliOk;
}

int release(QSqlDatabase &db, const Request &r, QTextStream &out, QTextStream &err)
{
    SubnetAllocator allocator(db);
    bool isAddress = false;
    if (r.cidr.isHost()) {
        auto q = db::exec(db, QStringLiteral("SELECT 1 FROM ip_addresses WHERE address = CAST(:a AS inet)"),
                          {{S("a"), r.cidr.addressString()}});
        if (!q) {
            printError(err, q.error());
            return CliError;
        }
        isAddress = q->next();
        if (!isAddress) {
            auto s = db::exec(db, QStringLiteral("SELECT 1 FROM subnets WHERE cidr = CAST(:c AS cidr)"),
                              {{S("c"), r.cidr.toString()}});
            if (!s) {
                printError(err, s.error());
                return CliError;
            }
            if (!s->next()) {
                printError(
                    err, Error::failure(Text::tr("Nothing to release: %1 is neither an allocated address nor "
                                                 "a subnet.")
                                            .arg(r.cidr.addressString())));
                return CliError;
            }
        }
    }
    const Status done = isAddress ? allocator.releaseAddress(r.cidr) : allocator.releaseSubnet(r.cidr);
    const QString name = isAddress ? r.cidr.addressString() : r.cidr.toString();
    if (!done) {
        Error e = done.error();
        e.message = Text::tr("Cannot release %1: %2").arg(name, e.message);
        printError(err, e);
        return CliError;
    }
    out << Text::tr("Released %1.").arg(name) << u'\n';
    out.flush();
    return CliOk;
}

int tree(QSqlDatabase &db, const Request &r, QTextStream &out, QTextStream &err)
{
    IpamRepository repo(db);
    QList<SubnetRow> top;
    if (r.cidr.isValid()) {
        auto row = repo.subnet(r.cidr);
        if (!row) {
            printError(err, row.error());
            return CliError;
        }
        top << *row;
    } else {
        auto roots = repo.roots(0);
        if (!roots) {
            printError(err, roots.error());
            return CliError;
        }
        top = *roots;
    }
    if (r.json) {
        TreeWalker walker(repo, kJsonChildren, kJsonNodes);
        QJsonArray array;
        for (const SubnetRow &row : std::as_const(top)) {
            auto node = walker.json(row);
            if (!node) {
                printError(err, node.error());
                return CliError;
            }
            array.append(*node);
        }
        writeJson(out, QJsonObject{{S("tree"), array}});
        return CliOk;
    }
    if (top.isEmpty()) {
        out << Text::tr("There are no subnets yet (\"hostdeck ipam add-subnet CIDR\" adds a pool).") << u'\n';
        out.flush();
        return CliOk;
    }
    TreeWalker walker(repo, kHumanChildren, kHumanNodes);
    for (const SubnetRow &row : std::as_const(top)) {
        if (Status s = walker.text(row, 0, out); !s) {
            printError(err, s.error());
            return CliError;
        }
    }
    out.flush();
    return CliOk;
}

int freeBlocks(QSqlDatabase &db, const Request &r, QTextStream &out, QTextStream &err)
{
    IpamRepository repo(db);
    if (auto within = repo.subnet(r.cidr); !within) {
        printError(err, within.error());
        return CliError;
    }
    auto blocks = repo.freeBlocks(r.cidr, *r.prefix, kFreeListed);
    if (!blocks) {
        printError(err, blocks.error());
        return CliError;
    }
    if (r.json) {
        QJsonArray list;
        for (const Cidr &c : std::as_const(blocks->blocks))
            list.append(c.toString());
        writeJson(out, QJsonObject{
                           {S("within"), r.cidr.toString()},
                           {S("prefix"), *r.prefix},
                           {S("count"), countJson(blocks->count)},
                           {S("blocks"), list},
                           {S("blocks_omitted"), countJson(blocks->count - uint128(blocks->blocks.size()))}});
        return CliOk;
    }
    out << Text::tr("%1 free /%2 block(s) in %3")
               .arg(Cidr::toDecimal(blocks->count))
               .arg(*r.prefix)
               .arg(r.cidr.toString())
        << (blocks->blocks.isEmpty() ? QStringLiteral(".") : QStringLiteral(":")) << u'\n';
    for (const Cidr &c : std::as_const(blocks->blocks))
        out << QStringLiteral("  ") << c.toString() << u'\n';
    if (blocks->count > uint128(blocks->blocks.size()))
        out << QStringLiteral("  ")
            << Text::tr("… %1 more").arg(Cidr::toDecimal(blocks->count - uint128(blocks->blocks.size())))
            << u'\n';
    out.flush();
    return CliOk;
}
} // namespace

// Literals, not the constants above: runCli's option tables call these during static initialisation.
QSet<QString> valueOptions()
{
    return {QStringLiteral("--location"), QStringLiteral("--vlan"), QStringLiteral("--family"),
            QStringLiteral("--prefix"),   QStringLiteral("--ips"),  QStringLiteral("--pool"),
            QStringLiteral("--customer")};
}

QSet<QString> flagOptions()
{
    return {QStringLiteral("--unavailable"), QStringLiteral("--no-auto")};
}

bool handles(const QString &sub)
{
    return sub != QLatin1String("rdns");
}

std::variant<Request, Problem> parse(const QStringList &words, const QMap<QString, QString> &options)
{
    struct Spec
    {
        Request::Verb verb;
        QSet<QString> options;
        int minPositional;
        int maxPositional;
    };
    static const QHash<QString, Spec> specs = {
        {S("add-subnet"), {Request::Verb::AddSubnet, {kLocation, kVlan, kUnavailable, kNoAuto, kJson}, 1, 1}},
        {S("allocate"),
         {Request::Verb::Allocate,
          {kFamily, kPrefix, kIps, kLocation, kVlan, kPool, kCustomer, kJson},
          0,
          0}},
        {S("release"), {Request::Verb::Release, {}, 1, 1}},
        {S("tree"), {Request::Verb::Tree, {kJson}, 0, 1}},
        {S("free"), {Request::Verb::Free, {kPrefix, kJson}, 1, 1}},
        {S("repair"), {Request::Verb::Repair, {kJson}, 0, 0}},
    };
    const QString sub = words.value(0);
    if (sub.isEmpty())
        return Problem{Text::tr("\"ipam\" needs a subcommand.")};
    const auto spec = specs.constFind(sub);
    const QString command = QStringLiteral("ipam ") + sub;
    if (spec == specs.constEnd())
        return Problem{Text::tr("Unknown command \"%1\".").arg(command)};
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        if (it.key() != kDb && !spec->options.contains(it.key()))
            return Problem{Text::tr("The option %1 does not apply to \"%2\".").arg(it.key(), command)};
    }
    if (options.contains(kDb) && options.value(kDb).trimmed().isEmpty())
        return Problem{Text::tr("The option --db needs a database URL.")};
    const QStringList rest = words.mid(1);
    if (rest.size() < spec->minPositional)
        return Problem{Text::tr("\"%1\" needs more arguments.").arg(command)};
    if (rest.size() > spec->maxPositional)
        return Problem{
            Text::tr("Unexpected argument \"%1\" for \"%2\".").arg(rest.at(spec->maxPositional), command)};

    Request r;
    r.verb = spec->verb;
    r.json = options.contains(kJson);
    r.unavailable = options.contains(kUnavailable);
    r.noAuto = options.contains(kNoAuto);
    r.location = options.value(kLocation).trimmed();
    r.customer = options.value(kCustomer).trimmed();
    if (options.contains(kLocation) && r.location.isEmpty())
        return Problem{Text::tr("--location needs a location code.")};
    if (options.contains(kCustomer) && r.customer.isEmpty())
        return Problem{Text::tr("--customer needs a customer id or code.")};
    if (options.contains(kVlan)) {
        r.vlan = wholeNumber(options.value(kVlan));
        if (!r.vlan)
            return Problem{
                Text::tr("--vlan needs a VLAN ID (1 to 4094), not \"%1\".").arg(options.value(kVlan))};
        if (*r.vlan < 1 || *r.vlan > 4094)
            return Problem{Text::tr("VLAN %1 is outside the VLAN ID range 1 to 4094.").arg(*r.vlan), false};
    }

    // A CIDR argument: host bits, prefix range and family are checked here, before the database.
    auto cidrArgument = [&](bool managed) -> std::optional<Problem> {
        if (rest.isEmpty())
            return std::nullopt;
        auto parsed = Cidr::parse(rest.at(0).trimmed());
        if (!parsed)
            return Problem{parsed.error().message, false};
        if (managed) {
            if (Status s = Cidr::checkManaged(*parsed); !s)
                return Problem{s.error().message, false};
        }
        r.cidr = *parsed;
        return std::nullopt;
    };

    switch (r.verb) {
    case Request::Verb::AddSubnet:
    case Request::Verb::Tree:
    case Request::Verb::Free:
        if (auto p = cidrArgument(true))
            return *p;
        break;
    case Request::Verb::Release:
        if (auto p = cidrArgument(false))
            return *p;
        break;
    case Request::Verb::Allocate:
    case Request::Verb::Repair:
        break;
    }

    if (r.verb == Request::Verb::Free) {
        if (!options.contains(kPrefix))
            return Problem{Text::tr("\"ipam free\" needs --prefix N.")};
        r.prefix = wholeNumber(options.value(kPrefix));
        if (!r.prefix)
            return Problem{
                Text::tr("--prefix needs a prefix length, not \"%1\".").arg(options.value(kPrefix))};
        if (*r.prefix < r.cidr.prefixLength() || *r.prefix > r.cidr.maxPrefix())
            return Problem{
                Text::tr("/%1 blocks cannot lie inside %2: the prefix length must be from /%3 to /%4.")
                    .arg(*r.prefix)
                    .arg(r.cidr.toString())
                    .arg(r.cidr.prefixLength())
                    .arg(r.cidr.maxPrefix()),
                false};
    }

    if (r.verb == Request::Verb::Allocate) {
        if (!options.contains(kFamily))
            return Problem{Text::tr("\"ipam allocate\" needs --family 4 or --family 6.")};
        const QString family = options.value(kFamily).trimmed();
        if (family != QLatin1String("4") && family != QLatin1String("6"))
            return Problem{Text::tr("--family must be 4 or 6, not \"%1\".").arg(options.value(kFamily))};
        r.family = family.toInt();
        if (options.contains(kPrefix) == options.contains(kIps))
            return Problem{Text::tr("\"ipam allocate\" needs either --prefix N (a subnet) or --ips K "
                                    "(addresses), not both.")};
        if (options.contains(kPrefix)) {
            r.prefix = wholeNumber(options.value(kPrefix));
            if (!r.prefix)
                return Problem{
                    Text::tr("--prefix needs a prefix length, not \"%1\".").arg(options.value(kPrefix))};
            if (Status s = Cidr::checkManagedPrefix(r.family, *r.prefix); !s)
                return Problem{s.error().message, false};
        } else {
            r.ips = wholeNumber(options.value(kIps));
            if (!r.ips || *r.ips < 1)
                return Problem{Text::tr("--ips needs a number of addresses of 1 or more, not \"%1\".")
                                   .arg(options.value(kIps))};
            if (*r.ips > kMaxIps)
                return Problem{Text::tr("--ips %1 is more than the %2 addresses one request may take.")
                                   .arg(*r.ips)
                                   .arg(kMaxIps),
                               false};
        }
        if (options.contains(kPool)) {
            auto pool = Cidr::parse(options.value(kPool).trimmed(), r.family);
            if (!pool)
                return Problem{Text::tr("--pool: %1").arg(pool.error().message), false};
            r.pool = *pool;
        }
    }
    return r;
}

int fail(QTextStream &err, const QString &message)
{
    err << QStringLiteral("hostdeck: ") << message << u'\n';
    err.flush();
    return CliError;
}

int run(QSqlDatabase &db, const Request &request, QTextStream &out, QTextStream &err)
{
    switch (request.verb) {
    case Request::Verb::AddSubnet:
        return addSubnet(db, request, out, err);
    case Request::Verb::Allocate:
        return allocate(db, request, out, err);
    case Request::Verb::Release:
        return release(db, request, out, err);
    case Request::Verb::Tree:
        return tree(db, request, out, err);
    case Request::Verb::Free:
        return freeBlocks(db, request, out, err);
    case Request::Verb::Repair:
        return repair(db, request, out, err);
    }
    return CliError;
}

} // namespace hostdeck::ipamcli
