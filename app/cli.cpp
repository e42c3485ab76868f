// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "clioutput.h"
#include "cliterminal.h"

#include "cliipam.h"
#include "clioob.h"
#include "core/database.h"
#include "core/migrator.h"
#include "dcim/dcimrepository.h"
#include "dcim/powerbudget.h"
#include "dcim/rackplacement.h"
#include "demo/demodata.h"
#include "ipam/rdnspublisher.h"
#include "rdnsfactory.h"
#include "startup.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <memory>

namespace hostdeck {

namespace {

using namespace cli;
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QString kIfEmpty = QStringLiteral("--if-empty");
const QString kRack = QStringLiteral("--rack");
const QString kU = QStringLiteral("--u");
const QString kFace = QStringLiteral("--face");
const QString kDelete = QStringLiteral("--delete");

const QSet<QString> kValueOptions =
    QSet<QString>{kDb, kRack, kU, kFace} | ipamcli::valueOptions() | oobcli::valueOptions();
const QSet<QString> kFlagOptions =
    QSet<QString>{kJson, kIfEmpty, kDelete} | ipamcli::flagOptions() | oobcli::flagOptions();
const QStringList kVerbs = {QStringLiteral("db"), QStringLiteral("demo"), QStringLiteral("rack"),
                            QStringLiteral("device"), QStringLiteral("help")};

struct Invocation
{
    QStringList positional;
    QMap<QString, QString> options; ///< value options and flags (flags map to "")
    bool help = false;
    bool version = false;
};

/// A usage problem: the message, printed above the usage text.
struct UsageError
{
    QString message;
};

std::variant<Invocation, UsageError> parse(const QStringList &arguments)
{
    Invocation inv;
    bool onlyPositional = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (onlyPositional || !arg.startsWith(u'-') || arg == QLatin1String("-")) {
            inv.positional << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            onlyPositional = true;
            continue;
        }
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            inv.help = true;
            continue;
        }
        if (arg == QLatin1String("--version") || arg == QLatin1String("-V") || arg == QLatin1String("-v")) {
            inv.version = true;
            continue;
        }
        const qsizetype eq = arg.indexOf(u'=');
        const QString name = eq < 0 ? arg : arg.left(eq);
        if (kValueOptions.contains(name)) {
            QString value;
            if (eq >= 0) {
                value = arg.mid(eq + 1);
            } else if (i + 1 < arguments.size()) {
                value = arguments.at(++i);
            } else {
                return UsageError{Cli::tr("The option %1 needs a value.").arg(name)};
            }
            if (inv.options.contains(name)) {
                // --workaround A --workaround B: the values joined with commas
                static const QSet<QString> repeatable = oobcli::repeatableOptions();
                if (!repeatable.contains(name))
                    return UsageError{Cli::tr("The option %1 is given twice.").arg(name)};
                value = inv.options.value(name) + u',' + value;
            }
            inv.options.insert(name, value);
            continue;
        }
        if (kFlagOptions.contains(name)) {
            if (eq >= 0)
                return UsageError{Cli::tr("The option %1 takes no value.").arg(name)};
            inv.options.insert(name, QString());
            continue;
        }
        return UsageError{Cli::tr("Unknown option \"%1\".").arg(arg)};
    }
    return inv;
}

int usageError(QTextStream &err, const QString &message)
{
    err << QStringLiteral("hostdeck: ") << message << QStringLiteral("\n\n") << cliUsage();
    err.flush();
    return CliUsage;
}

/// The database connection of one CLI run; closes it and stops an embedded
/// cluster this run started when it goes away.
class Session
{
public:
    Session(StartupResult startup, QSqlDatabase db, QString name, QTextStream &err)
        : m_startup(std::move(startup))
        , m_db(std::move(db))
        , m_name(std::move(name))
        , m_err(err)
    {}
    ~Session()
    {
        if (m_db.isOpen())
            m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        if (Status s = stopEmbeddedIfIdle(m_startup); !s) {
            m_err << QStringLiteral("hostdeck: ")
                  << Cli::tr("warning: the embedded database could not be stopped: %1")
                         .arg(s.error().fullText())
                  << u'\n';
            m_err.flush();
        }
    }
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    QSqlDatabase &db() { return m_db; }
    const ConnectionSettings &settings() const { return m_startup.settings; }

private:
    StartupResult m_startup;
    QSqlDatabase m_db;
    QString m_name;
    QTextStream &m_err;
};

/// Resolves and opens the database. With `requireCurrent`, a schema with
/// pending migrations is refused (run `hostdeck db migrate` first).
Result<std::unique_ptr<Session>> openSession(const QString &dbUrl, bool requireCurrent, QTextStream &err)
{
    auto startup = resolveDatabase(dbUrl);
    if (!startup)
        return startup.error();
    const QString name = QStringLiteral("hostdeck-cli-") + QUuid::createUuid().toString(QUuid::Id128);
    auto db = db::open(startup->settings, name, true);
    if (!db) {
        Error e = db.error();
        QSqlDatabase::removeDatabase(name);
        stopEmbeddedIfIdle(*startup);
        return e;
    }
    auto session = std::make_unique<Session>(*startup, *db, name, err);
    if (requireCurrent) {
        auto status = Migrator().status(session->db());
        if (!status)
            return status.error();
        if (!status->pending.isEmpty())
            return Error::failure(
                Cli::tr("The database schema is at version %1, but this HostDeck needs version %2. "
                        "Run \"hostdeck db migrate\" first.")
                    .arg(status->current)
                    .arg(status->latest));
    }
    return session;
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonObject rackJson(const Rack &rack, const QString &location, qsizetype deviceCount)
{
    const PowerBudget power(rack);
    const double use = power.utilisation();
    QJsonObject o;
    o.insert(QStringLiteral("id"), rack.id);
    o.insert(QStringLiteral("name"), rack.name);
    o.insert(QStringLiteral("location"), location);
    o.insert(QStringLiteral("u_height"), rack.uHeight);
    o.insert(QStringLiteral("power_budget_kw"), rounded(rack.powerBudgetKw, 2));
    o.insert(QStringLiteral("allocated_watts"), rack.allocatedWatts);
    o.insert(QStringLiteral("utilisation"), std::isfinite(use) ? QJsonValue(rounded(use, 3)) : QJsonValue());
    o.insert(QStringLiteral("redundancy"), rack.redundancy);
    o.insert(QStringLiteral("over_budget"), power.isOver());
    o.insert(QStringLiteral("customer"), nullable(rack.customerName));
    o.insert(QStringLiteral("devices"), qint64(deviceCount));
    return o;
}

QJsonObject deviceJson(const Device &d)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), d.id);
    o.insert(QStringLiteral("name"), d.name);
    o.insert(QStringLiteral("u_start"), d.placement.uStart);
    o.insert(QStringLiteral("u_end"), d.placement.uEnd);
    o.insert(QStringLiteral("face"), toDbString(d.placement.face));
    o.insert(QStringLiteral("mount"), toDbString(d.placement.mount));
    o.insert(QStringLiteral("width"), toDbString(d.placement.width));
    o.insert(QStringLiteral("full_depth"), d.fullDepth);
    o.insert(QStringLiteral("disposition"), toDbString(d.disposition));
    o.insert(QStringLiteral("watts"), d.watts);
    o.insert(QStringLiteral("kind"), d.typeKind);
    o.insert(QStringLiteral("manufacturer"), d.manufacturer);
    o.insert(QStringLiteral("model"), d.model);
    o.insert(QStringLiteral("customer"), nullable(d.customerName));
    o.insert(QStringLiteral("serial"), nullable(d.serial));
    o.insert(QStringLiteral("asset_tag"), nullable(d.assetTag));
    o.insert(QStringLiteral("warranty_expires"), d.warrantyExpires.isValid()
                                                     ? QJsonValue(d.warrantyExpires.toString(Qt::ISODate))
                                                     : QJsonValue());
    return o;
}

// Human output formats numbers for the user's locale (QLocale's default, set by installTranslators).
QString decimal(double value)
{
    return QLocale().toString(value, 'f', 2);
}

QString kw(double watts)
{
    return decimal(watts / 1000.0);
}

QString percent(double utilisation)
{
    return std::isfinite(utilisation) ? QLocale().toString(qRound(utilisation * 100)) + u'%'
                                      : QStringLiteral("-");
}

QHash<qint64, QString> locationCodes(DcimRepository &repo)
{
    QHash<qint64, QString> codes;
    if (auto locations = repo.locations()) {
        for (const Location &l : *locations)
            codes.insert(l.id, l.code);
    }
    return codes;
}

// ---------------------------------------------------------------------------
// Verbs
// ---------------------------------------------------------------------------

int dbStatus(Session &session, QTextStream &out, QTextStream &err)
{
    auto version =
        db::exec(session.db(), QStringLiteral("SELECT current_setting('server_version'), current_database(), "
                                              "current_user"));
    if (!version || !version->next()) {
        printError(err, version ? Error::failure(Cli::tr("The server did not report its version."))
                                : version.error());
        return CliError;
    }
    auto status = Migrator().status(session.db());
    if (!status) {
        printError(err, status.error());
        return CliError;
    }
    QStringList pending;
    for (int v : std::as_const(status->pending))
        pending << QString::number(v);
    const QList<QStringList> rows = {
        {Cli::tr("Server:"), QStringLiteral("PostgreSQL ") + version->value(0).toString()},
        {Cli::tr("Connection:"), session.settings().describe()},
        {Cli::tr("Database:"), version->value(1).toString()},
        {Cli::tr("Role:"), version->value(2).toString()},
        {Cli::tr("Schema version:"), Cli::tr("%1 (latest %2)").arg(status->current).arg(status->latest)},
        {Cli::tr("Pending migrations:"),
         pending.isEmpty() ? Cli::tr("none") : pending.join(QStringLiteral(", "))},
    };
    for (const QStringList &row : rows)
        out << row[0].leftJustified(21) << row[1] << u'\n';
    out.flush();
    return CliOk;
}

int dbMigrate(Session &session, QTextStream &out, QTextStream &err)
{
    Migrator migrator;
    auto applied = migrator.migrate(session.db(), [&out](const Migration &m) {
        out << Cli::tr("Applying migration %1 (%2)...").arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name)
            << u'\n';
        out.flush();
    });
    if (!applied) {
        printError(err, applied.error());
        return CliError;
    }
    if (*applied == 0)
        out << Cli::tr("The schema is up to date (version %1).").arg(migrator.latestVersion()) << u'\n';
    else
        out << Cli::tr("Applied %n migration(s); the schema is at version %1.", nullptr, *applied)
                   .arg(migrator.latestVersion())
            << u'\n';
    out.flush();
    return CliOk;
}

int demoLoad(Session &session, bool ifEmpty, QTextStream &out, QTextStream &err)
{
    auto summary = DemoData::load(session.db(), ifEmpty);
    if (!summary) {
        printError(err, summary.error());
        return CliError;
    }
    if (summary->racks == 0) {
        out << Cli::tr("The database already has racks; the demo data was not loaded.") << u'\n';
    } else {
        out << Cli::tr("Loaded the demo data: %1 site, %2 rooms, %3 racks, %4 device types, %5 devices, %6 "
                       "customers.")
                   .arg(summary->sites)
                   .arg(summary->rooms)
                   .arg(summary->racks)
                   .arg(summary->deviceTypes)
                   .arg(summary->devices)
                   .arg(summary->customers)
            << u'\n';
        out << Cli::tr("Network: %1 ports, %2 cables, %3 BMC settings, %4 SNMP agents; a week of samples: "
                       "%5 traffic, %6 power.")
                   .arg(summary->ports)
                   .arg(summary->cables)
                   .arg(summary->bmcSettings)
                   .arg(summary->snmpAgents)
                   .arg(summary->trafficSamples)
                   .arg(summary->powerSamples)
            << u'\n';
    }
    out.flush();
    return CliOk;
}

int rackList(Session &session, bool json, QTextStream &out, QTextStream &err)
{
    DcimRepository repo(session.db());
    auto racks = repo.racks();
    if (!racks) {
        printError(err, racks.error());
        return CliError;
    }
    const QHash<qint64, QString> codes = locationCodes(repo);
    QJsonArray array;
    QList<QStringList> rows;
    for (const Rack &rack : std::as_const(*racks)) {
        auto contents = repo.rackContents(rack.id);
        if (!contents) {
            printError(err, contents.error());
            return CliError;
        }
        const qsizetype count = contents->devices.size();
        const QString location = codes.value(rack.locationId);
        if (json) {
            array.append(rackJson(rack, location, count));
            continue;
        }
        const PowerBudget power(rack);
        QString state;
        switch (power.level()) {
        case PowerBudget::Level::Over:
            state = Cli::tr("over budget");
            break;
        case PowerBudget::Level::Tight:
            state = Cli::tr("tight");
            break;
        case PowerBudget::Level::Comfortable:
            state = Cli::tr("ok");
            break;
        }
        rows << QStringList{rack.name,
                            location,
                            QString::number(rack.uHeight),
                            QString::number(count),
                            kw(double(rack.allocatedWatts)),
                            decimal(rack.powerBudgetKw),
                            percent(power.utilisation()),
                            rack.redundancy,
                            state,
                            rack.customerName};
    }
    if (json) {
        writeJson(out, QJsonObject{{QStringLiteral("racks"), array}});
        return CliOk;
    }
    if (rows.isEmpty()) {
        out << Cli::tr("There are no racks yet (\"hostdeck demo load\" loads a demo data centre).") << u'\n';
        out.flush();
        return CliOk;
    }
    writeTable(out,
               {Cli::tr("RACK"), Cli::tr("LOCATION"), Cli::tr("U"), Cli::tr("DEVICES"), Cli::tr("ALLOC kW"),
                Cli::tr("BUDGET kW"), Cli::tr("USE"), Cli::tr("REDUNDANCY"), Cli::tr("POWER"),
                Cli::tr("CUSTOMER")},
               rows, {2, 3, 4, 5, 6});
    return CliOk;
}

int rackShow(Session &session, const QString &name, bool json, QTextStream &out, QTextStream &err)
{
    DcimRepository repo(session.db());
    auto rack = repo.rack(0, name);
    if (!rack) {
        printError(err, rack.error());
        return CliError;
    }
    auto contents = repo.rackContents(rack->id);
    if (!contents) {
        printError(err, contents.error());
        return CliError;
    }
    QList<Device> devices = contents->devices;
    // By zone (rack, left side, right side), top U first, then front before rear, left half before right.
    std::stable_sort(devices.begin(), devices.end(), [](const Device &a, const Device &b) {
        const auto key = [](const Device &d) {
            return std::make_tuple(int(d.placement.mount), -d.placement.uStart, int(d.placement.face),
                                   int(d.placement.width));
        };
        return key(a) < key(b);
    });
    const QString location = locationCodes(repo).value(rack->locationId);
    if (json) {
        QJsonArray array;
        for (const Device &d : std::as_const(devices))
            array.append(deviceJson(d));
        writeJson(out,
                  QJsonObject{{QStringLiteral("rack"), rackJson(contents->rack, location, devices.size())},
                              {QStringLiteral("devices"), array}});
        return CliOk;
    }
    const PowerBudget power(contents->rack);
    out << Cli::tr("Rack %1 in %2: %3 U, %n device(s)", nullptr, int(devices.size()))
               .arg(rack->name, location)
               .arg(rack->uHeight)
        << u'\n';
    if (!rack->customerName.isEmpty())
        out << Cli::tr("Rented as a whole by %1").arg(rack->customerName) << u'\n';
    out << Cli::tr("Power: %1 kW allocated of %2 kW budget (%3, %4)%5")
               .arg(kw(double(power.allocatedWatts())), decimal(rack->powerBudgetKw),
                    percent(power.utilisation()), rack->redundancy,
                    power.isOver() ? Cli::tr(" - OVER BUDGET") : QString())
        << QStringLiteral("\n\n");
    QList<QStringList> rows;
    for (const Device &d : std::as_const(devices)) {
        const Placement &p = d.placement;
        const QString range = p.uStart == p.uEnd ? QString::number(p.uStart)
                                                 : QStringLiteral("%1-%2").arg(p.uStart).arg(p.uEnd);
        rows << QStringList{range,
                            toDbString(p.mount),
                            toDbString(p.face),
                            d.fullDepth ? Cli::tr("full") : Cli::tr("half"),
                            toDbString(p.width),
                            d.name,
                            d.manufacturer + u' ' + d.model,
                            displayName(d.disposition),
                            QString::number(d.watts),
                            d.customerName};
    }
    writeTable(out,
               {Cli::tr("U"), Cli::tr("MOUNT"), Cli::tr("FACE"), Cli::tr("DEPTH"), Cli::tr("WIDTH"),
                Cli::tr("DEVICE"), Cli::tr("MODEL"), Cli::tr("DISPOSITION"), Cli::tr("WATTS"),
                Cli::tr("CUSTOMER")},
               rows, {8});
    return CliOk;
}

int deviceMove(Session &session, const QString &deviceName, const QString &rackName, int u,
               std::optional<Face> face, QTextStream &out, QTextStream &err)
{
    DcimRepository repo(session.db());
    auto device = repo.deviceByNameOrId(deviceName);
    if (!device) {
        printError(err, device.error());
        return CliError;
    }
    auto rack = repo.rack(0, rackName);
    if (!rack) {
        printError(err, rack.error());
        return CliError;
    }
    Placement target = RackPlacement::at(
        *device, rack->id, u, face.value_or(device->isRacked() ? device->placement.face : Face::Front));
    if (Status s = repo.moveDevice(device->id, target); !s) {
        Error e = s.error();
        e.message =
            Cli::tr("Cannot move %1 to %2 U %3: %4").arg(device->name, rack->name).arg(u).arg(e.message);
        printError(err, e);
        return CliError;
    }
    const QString range = target.uStart == target.uEnd
                              ? QString::number(target.uStart)
                              : QStringLiteral("%1-%2").arg(target.uStart).arg(target.uEnd);
    out << Cli::tr("Moved %1 to %2 U %3 (%4).").arg(device->name, rack->name, range, toDbString(target.face))
        << u'\n';
    out.flush();
    return CliOk;
}

/// ipam rdns set IP NAME | ipam rdns set IP --delete
int ipamRdnsSet(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    const QStringList rest = inv.positional.mid(2);
    if (rest.value(0) != QLatin1String("set"))
        return usageError(err, rest.isEmpty() ? Cli::tr("\"ipam rdns\" needs a subcommand: set.")
                                              : Cli::tr("Unknown command \"ipam rdns %1\".").arg(rest.at(0)));
    for (auto it = inv.options.cbegin(); it != inv.options.cend(); ++it) {
        if (it.key() != kDb && it.key() != kDelete)
            return usageError(err,
                              Cli::tr("The option %1 does not apply to \"ipam rdns set\".").arg(it.key()));
    }
    const bool remove = inv.options.contains(kDelete);
    if (rest.size() < (remove ? 2 : 3))
        return usageError(err, remove ? Cli::tr("\"ipam rdns set\" needs an IP address.")
                                      : Cli::tr("\"ipam rdns set\" needs an IP address and a host name "
                                                "(an empty name or --delete removes the PTR)."));
    if (rest.size() > (remove ? 2 : 3))
        return usageError(
            err, Cli::tr("Unexpected argument \"%1\" for \"ipam rdns set\".").arg(rest.at(remove ? 2 : 3)));
    const QString address = rest.at(1);
    const QString name = remove ? QString() : rest.at(2);
    // refuse bad input before touching the database
    if (auto host = Cidr::parseAddress(address); !host) {
        printError(err, host.error());
        return CliError;
    }
    if (auto checked = RdnsPublisher::normaliseHostName(name); !checked) {
        printError(err, checked.error());
        return CliError;
    }

    auto session = openSession(inv.options.value(kDb), true, err);
    if (!session) {
        printError(err, session.error());
        return CliError;
    }
    RdnsPublisher service((*session)->db(), makeRdnsProviderFactory());
    auto provider = service.providerFor(address);
    if (!provider) {
        printError(err, provider.error());
        return CliError;
    }
    if (Status s = service.setName(address, name); !s) {
        printError(err, s.error());
        return CliError;
    }
    const QString via = provider->kind == RdnsProviderConfig::Kind::Internal
                            ? Cli::tr("stored only; no DNS provider is configured for it")
                            : Cli::tr("published at %1 provider \"%2\"")
                                  .arg(RdnsProviderConfig::kindName(provider->kind), provider->name);
    const QString host = Cidr::parseAddress(address)->addressString();
    if (name.trimmed().isEmpty())
        out << Cli::tr("Removed the reverse DNS name of %1 (%2).").arg(host, via) << u'\n';
    else
        out << Cli::tr("Set the reverse DNS name of %1 to %2 (%3).")
                   .arg(host, RdnsPublisher::normaliseHostName(name).value(), via)
            << u'\n';
    out.flush();
    return CliOk;
}
} // namespace

QString cliUsage()
{
    return Cli::tr("Usage: hostdeck [--db URL]                     open the console\n"
                   "       hostdeck [--db URL] COMMAND [OPTIONS]\n"
                   "\n"
                   "Commands:\n"
                   "  db status                      server, database and schema version\n"
                   "  db migrate                     apply pending schema migrations\n"
                   "  demo load [--if-empty]         load the demo data centre (site EU-FRA)\n"
                   "  rack list [--json]             racks with allocated power against budget\n"
                   "  rack show RACK [--json]        a rack's devices by U and face, and its power\n"
                   "  device move DEVICE --rack RACK --u N [--face front|rear]\n"
                   "                                 move a device so that its lowest U is N\n"
                   "  ipam add-subnet CIDR [--location CODE] [--vlan VID] [--unavailable] [--no-auto]\n"
                   "                                 add a pool, or carve a subnet out of a free one\n"
                   "  ipam allocate --family 4|6 (--prefix N | --ips K) [--location CODE] [--vlan VID]\n"
                   "                [--pool CIDR] [--customer ID] [--json]\n"
                   "                                 allocate a subnet or addresses\n"
                   "  ipam release CIDR|IP           return a subnet or an address\n"
                   "  ipam tree [CIDR] [--json]      the prefix tree (every pool, or one subnet)\n"
                   "  ipam free CIDR --prefix N [--json]\n"
                   "  ipam repair [--json]\n"
                   "                                 the free /N blocks inside a subnet\n"
                   "  ipam rdns set IP NAME | ipam rdns set IP --delete\n"
                   "                                 set (or, with an empty NAME, remove) an address's PTR\n"
                   "                                 at its rDNS provider\n"
                   "  --version                      print the version\n"
                   "  --help                         print this help\n"
                   "\n"
                   "--db URL   a PostgreSQL server: postgresql://user@host[:port]/database[?sslmode=...]\n"
                   "           (password from PGPASSWORD or ~/.pgpass). Without it: the \"database/url\"\n"
                   "           setting, else the embedded database under $XDG_DATA_HOME/hostdeck.\n"
                   "\n"
                   "Exit codes: 0 success, 1 error, 2 usage error.\n") +
           u'\n' + oobcli::usage();
}

bool isCliInvocation(const QStringList &arguments)
{
    // Options that take a value as the next argument: the console's own (runGui's
    // QCommandLineParser) and Qt's (QGuiApplication accepts one or two dashes).
    static const QStringList valueOptions = {QStringLiteral("screenshots"),
                                             QStringLiteral("platform"),
                                             QStringLiteral("platformpluginpath"),
                                             QStringLiteral("platformtheme"),
                                             QStringLiteral("plugin"),
                                             QStringLiteral("qmljsdebugger"),
                                             QStringLiteral("style"),
                                             QStringLiteral("stylesheet"),
                                             QStringLiteral("session"),
                                             QStringLiteral("display"),
                                             QStringLiteral("geometry"),
                                             QStringLiteral("title"),
                                             QStringLiteral("name"),
                                             QStringLiteral("qwindowgeometry"),
                                             QStringLiteral("qwindowicon"),
                                             QStringLiteral("qwindowtitle"),
                                             QStringLiteral("screen")};
    static const QStringList cliOptions = {QStringLiteral("--version"), QStringLiteral("-V"),
                                           QStringLiteral("-v"), QStringLiteral("--help"),
                                           QStringLiteral("-h")};
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == kDb) {
            ++i;
            continue;
        }
        if (cliOptions.contains(arg))
            return true;
        if (arg.startsWith(u'-') && arg.size() > 1) {
            // Another option: the console's own (such as --startup-probe) or Qt's.
            const QString name = arg.mid(arg.startsWith(QLatin1String("--")) ? 2 : 1);
            if (!name.contains(u'=') && valueOptions.contains(name))
                ++i;
            continue;
        }
        return true; // a verb, or an unknown word the command line reports
    }
    return false;
}

namespace {
int runVerb(const QStringList &arguments, QTextStream &out, QTextStream &err);
} // namespace

int runCli(const QStringList &arguments, QTextStream &callerOut, QTextStream &callerErr)
{
    // Qt's chatter goes to the debug log; stored text cannot reach the terminal raw.
    const CliMessageLog messages;
    EscapingDevice outDevice(callerOut);
    EscapingDevice errDevice(callerErr);
    QTextStream out(&outDevice);
    QTextStream err(&errDevice);
    const int code = runVerb(arguments, out, err);
    out.flush();
    err.flush();
    return code;
}

namespace {
int runVerb(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const auto parsed = parse(arguments);
    if (const auto *problem = std::get_if<UsageError>(&parsed))
        return usageError(err, problem->message);
    const Invocation &inv = std::get<Invocation>(parsed);

    if (inv.help || (!inv.positional.isEmpty() && inv.positional.first() == QLatin1String("help"))) {
        out << cliUsage();
        out.flush();
        return CliOk;
    }
    if (inv.version) {
        out << QStringLiteral("hostdeck %1\n").arg(QStringLiteral(HOSTDECK_VERSION));
        out.flush();
        return CliOk;
    }
    if (inv.positional.isEmpty())
        return usageError(err, Cli::tr("No command given."));

    const QString verb = inv.positional.value(0);
    const QString sub = inv.positional.value(1);
    const QString command = (verb + u' ' + sub).trimmed();

    // Which options and how many positional arguments each command takes.
    struct Spec
    {
        QSet<QString> options;
        int positional; ///< besides the two words of the command
    };
    const QHash<QString, Spec> specs = {
        {QStringLiteral("db status"), {{}, 0}},
        {QStringLiteral("db migrate"), {{}, 0}},
        {QStringLiteral("demo load"), {{kIfEmpty}, 0}},
        {QStringLiteral("rack list"), {{kJson}, 0}},
        {QStringLiteral("rack show"), {{kJson}, 1}},
        {QStringLiteral("device move"), {{kRack, kU, kFace}, 1}},
    };
    if (verb == QLatin1String("ipam") && ipamcli::handles(sub)) {
        const auto request = ipamcli::parse(inv.positional.mid(1), inv.options);
        if (const auto *problem = std::get_if<ipamcli::Problem>(&request))
            return problem->usage ? usageError(err, problem->message) : ipamcli::fail(err, problem->message);
        auto session = openSession(inv.options.value(kDb), true, err);
        if (!session) {
            printError(err, session.error());
            return CliError;
        }
        return ipamcli::run((*session)->db(), std::get<ipamcli::Request>(request), out, err);
    }
    if (verb == QLatin1String("ipam") && sub == QLatin1String("rdns"))
        return ipamRdnsSet(inv, out, err);
    if (oobcli::handles(verb)) {
        const auto request = oobcli::parse(inv.positional, inv.options);
        if (const auto *problem = std::get_if<oobcli::Problem>(&request))
            return problem->usage ? usageError(err, problem->message) : ipamcli::fail(err, problem->message);
        const oobcli::WithDatabase withDatabase = [&](const oobcli::DatabaseWork &work) {
            auto session = openSession(inv.options.value(kDb), true, err);
            if (!session) {
                printError(err, session.error());
                return int(CliError);
            }
            return work((*session)->db(), (*session)->settings());
        };
        return oobcli::run(std::get<oobcli::Request>(request), withDatabase, out, err);
    }
    if (!kVerbs.contains(verb))
        return usageError(err, Cli::tr("Unknown command \"%1\".").arg(verb));
    const auto spec = specs.constFind(command);
    if (sub.isEmpty() || spec == specs.constEnd())
        return usageError(err, sub.isEmpty() ? Cli::tr("\"%1\" needs a subcommand.").arg(verb)
                                             : Cli::tr("Unknown command \"%1\".").arg(command));
    for (auto it = inv.options.cbegin(); it != inv.options.cend(); ++it) {
        if (it.key() != kDb && !spec->options.contains(it.key()))
            return usageError(err, Cli::tr("The option %1 does not apply to \"%2\".").arg(it.key(), command));
    }
    const QStringList rest = inv.positional.mid(2);
    if (rest.size() < spec->positional)
        return usageError(err, Cli::tr("\"%1\" needs more arguments.").arg(command));
    if (rest.size() > spec->positional)
        return usageError(
            err, Cli::tr("Unexpected argument \"%1\" for \"%2\".").arg(rest.at(spec->positional), command));
    if (inv.options.contains(kDb) && inv.options.value(kDb).trimmed().isEmpty())
        return usageError(err, Cli::tr("The option --db needs a database URL."));

    // Check every argument before touching the database.
    int u = 0;
    std::optional<Face> face;
    if (command == QLatin1String("device move")) {
        if (!inv.options.contains(kRack) || inv.options.value(kRack).trimmed().isEmpty())
            return usageError(err, Cli::tr("\"device move\" needs --rack RACK."));
        if (!inv.options.contains(kU))
            return usageError(err, Cli::tr("\"device move\" needs --u N."));
        bool ok = false;
        u = inv.options.value(kU).trimmed().toInt(&ok);
        if (!ok || u < 1)
            return usageError(
                err,
                Cli::tr("--u needs a whole number of 1 or more, not \"%1\".").arg(inv.options.value(kU)));
        if (inv.options.contains(kFace)) {
            face = faceFromString(inv.options.value(kFace).trimmed().toLower());
            if (!face)
                return usageError(
                    err, Cli::tr("--face must be front or rear, not \"%1\".").arg(inv.options.value(kFace)));
        }
    }

    const bool migrating = verb == QLatin1String("db");
    auto session = openSession(inv.options.value(kDb), !migrating, err);
    if (!session) {
        printError(err, session.error());
        return CliError;
    }
    Session &s = **session;
    const bool json = inv.options.contains(kJson);
    if (command == QLatin1String("db status"))
        return dbStatus(s, out, err);
    if (command == QLatin1String("db migrate"))
        return dbMigrate(s, out, err);
    if (command == QLatin1String("demo load"))
        return demoLoad(s, inv.options.contains(kIfEmpty), out, err);
    if (command == QLatin1String("rack list"))
        return rackList(s, json, out, err);
    if (command == QLatin1String("rack show"))
        return rackShow(s, rest.at(0), json, out, err);
    return deviceMove(s, rest.at(0), inv.options.value(kRack).trimmed(), u, face, out, err);
}
} // namespace

} // namespace hostdeck
