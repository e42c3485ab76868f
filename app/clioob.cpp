// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioob.h"
#include "clioutput.h"

#include "bmcfactory.h"
#include "cabling/cabletrace.h"
#include "cli.h"
#include "core/database.h"
#include "dcim/dcimrepository.h"
#include "oob/bmcrepository.h"
#include "snmppoller.h"
#include "telemetry/pollsweeper.h"
#include "telemetry/portadmin.h"
#include "telemetry/snmpsettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace hostdeck::oobcli {

namespace {

using namespace cli;
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OobCli)
};

const QString kYes = S("--yes");
const QString kPoll = S("--poll");
const QString kRedfish = S("--redfish");
const QString kIpmi = S("--ipmi");
const QString kSnmp = S("--snmp");
const QString kUser = S("--user");
const QString kPasswordEnv = S("--password-env");
const QString kCertSha256 = S("--cert-sha256");
const QString kCipherSuite = S("--cipher-suite");
const QString kWorkaround = S("--workaround");
const QString kCommunity = S("--community");
const QString kV3User = S("--v3-user");
const QString kAuthProto = S("--auth-proto");
const QString kAuthPasswordEnv = S("--auth-password-env");
const QString kPrivProto = S("--priv-proto");
const QString kPrivPasswordEnv = S("--priv-password-env");
const QString kV3Context = S("--v3-context");
const QString kIntervalS = S("--interval-s");
const QString kSweeps = S("--sweeps");
const QString kSystem = S("--system");

const QSet<QString> kBmcTargetOptions = {kRedfish,    kIpmi,        kUser,      kPasswordEnv,
                                         kCertSha256, kCipherSuite, kWorkaround};
const QSet<QString> kSnmpTargetOptions = {kSnmp,      kCommunity,       kV3User,          kAuthProto,
                                          kPrivProto, kAuthPasswordEnv, kPrivPasswordEnv, kV3Context};

/// The longest cable path followed.
constexpr int kMaxHops = 64;
/// The worker's sweep period and its bounds on the command line.
constexpr int kDefaultIntervalS = 300;
constexpr int kMaxIntervalS = 86400;

// ---------------------------------------------------------------------------
// Parsing helpers
// ---------------------------------------------------------------------------

struct HostPort
{
    QString host;
    int port = 0; ///< 0 when none was given
};

/// "host", "host:port", "192.0.2.1:623", "[2001:db8::1]:623", "[::1]" or a bare IPv6 address.
std::optional<HostPort> parseHostPort(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    HostPort hp;
    QString portText;
    if (t.startsWith(u'[')) {
        const qsizetype close = t.indexOf(u']');
        if (close < 2)
            return std::nullopt;
        hp.host = t.mid(1, close - 1);
        const QString rest = t.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return std::nullopt;
            portText = rest.mid(1);
            if (portText.isEmpty())
                return std::nullopt;
        }
    } else if (t.count(u':') == 1) {
        hp.host = t.section(u':', 0, 0);
        portText = t.section(u':', 1);
        if (hp.host.isEmpty() || portText.isEmpty())
            return std::nullopt;
    } else {
        hp.host = t; // a name, an IPv4 address or a bare IPv6 address
    }
    if (hp.host.contains(QRegularExpression(S("[\\s/@]"))))
        return std::nullopt;
    if (!portText.isEmpty()) {
        bool ok = false;
        hp.port = portText.toInt(&ok);
        if (!ok || hp.port < 1 || hp.port > 65535)
            return std::nullopt;
    }
    return hp;
}

/// A fingerprint as typed (any case, with or without colons or spaces) as 64 lower-case hex digits.
std::optional<QString> normaliseFingerprint(const QString &text)
{
    QString hex = text.trimmed().toLower();
    hex.remove(u':');
    hex.remove(u' ');
    static const QRegularExpression valid(S("^[0-9a-f]{64}$"));
    if (!valid.match(hex).hasMatch())
        return std::nullopt;
    return hex;
}

/// The value of the environment variable an *-env option names.
std::variant<QString, Problem> secretFromEnv(const QMap<QString, QString> &options, const QString &option)
{
    const QString name = options.value(option).trimmed();
    if (name.isEmpty())
        return Problem{Text::tr("%1 needs the name of an environment variable.").arg(option)};
    if (!qEnvironmentVariableIsSet(name.toLocal8Bit().constData()))
        return Problem{Text::tr("The environment variable %1 named by %2 is not set.").arg(name, option),
                       false};
    return qEnvironmentVariable(name.toLocal8Bit().constData());
}

/// --redfish URL or --ipmi HOST[:PORT] with their credentials, when given.
std::variant<std::optional<BmcTarget>, Problem> directBmc(const QMap<QString, QString> &options,
                                                          bool needsCredentials)
{
    const bool redfish = options.contains(kRedfish);
    const bool ipmi = options.contains(kIpmi);
    if (!redfish && !ipmi) {
        for (const QString &o : kBmcTargetOptions) {
            if (options.contains(o))
                return Problem{
                    Text::tr("%1 belongs to a direct target: give --redfish URL or --ipmi HOST.").arg(o)};
        }
        return std::optional<BmcTarget>();
    }
    if (redfish && ipmi)
        return Problem{Text::tr("Give either --redfish or --ipmi, not both.")};
    BmcTarget t;
    if (redfish) {
        if (options.contains(kCipherSuite) || options.contains(kWorkaround))
            return Problem{Text::tr("--cipher-suite and --workaround apply to --ipmi only.")};
        t.system = options.value(kSystem).trimmed();
        const QString text = options.value(kRedfish).trimmed();
        const QUrl url(text, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() || (scheme != u"https" && scheme != u"http") ||
            !url.userInfo().isEmpty() || !url.query().isEmpty() || (url.path() != u"" && url.path() != u"/"))
            return Problem{
                Text::tr("--redfish needs the BMC's base URL, https://HOST[:PORT], not \"%1\".").arg(text),
                false};
        t.kind = BmcTarget::Kind::Redfish;
        t.address = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemovePath).toString();
        if (options.contains(kCertSha256)) {
            auto pin = normaliseFingerprint(options.value(kCertSha256));
            if (!pin)
                return Problem{Text::tr("--cert-sha256 needs a SHA-256 fingerprint of 64 hex digits (colons "
                                        "allowed), not \"%1\".")
                                   .arg(options.value(kCertSha256)),
                               false};
            t.pinnedCertSha256 = *pin;
        }
    } else {
        if (options.contains(kCertSha256) || options.contains(kSystem))
            return Problem{Text::tr("%1 applies to --redfish only.")
                               .arg(options.contains(kSystem) ? kSystem : kCertSha256)};
        auto hp = parseHostPort(options.value(kIpmi));
        if (!hp)
            return Problem{
                Text::tr(
                    "--ipmi needs HOST or HOST:PORT (an IPv6 address in brackets with a port), not \"%1\".")
                    .arg(options.value(kIpmi)),
                false};
        t.kind = BmcTarget::Kind::Ipmi;
        t.address = hp->host;
        t.port = hp->port;
        if (options.contains(kCipherSuite)) {
            auto suite = wholeNumber(options.value(kCipherSuite));
            if (!suite || *suite < 0 || *suite > 17)
                return Problem{
                    Text::tr("--cipher-suite needs an IPMI cipher suite id from 0 to 17, not \"%1\".")
                        .arg(options.value(kCipherSuite))};
            t.cipherSuite = *suite;
        }
        if (options.contains(kWorkaround)) {
            for (const QString &w : options.value(kWorkaround).split(u',', Qt::SkipEmptyParts))
                t.workarounds << w.trimmed().toLower();
            if (t.workarounds.isEmpty())
                return Problem{Text::tr("--workaround needs a FreeIPMI workaround name, e.g. opensesspriv.")};
        }
    }
    if (needsCredentials || options.contains(kUser) || options.contains(kPasswordEnv)) {
        if (!options.contains(kUser) || options.value(kUser).isEmpty())
            return Problem{Text::tr("A direct BMC target needs --user USER.")};
        if (!options.contains(kPasswordEnv))
            return Problem{
                Text::tr("A direct BMC target needs --password-env VARIABLE: the password is read from "
                         "that environment variable, never from the command line.")};
        auto password = secretFromEnv(options, kPasswordEnv);
        if (const auto *p = std::get_if<Problem>(&password))
            return *p;
        t.user = options.value(kUser);
        t.password = std::get<QString>(password);
    }
    return std::optional<BmcTarget>(t);
}

std::optional<SnmpTarget::AuthProtocol> authProtocol(const QString &text)
{
    const QString t = text.trimmed().toUpper();
    if (t == u"SHA")
        return SnmpTarget::AuthProtocol::Sha;
    if (t == u"SHA-256" || t == u"SHA256")
        return SnmpTarget::AuthProtocol::Sha256;
    if (t == u"MD5")
        return SnmpTarget::AuthProtocol::Md5;
    if (t == u"NONE")
        return SnmpTarget::AuthProtocol::None;
    return std::nullopt;
}

std::optional<SnmpTarget::PrivProtocol> privProtocol(const QString &text)
{
    const QString t = text.trimmed().toUpper();
    if (t == u"AES")
        return SnmpTarget::PrivProtocol::Aes;
    if (t == u"DES")
        return SnmpTarget::PrivProtocol::Des;
    if (t == u"NONE")
        return SnmpTarget::PrivProtocol::None;
    return std::nullopt;
}

/// --snmp HOST[:PORT] with --community or the v3 options, when given.
std::variant<std::optional<SnmpTarget>, Problem> directSnmp(const QMap<QString, QString> &options)
{
    if (!options.contains(kSnmp)) {
        for (const QString &o : kSnmpTargetOptions) {
            if (options.contains(o))
                return Problem{Text::tr("%1 belongs to a direct target: give --snmp HOST[:PORT].").arg(o)};
        }
        return std::optional<SnmpTarget>();
    }
    auto hp = parseHostPort(options.value(kSnmp));
    if (!hp)
        return Problem{
            Text::tr("--snmp needs HOST or HOST:PORT (an IPv6 address in brackets with a port), not "
                     "\"%1\".")
                .arg(options.value(kSnmp)),
            false};
    SnmpTarget t;
    t.host = hp->host;
    t.port = hp->port > 0 ? hp->port : 161;
    const bool v3 = options.contains(kV3User);
    if (options.contains(kCommunity) == v3)
        return Problem{
            Text::tr("A direct SNMP target needs either --community C (v2c) or --v3-user U (v3).")};
    if (!v3) {
        for (const QString &o : {kAuthProto, kAuthPasswordEnv, kPrivProto, kPrivPasswordEnv, kV3Context}) {
            if (options.contains(o))
                return Problem{Text::tr("%1 applies to SNMP v3 (--v3-user) only.").arg(o)};
        }
        t.version = SnmpTarget::Version::V2c;
        t.community = options.value(kCommunity);
        if (t.community.isEmpty())
            return Problem{Text::tr("--community needs a community name.")};
        return std::optional<SnmpTarget>(t);
    }
    t.version = SnmpTarget::Version::V3;
    t.user = options.value(kV3User);
    t.context = options.value(kV3Context);
    if (t.user.isEmpty())
        return Problem{Text::tr("--v3-user needs a user name.")};
    const auto auth = authProtocol(options.value(kAuthProto, S("SHA")));
    if (!auth)
        return Problem{Text::tr("--auth-proto must be SHA, SHA-256, MD5 or none, not \"%1\".")
                           .arg(options.value(kAuthProto))};
    const auto priv = privProtocol(options.value(kPrivProto, S("AES")));
    if (!priv)
        return Problem{
            Text::tr("--priv-proto must be AES, DES or none, not \"%1\".").arg(options.value(kPrivProto))};
    if (*auth == SnmpTarget::AuthProtocol::None && *priv != SnmpTarget::PrivProtocol::None)
        return Problem{
            Text::tr("SNMP v3 privacy needs authentication: give --auth-proto too, or --priv-proto "
                     "none.")};
    t.authProtocol = *auth;
    t.privProtocol = *priv;
    if (*auth != SnmpTarget::AuthProtocol::None) {
        if (!options.contains(kAuthPasswordEnv))
            return Problem{Text::tr("SNMP v3 with authentication needs --auth-password-env VARIABLE.")};
        auto secret = secretFromEnv(options, kAuthPasswordEnv);
        if (const auto *p = std::get_if<Problem>(&secret))
            return *p;
        t.authPassword = std::get<QString>(secret);
    } else if (options.contains(kAuthPasswordEnv)) {
        return Problem{Text::tr("--auth-password-env makes no sense with --auth-proto none.")};
    }
    if (*priv != SnmpTarget::PrivProtocol::None) {
        if (!options.contains(kPrivPasswordEnv))
            return Problem{Text::tr("SNMP v3 with privacy needs --priv-password-env VARIABLE.")};
        auto secret = secretFromEnv(options, kPrivPasswordEnv);
        if (const auto *p = std::get_if<Problem>(&secret))
            return *p;
        t.privPassword = std::get<QString>(secret);
    } else if (options.contains(kPrivPasswordEnv)) {
        return Problem{Text::tr("--priv-password-env makes no sense with --priv-proto none.")};
    }
    return std::optional<SnmpTarget>(t);
}

// ---------------------------------------------------------------------------
// Output helpers
// ---------------------------------------------------------------------------

/// A 64-bit count in JSON: a number while a double holds it exactly (2^53), else a decimal string.
QJsonValue countJson(quint64 count)
{
    if (count <= (quint64(1) << 53))
        return QJsonValue(double(count));
    return QJsonValue(QString::number(count));
}

/// ifAdminStatus / ifOperStatus (IF-MIB) as a word.
QString ifStatusName(int status)
{
    switch (status) {
    case 1:
        return S("up");
    case 2:
        return S("down");
    case 3:
        return S("testing");
    case 5:
        return S("dormant");
    case 6:
        return S("notPresent");
    case 7:
        return S("lowerLayerDown");
    default:
        return S("unknown");
    }
}

QString speedText(quint64 bps)
{
    if (bps == 0)
        return S("-");
    if (bps >= 1000000000ULL && bps % 1000000000ULL == 0)
        return Text::tr("%1 Gbit/s").arg(bps / 1000000000ULL);
    if (bps >= 1000000ULL && bps % 1000000ULL == 0)
        return Text::tr("%1 Mbit/s").arg(bps / 1000000ULL);
    return Text::tr("%1 bit/s").arg(bps);
}

QString upTimeText(quint32 hundredths)
{
    const quint64 seconds = hundredths / 100;
    const quint64 days = seconds / 86400;
    const QString clock = QStringLiteral("%1:%2:%3")
                              .arg((seconds / 3600) % 24, 2, 10, QLatin1Char('0'))
                              .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                              .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return days > 0 ? Text::tr("%n day(s) %1", nullptr, int(days)).arg(clock) : clock;
}

QString bmcAddress(const BmcTarget &t)
{
    if (t.kind == BmcTarget::Kind::Redfish)
        return t.address;
    const QString host = t.address.contains(u':') ? u'[' + t.address + u']' : t.address;
    return host + u':' + QString::number(t.port > 0 ? t.port : 623);
}

QString snmpAddress(const SnmpTarget &t)
{
    const QString host = t.host.contains(u':') ? u'[' + t.host + u']' : t.host;
    return host + u':' + QString::number(t.port);
}

/// An Error with only a message: the problem is not the database's.
Error errorText(const QString &message)
{
    Error e;
    e.message = message;
    return e;
}

int fail(QTextStream &err, const Error &e)
{
    printError(err, e);
    return CliError;
}

// ---------------------------------------------------------------------------
// BMC verbs
// ---------------------------------------------------------------------------

/// What a BMC verb works on: the target, the name the operator knows it by,
/// and the device (0 for a direct target).
struct BmcSubject
{
    BmcTarget target;
    QString label;
    qint64 deviceId = 0;
};

/// Explains a refused certificate: the fingerprint the BMC presents now and how to accept it.
Error certificateError(BmcFactory &factory, const BmcSubject &s, const Error &openError)
{
    auto presented = factory.certificateSha256(s.target);
    if (!presented) {
        Error e = openError;
        e.detail = (e.detail.isEmpty() ? QString() : e.detail + u'\n') + presented.error().fullText();
        return e;
    }
    const QString hex = *presented;
    const bool changed = openError.code == u"certificate-changed" && !s.target.pinnedCertSha256.isEmpty();
    Error e;
    e.code = openError.code;
    e.message = changed
                    ? Text::tr("The BMC of %1 (%2) presents a certificate that differs from the pinned one; "
                               "nothing was sent to it.")
                          .arg(s.label, s.target.address)
                    : Text::tr("The certificate of the BMC of %1 (%2) is not pinned yet; nothing was sent "
                               "to it.")
                          .arg(s.label, s.target.address);
    QStringList lines;
    if (changed)
        lines << Text::tr("Pinned:    SHA-256 %1").arg(formatFingerprint(s.target.pinnedCertSha256));
    lines << Text::tr("Presented: SHA-256 %1").arg(formatFingerprint(hex));
    lines << Text::tr("Compare it with the fingerprint the BMC shows on its own console or setup screen.");
    if (s.deviceId > 0)
        lines << Text::tr("If they match, accept it: hostdeck bmc accept-cert %1 %2").arg(s.label, hex);
    else
        lines << Text::tr("If they match, add: --cert-sha256 %1").arg(hex);
    e.detail = lines.join(u'\n');
    return e;
}

/// Opens a session; a refused certificate becomes the explanation above.
Result<std::unique_ptr<BmcSession>> openBmc(BmcFactory &factory, const BmcSubject &s)
{
    auto session = factory.open(s.target);
    if (session)
        return session;
    const Error &e = session.error();
    if (e.code == u"certificate-unpinned" || e.code == u"certificate-changed")
        return certificateError(factory, s, e);
    return e;
}

QJsonObject inventoryJson(const BmcInventory &inv)
{
    QJsonArray cpus;
    for (const auto &c : inv.cpus)
        cpus.append(QJsonObject{{S("socket"), c.socket},
                                {S("model"), c.model},
                                {S("cores"), c.cores},
                                {S("threads"), c.threads},
                                {S("max_speed_mhz"), c.maxSpeedMhz}});
    QJsonArray memory;
    for (const auto &m : inv.memory)
        memory.append(QJsonObject{{S("slot"), m.slot},
                                  {S("capacity_mib"), double(m.capacityMiB)},
                                  {S("type"), nullable(m.type)},
                                  {S("speed_mhz"), m.speedMhz}});
    QJsonArray nics;
    for (const auto &n : inv.nics)
        nics.append(QJsonObject{{S("name"), n.name},
                                {S("mac"), nullable(n.mac)},
                                {S("speed_mbps"), double(n.speedMbps)},
                                {S("link_status"), nullable(n.linkStatus)}});
    QJsonArray drives;
    for (const auto &d : inv.drives)
        drives.append(
            QJsonObject{{S("name"), d.name},
                        {S("model"), nullable(d.model)},
                        {S("serial"), nullable(d.serial)},
                        {S("capacity_bytes"), countJson(quint64(std::max<qint64>(0, d.capacityBytes)))},
                        {S("media"), nullable(d.media)},
                        {S("controller"), nullable(d.controller)}});
    QJsonArray controllers;
    for (const auto &c : inv.controllers)
        controllers.append(QJsonObject{{S("name"), c.name}, {S("model"), nullable(c.model)}});
    QJsonArray unavailable;
    for (const auto &u : inv.unavailable)
        unavailable.append(
            QJsonObject{{S("part"), u.part},
                        {S("path"), u.path},
                        {S("http_status"), u.httpStatus > 0 ? QJsonValue(u.httpStatus) : QJsonValue()},
                        {S("message"), nullable(u.message)}});
    return QJsonObject{{S("manufacturer"), nullable(inv.manufacturer)},
                       {S("unavailable"), unavailable},
                       {S("model"), nullable(inv.model)},
                       {S("serial"), nullable(inv.serial)},
                       {S("bios_version"), nullable(inv.biosVersion)},
                       {S("bmc_firmware"), nullable(inv.bmcFirmware)},
                       {S("product_name"), nullable(inv.productName)},
                       {S("cpus"), cpus},
                       {S("memory"), memory},
                       {S("nics"), nics},
                       {S("drives"), drives},
                       {S("controllers"), controllers},
                       {S("from_simple_storage"), inv.fromSimpleStorage}};
}

void writeInventory(QTextStream &out, const BmcSubject &s, const BmcInventory &inv)
{
    const QString none = S("-");
    auto orNone = [&none](const QString &v) { return v.isEmpty() ? none : v; };
    out << Text::tr("Inventory of %1 (%2 %3)")
               .arg(s.label, BmcTarget::kindName(s.target.kind), bmcAddress(s.target))
        << u'\n';
    const QString system =
        QStringList{inv.manufacturer, inv.model.isEmpty() ? inv.productName : inv.model}.join(u' ').trimmed();
    const QList<QStringList> head = {{Text::tr("System:"), orNone(system)},
                                     {Text::tr("Serial:"), orNone(inv.serial)},
                                     {Text::tr("BIOS:"), orNone(inv.biosVersion)},
                                     {Text::tr("BMC firmware:"), orNone(inv.bmcFirmware)}};
    for (const QStringList &row : head)
        out << QStringLiteral("  ") << row[0].leftJustified(15) << row[1] << u'\n';
    out << Text::tr("CPUs: %1").arg(inv.cpus.size()) << u'\n';
    for (const auto &c : inv.cpus)
        out << QStringLiteral("  ") << orNone(c.socket) << QStringLiteral("  ") << orNone(c.model)
            << QStringLiteral("  ") << Text::tr("%1 cores / %2 threads").arg(c.cores).arg(c.threads)
            << (c.maxSpeedMhz > 0 ? QStringLiteral("  %1 MHz").arg(c.maxSpeedMhz) : QString()) << u'\n';
    qint64 totalMiB = 0;
    for (const auto &m : inv.memory)
        totalMiB += m.capacityMiB;
    out << Text::tr("Memory: %1 DIMM(s), %2 GiB")
               .arg(inv.memory.size())
               .arg(QLocale().toString(totalMiB / 1024.0, 'f', 0))
        << u'\n';
    for (const auto &m : inv.memory)
        out << QStringLiteral("  ") << orNone(m.slot) << QStringLiteral("  ")
            << QStringLiteral("%1 MiB").arg(m.capacityMiB) << QStringLiteral("  ") << orNone(m.type)
            << (m.speedMhz > 0 ? QStringLiteral("  %1 MHz").arg(m.speedMhz) : QString()) << u'\n';
    out << Text::tr("NICs: %1").arg(inv.nics.size()) << u'\n';
    for (const auto &n : inv.nics)
        out << QStringLiteral("  ") << orNone(n.name) << QStringLiteral("  ") << orNone(n.mac)
            << (n.speedMbps > 0 ? QStringLiteral("  %1 Mbit/s").arg(n.speedMbps) : QString())
            << (n.linkStatus.isEmpty() ? QString() : QStringLiteral("  ") + n.linkStatus) << u'\n';
    out << Text::tr("Storage controllers: %1").arg(inv.controllers.size()) << u'\n';
    for (const auto &c : inv.controllers)
        out << QStringLiteral("  ") << orNone(c.name) << QStringLiteral("  ") << orNone(c.model) << u'\n';
    out << (inv.fromSimpleStorage ? Text::tr("Drives: %1 (from SimpleStorage)").arg(inv.drives.size())
                                  : Text::tr("Drives: %1").arg(inv.drives.size()))
        << u'\n';
    for (const auto &d : inv.drives)
        out << QStringLiteral("  ") << orNone(d.name) << QStringLiteral("  ") << orNone(d.model)
            << QStringLiteral("  ") << orNone(d.serial) << QStringLiteral("  ")
            << QLocale().formattedDataSize(d.capacityBytes, 0, QLocale::DataSizeSIFormat)
            << QStringLiteral("  ") << orNone(d.media)
            << (d.controller.isEmpty() ? QString() : QStringLiteral("  ") + d.controller) << u'\n';
    if (!inv.unavailable.isEmpty()) {
        out << Text::tr("Not available from the BMC: %1").arg(inv.unavailable.size()) << u'\n';
        for (const auto &u : inv.unavailable)
            out << QStringLiteral("  ") << u.part << QStringLiteral("  ") << u.path << QStringLiteral("  ")
                << (u.httpStatus > 0 ? Text::tr("HTTP %1: %2").arg(u.httpStatus).arg(u.message) : u.message)
                << u'\n';
    }
    out.flush();
}

/// Runs one BMC verb on its subject; a device's subject comes with its database.
int bmcVerb(const Request &r, const BmcSubject &s, QSqlDatabase *db, QTextStream &out, QTextStream &err)
{
    auto factory = makeBmcFactory();
    auto session = openBmc(*factory, s);
    if (!session)
        return fail(err, session.error());
    BmcSession &bmc = **session;
    if (const QStringList learned = bmc.learnedWorkarounds(); !learned.isEmpty()) {
        // Said on stderr, so --json output stays one document.
        QString note = Text::tr("The IPMI session to %1 opened only with the %2 workaround")
                           .arg(bmcAddress(s.target), learned.join(QStringLiteral(", ")));
        if (db && s.deviceId > 0) {
            auto remembered = BmcRepository(*db).rememberWorkarounds(s.deviceId, learned);
            note += remembered && *remembered ? Text::tr("; remembered for %1.").arg(s.label)
                    : remembered
                        ? QStringLiteral(".")
                        : Text::tr("; it could not be remembered: %1").arg(remembered.error().message);
        } else {
            note += Text::tr("; give --workaround %1 to skip the first attempt.")
                        .arg(learned.join(QStringLiteral(" --workaround ")));
        }
        err << QStringLiteral("hostdeck: ") << note << u'\n';
        err.flush();
    }
    const QJsonValue device = s.deviceId > 0 ? QJsonValue(s.label) : QJsonValue();
    const QJsonObject target{{S("kind"), BmcTarget::kindName(s.target.kind)},
                             {S("address"), bmcAddress(s.target)}};

    switch (r.verb) {
    case Request::Verb::BmcPower: {
        if (r.action) {
            if (Status done = bmc.power(*r.action); !done)
                return fail(err, done.error());
        }
        auto state = bmc.powerState();
        if (!r.action && !state)
            return fail(err, state.error());
        if (r.json) {
            writeJson(out,
                      QJsonObject{{S("device"), device},
                                  {S("target"), target},
                                  {S("action"), r.action ? QJsonValue(powerActionName(*r.action))
                                                         : QJsonValue(S("status"))},
                                  {S("power"), state ? QJsonValue(powerStateName(*state)) : QJsonValue()}});
            return CliOk;
        }
        if (r.action)
            out << Text::tr("Sent power %1 to %2.").arg(powerActionName(*r.action), s.label) << u'\n';
        if (state)
            out << Text::tr("Power of %1: %2").arg(s.label, powerStateName(*state)) << u'\n';
        else
            out << Text::tr("The power state could not be read afterwards: %1").arg(state.error().fullText())
                << u'\n';
        out.flush();
        return CliOk;
    }
    case Request::Verb::BmcInventory: {
        auto inv = bmc.inventory();
        if (!inv)
            return fail(err, inv.error());
        if (r.json) {
            QJsonObject o = inventoryJson(*inv);
            o.insert(S("device"), device);
            o.insert(S("target"), target);
            writeJson(out, o);
            return CliOk;
        }
        writeInventory(out, s, *inv);
        return CliOk;
    }
    case Request::Verb::BmcPxe: {
        if (Status done = bmc.pxeOnce(); !done)
            return fail(err, done.error());
        out << Text::tr("%1 boots from the network (PXE) once, at its next boot; later boots are as before.")
                   .arg(s.label)
            << u'\n';
        out.flush();
        return CliOk;
    }
    default:
        break;
    }
    return CliError;
}

/// bmc accept-cert: shows what the BMC presents and pins it when confirmed.
int acceptCert(const Request &r, BmcSubject s, QSqlDatabase *db, QTextStream &out, QTextStream &err)
{
    if (s.target.kind != BmcTarget::Kind::Redfish)
        return fail(
            err,
            errorText(
                Text::tr("The BMC of %1 speaks IPMI, which has no certificate to accept.").arg(s.label)));
    auto factory = makeBmcFactory();
    auto presented = factory->certificateSha256(s.target);
    if (!presented)
        return fail(err, presented.error());
    const QString hex = *presented;
    const QString pinned = s.target.pinnedCertSha256;
    out << Text::tr("The BMC of %1 (%2) presents a certificate with").arg(s.label, s.target.address) << u'\n'
        << QStringLiteral("  SHA-256 ") << formatFingerprint(hex) << u'\n';
    if (!pinned.isEmpty() && pinned == hex) {
        out << Text::tr("It is pinned already; nothing to do.") << u'\n';
        out.flush();
        return CliOk;
    }
    if (!pinned.isEmpty())
        out << Text::tr("The pinned certificate differs:") << u'\n' << QStringLiteral("  SHA-256 ")
            << formatFingerprint(pinned) << u'\n';
    out.flush();
    if (!r.fingerprint.isEmpty() && r.fingerprint != hex)
        return fail(
            err, errorText(Text::tr("The BMC of %1 presents %2, not the fingerprint given (%3); nothing was "
                                    "pinned.")
                               .arg(s.label, formatFingerprint(hex), formatFingerprint(r.fingerprint))));
    if (!db) {
        // A direct target: nothing to store; the operator passes --cert-sha256 from now on.
        out << (r.fingerprint.isEmpty()
                    ? Text::tr("Compare it with the BMC's own display; if it matches, use "
                               "--cert-sha256 %1 with this target.")
                          .arg(hex)
                    : Text::tr("It matches; use --cert-sha256 %1 with this target.").arg(hex))
            << u'\n';
        out.flush();
        return CliOk;
    }
    if (r.fingerprint.isEmpty() && !r.yes) {
        out << Text::tr(
                   "Nothing was pinned. Compare it with the fingerprint the BMC shows on its own console or "
                   "setup screen; if it matches, accept it with:")
            << u'\n' << QStringLiteral("  hostdeck bmc accept-cert %1 %2").arg(s.label, hex) << u'\n'
            << Text::tr("(or add --yes to accept what the BMC presents now)") << u'\n';
        out.flush();
        return CliOk;
    }
    BmcRepository repo(*db);
    if (Status st = repo.pinCertificate(s.deviceId, hex, pinned); !st)
        return fail(err, st.error());
    out << Text::tr("Pinned the certificate of the BMC of %1.").arg(s.label) << u'\n';
    out.flush();
    return CliOk;
}

int bmcWithDatabase(const Request &r, const WithDatabase &withDatabase, QTextStream &out, QTextStream &err)
{
    return withDatabase([&](QSqlDatabase &db, const ConnectionSettings &) {
        auto device = DcimRepository(db).deviceByNameOrId(r.device);
        if (!device)
            return fail(err, device.error());
        BmcRepository repo(db);
        auto target = repo.target(device->id);
        if (!target)
            return fail(err, target.error());
        if (!r.system.isEmpty()) {
            if (target->kind != BmcTarget::Kind::Redfish)
                return fail(err,
                            errorText(Text::tr("--system names a Redfish ComputerSystem; %1's BMC speaks "
                                               "IPMI.")
                                          .arg(device->name)));
            target->system = r.system; // for this command, over the stored one
        }
        const BmcSubject subject{*target, device->name, device->id};
        if (r.verb == Request::Verb::BmcAcceptCert)
            return acceptCert(r, subject, &db, out, err);
        return bmcVerb(r, subject, &db, out, err);
    });
}

// ---------------------------------------------------------------------------
// SNMP verbs
// ---------------------------------------------------------------------------

Result<SnmpPoll> pollOne(SnmpPoller &poller, const SnmpTarget &target)
{
    SnmpPollRequest request;
    request.key = 1;
    request.target = target;
    const QList<SnmpPollResult> results = poller.sweep({request});
    if (results.size() != 1)
        return errorText(Text::tr("The SNMP poller returned no result for %1.").arg(snmpAddress(target)));
    return results.first().poll;
}

int snmpPoll(const Request &r, const SnmpTarget &target, const QString &device, QTextStream &out,
             QTextStream &err)
{
    auto poller = makeSnmpPoller();
    auto poll = pollOne(*poller, target);
    if (!poll)
        return fail(err, poll.error());
    QList<InterfaceSample> interfaces = poll->interfaces;
    std::sort(interfaces.begin(), interfaces.end(),
              [](const InterfaceSample &a, const InterfaceSample &b) { return a.ifIndex < b.ifIndex; });
    const QString label = device.isEmpty() ? snmpAddress(target) : device;
    if (r.json) {
        QJsonArray ports;
        for (const InterfaceSample &i : std::as_const(interfaces))
            ports.append(
                QJsonObject{{S("if_index"), i.ifIndex},
                            {S("name"), i.name},
                            {S("descr"), nullable(i.descr)},
                            {S("alias"), nullable(i.alias)},
                            {S("admin_status"), ifStatusName(i.adminStatus)},
                            {S("oper_status"), ifStatusName(i.operStatus)},
                            {S("speed_bps"), countJson(i.speedBps)},
                            {S("mac"), nullable(i.mac)},
                            {S("in_octets"), i.hasCounters ? countJson(i.inOctets) : QJsonValue()},
                            {S("out_octets"), i.hasCounters ? countJson(i.outOctets) : QJsonValue()},
                            {S("hc_counters"), i.hasCounters ? QJsonValue(i.hcCounters) : QJsonValue()},
                            {S("discontinuity_time"),
                             i.discontinuityTime ? QJsonValue(double(*i.discontinuityTime)) : QJsonValue()}});
        writeJson(out, QJsonObject{{S("device"), device.isEmpty() ? QJsonValue() : QJsonValue(device)},
                                   {S("target"), snmpAddress(target)},
                                   {S("polled_at"), poll->polledAt.toUTC().toString(Qt::ISODateWithMs)},
                                   {S("sys_uptime"), double(poll->sysUpTime)},
                                   {S("ports"), ports}});
        return CliOk;
    }
    out << Text::tr("%1 (%2): %n interface(s), up %3", nullptr, int(interfaces.size()))
               .arg(label, snmpAddress(target), upTimeText(poll->sysUpTime))
        << u'\n';
    QList<QStringList> rows;
    for (const InterfaceSample &i : std::as_const(interfaces))
        rows << QStringList{QString::number(i.ifIndex),
                            i.name,
                            i.alias.isEmpty() ? S("-") : i.alias,
                            ifStatusName(i.adminStatus),
                            ifStatusName(i.operStatus),
                            speedText(i.speedBps),
                            i.hasCounters ? QString::number(i.inOctets) : S("-"),
                            i.hasCounters ? QString::number(i.outOctets) : S("-"),
                            !i.hasCounters ? Text::tr("none")
                            : i.hcCounters ? Text::tr("64-bit")
                                           : Text::tr("32-bit")};
    writeTable(out,
               {Text::tr("IFINDEX"), Text::tr("NAME"), Text::tr("ALIAS"), Text::tr("ADMIN"), Text::tr("OPER"),
                Text::tr("SPEED"), Text::tr("IN OCTETS"), Text::tr("OUT OCTETS"), Text::tr("COUNTERS")},
               rows, {0, 6, 7});
    return CliOk;
}

/// set-admin on a direct target: PORT is an ifIndex, or an ifName found by one poll.
int snmpSetAdminDirect(const Request &r, const SnmpTarget &target, QTextStream &out, QTextStream &err)
{
    auto poller = makeSnmpPoller();
    int ifIndex = wholeNumber(r.port).value_or(0);
    QString name = r.port;
    if (ifIndex <= 0) {
        auto poll = pollOne(*poller, target);
        if (!poll)
            return fail(err, poll.error());
        for (const InterfaceSample &i : std::as_const(poll->interfaces)) {
            if (i.name.compare(r.port, Qt::CaseInsensitive) == 0) {
                ifIndex = i.ifIndex;
                name = i.name;
                break;
            }
        }
        if (ifIndex <= 0)
            return fail(err, errorText(Text::tr("The agent at %1 has no interface named \"%2\".")
                                           .arg(snmpAddress(target), r.port)));
    }
    if (Status s = poller->setAdminStatus(target, ifIndex, r.up); !s)
        return fail(err, s.error());
    out << (r.up ? Text::tr("Set %1 (ifIndex %2) at %3 administratively up.")
                 : Text::tr("Set %1 (ifIndex %2) at %3 administratively down."))
               .arg(name)
               .arg(ifIndex)
               .arg(snmpAddress(target))
        << u'\n';
    out.flush();
    return CliOk;
}

/// set-admin on a device of the database: the ports row gives the ifIndex and records the new status.
int snmpSetAdminDevice(const Request &r, QSqlDatabase &db, const Device &device, const SnmpTarget &target,
                       QTextStream &out, QTextStream &err)
{
    auto port = PortAdmin::find(db, device.id, device.name, r.port);
    if (!port)
        return fail(err, port.error());
    auto poller = makeSnmpPoller();
    if (Status s = PortAdmin::set(db, *poller, target, *port, r.up); !s)
        return fail(err, s.error());
    const QString portName = port->name;
    const int ifIndex = port->ifIndex;
    out << (r.up ? Text::tr("Set port %1 (ifIndex %2) of %3 administratively up.")
                 : Text::tr("Set port %1 (ifIndex %2) of %3 administratively down."))
               .arg(portName)
               .arg(ifIndex)
               .arg(device.name)
        << u'\n';
    out.flush();
    return CliOk;
}

int snmpWithDatabase(const Request &r, const WithDatabase &withDatabase, QTextStream &out, QTextStream &err)
{
    return withDatabase([&](QSqlDatabase &db, const ConnectionSettings &) {
        auto device = DcimRepository(db).deviceByNameOrId(r.device);
        if (!device)
            return fail(err, device.error());
        SnmpSettingsRepository settings(db);
        auto target = settings.target(device->id);
        if (!target)
            return fail(err, target.error());
        if (r.verb == Request::Verb::SnmpPoll)
            return snmpPoll(r, *target, device->name, out, err);
        return snmpSetAdminDevice(r, db, *device, *target, out, err);
    });
}

// ---------------------------------------------------------------------------
// cable trace
// ---------------------------------------------------------------------------

struct CableDetails
{
    QString type;
    QString colour;
    QString label;
    std::optional<double> lengthM;
};

int cableTrace(const Request &r, QSqlDatabase &db, QTextStream &out, QTextStream &err)
{
    qint64 portId = r.portId;
    if (portId == 0) {
        auto device = DcimRepository(db).deviceByNameOrId(r.portDevice);
        if (!device)
            return fail(err, device.error());
        auto found = findPort(db, device->name, r.portName);
        if (!found) {
            // Port names are matched without regard to case, like device names.
            auto q = db::exec(
                db, S("SELECT id FROM ports WHERE device_id = :device AND lower(name) = lower(:name)"),
                {{S("device"), device->id}, {S("name"), r.portName}});
            if (!q)
                return fail(err, q.error());
            if (!q->next())
                return fail(err, found.error());
            found = q->value(0).toLongLong();
        }
        portId = *found;
    }
    auto trace = traceCable(db, portId, kMaxHops);
    if (!trace)
        return fail(err, trace.error());

    QHash<qint64, CableDetails> cables;
    for (const CableHop &h : std::as_const(trace->hops)) {
        if (!h.cableId || cables.contains(*h.cableId))
            continue;
        auto q = db::exec(db, S("SELECT type, colour, label, length_m FROM cables WHERE id = :id"),
                          {{S("id"), *h.cableId}});
        if (!q)
            return fail(err, q.error());
        CableDetails c;
        if (q->next()) {
            c.type = q->value(0).toString();
            c.colour = q->value(1).toString();
            c.label = q->value(2).toString();
            if (!q->value(3).isNull())
                c.lengthM = q->value(3).toDouble();
        }
        cables.insert(*h.cableId, c);
    }
    auto viaName = [](CableHop::Via via) {
        switch (via) {
        case CableHop::Via::Start:
            return S("start");
        case CableHop::Via::Cable:
            return S("cable");
        case CableHop::Via::Panel:
            return S("panel");
        case CableHop::Via::Loop:
            return S("loop");
        case CableHop::Via::Truncated:
            return S("truncated");
        }
        return S("start");
    };
    const QList<CableHop> &hops = trace->hops;
    // The far end: the last port reached, unless the trace stopped at a loop or the bound.
    const bool stopped = trace->loop() || trace->truncated();
    const CableHop *farEnd = nullptr;
    if (hops.size() > 1 && !stopped)
        farEnd = &hops.constLast();

    auto portJson = [](const CableHop &h) {
        return QJsonObject{{S("port_id"), h.portId},
                           {S("port"), h.portName},
                           {S("port_kind"), h.portKind},
                           {S("device_id"), h.deviceId},
                           {S("device"), h.deviceName}};
    };
    if (r.json) {
        QJsonArray array;
        for (const CableHop &h : hops) {
            QJsonObject o = portJson(h);
            o.insert(S("hop"), h.hop);
            o.insert(S("via"), viaName(h.via));
            if (h.cableId) {
                const CableDetails c = cables.value(*h.cableId);
                o.insert(S("cable"),
                         QJsonObject{{S("id"), *h.cableId},
                                     {S("type"), c.type},
                                     {S("colour"), c.colour},
                                     {S("label"), nullable(c.label)},
                                     {S("length_m"), c.lengthM ? QJsonValue(*c.lengthM) : QJsonValue()}});
            } else {
                o.insert(S("cable"), QJsonValue());
            }
            array.append(o);
        }
        writeJson(out, QJsonObject{{S("start"), portJson(hops.constFirst())},
                                   {S("hops"), array},
                                   {S("far_end"), farEnd ? QJsonValue(portJson(*farEnd)) : QJsonValue()},
                                   {S("loop"), trace->loop()},
                                   {S("truncated"), trace->truncated()}});
        return CliOk;
    }
    const CableHop &start = hops.constFirst();
    out << Text::tr("Trace from %1 %2 (%3):").arg(start.deviceName, start.portName, start.portKind) << u'\n';
    QList<QStringList> rows;
    for (const CableHop &h : hops) {
        QString how;
        switch (h.via) {
        case CableHop::Via::Start:
            how = Text::tr("start");
            break;
        case CableHop::Via::Cable: {
            const CableDetails c = h.cableId ? cables.value(*h.cableId) : CableDetails{};
            QStringList parts{c.type, c.colour};
            if (c.lengthM)
                parts << Text::tr("%1 m").arg(QLocale().toString(*c.lengthM, 'g', 6));
            if (!c.label.isEmpty())
                parts << u'"' + c.label + u'"';
            how = Text::tr("cable #%1 (%2)").arg(h.cableId.value_or(0)).arg(parts.join(S(", ")));
            break;
        }
        case CableHop::Via::Panel:
            how = Text::tr("through the panel");
            break;
        case CableHop::Via::Loop:
            how = Text::tr("back to a port already on the path");
            break;
        case CableHop::Via::Truncated:
            how = Text::tr("beyond %1 hops").arg(kMaxHops);
            break;
        }
        rows << QStringList{QString::number(h.hop), h.deviceName, h.portName, h.portKind, how};
    }
    writeTable(out,
               {Text::tr("HOP"), Text::tr("DEVICE"), Text::tr("PORT"), Text::tr("KIND"), Text::tr("VIA")},
               rows, {0});
    if (hops.size() == 1)
        out << Text::tr("%1 %2 has no cable.").arg(start.deviceName, start.portName) << u'\n';
    else if (trace->loop())
        out << Text::tr("The path loops: it returns to %1 %2.")
                   .arg(hops.constLast().deviceName, hops.constLast().portName)
            << u'\n';
    else if (trace->truncated())
        out << Text::tr("The path is longer than %1 hops; the trace stopped.").arg(kMaxHops) << u'\n';
    else
        out << Text::tr("Far end: %1 %2 (%3).").arg(farEnd->deviceName, farEnd->portName, farEnd->portKind)
            << u'\n';
    out.flush();
    return CliOk;
}

// ---------------------------------------------------------------------------
// worker --poll
// ---------------------------------------------------------------------------

/// SIGTERM and SIGINT, delivered to the event loop through a pipe while it
/// lives; the previous handlers are restored afterwards.
class StopSignals
{
public:
    StopSignals()
    {
        if (::pipe(s_pipe) != 0)
            return;
        for (int fd : s_pipe)
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        struct sigaction action = {};
        action.sa_handler = &StopSignals::handle;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGTERM, &action, &m_oldTerm);
        ::sigaction(SIGINT, &action, &m_oldInt);
        m_notifier = std::make_unique<QSocketNotifier>(s_pipe[0], QSocketNotifier::Read);
        m_installed = true;
    }
    ~StopSignals()
    {
        if (!m_installed)
            return;
        ::sigaction(SIGTERM, &m_oldTerm, nullptr);
        ::sigaction(SIGINT, &m_oldInt, nullptr);
        m_notifier.reset();
        ::close(s_pipe[0]);
        ::close(s_pipe[1]);
        s_pipe[0] = s_pipe[1] = -1;
    }
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;

    bool installed() const { return m_installed; }
    QSocketNotifier *notifier() { return m_notifier.get(); }
    /// The signal that arrived, after the notifier fired.
    int take()
    {
        char c = 0;
        int last = 0;
        while (::read(s_pipe[0], &c, 1) == 1)
            last = c;
        return last;
    }

private:
    static void handle(int signal)
    {
        const char c = char(signal);
        [[maybe_unused]] const auto written = ::write(s_pipe[1], &c, 1);
    }

    static inline int s_pipe[2] = {-1, -1};
    struct sigaction m_oldTerm = {};
    struct sigaction m_oldInt = {};
    std::unique_ptr<QSocketNotifier> m_notifier;
    bool m_installed = false;
};

int worker(const Request &r, QSqlDatabase &db, const ConnectionSettings &settings, QTextStream &out,
           QTextStream &err)
{
    // A role that may not read SNMP credentials is told now, not at every sweep.
    auto targets = SnmpSettingsRepository(db).enabledTargets();
    if (!targets)
        return fail(err, targets.error());
    StopSignals stopSignals;
    if (!stopSignals.installed())
        return fail(err, errorText(Text::tr("The worker could not install its signal handlers.")));
    PollWorker::Options options;
    options.intervalSeconds = r.intervalS;
    // Sweeps start a little after each 5-minute boundary; short test intervals start on the boundary.
    options.offsetSeconds = r.intervalS >= 60 ? 10 : 0;
    options.maxSweeps = r.sweeps;
    options.sweepAtStart = true;
    PollWorker poller(settings, makeSnmpPoller(), options);
    auto stamp = [] { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate) + u' '; };
    // The worker's lines carry their own UTC time.
    poller.setLogger([&out](const QString &line) {
        out << line << u'\n';
        out.flush();
    });
    int failedSweeps = 0;
    QObject::connect(
        &poller, &PollWorker::sweepFinished, &poller, [&](const PollSummary &summary, const QString &error) {
            // A sweep that reached no agent at all failed as a whole, even though it ran.
            const bool reachedNone = summary.devicesFailed() > 0 && summary.devicesOk() == 0;
            if (error.isEmpty() && !reachedNone)
                return;
            ++failedSweeps;
            err << QStringLiteral("hostdeck: ")
                << (error.isEmpty() ? Text::tr("No SNMP agent answered in this sweep (%n tried).", nullptr,
                                               summary.devicesFailed())
                                    : Text::tr("The sweep failed: %1").arg(error))
                << u'\n';
            err.flush();
        });
    QEventLoop loop;
    QObject::connect(&poller, &PollWorker::finished, &loop, &QEventLoop::quit);
    QObject::connect(stopSignals.notifier(), &QSocketNotifier::activated, &loop, [&] {
        const int which = stopSignals.take();
        out << stamp()
            << Text::tr("Stopping on %1; a running sweep is finished first.")
                   .arg(which == SIGINT ? S("SIGINT") : S("SIGTERM"))
            << u'\n';
        out.flush();
        poller.stop();
    });
    out << stamp()
        << Text::tr("Polling %n SNMP device(s) every %1 s; SIGTERM or SIGINT stops the worker.", nullptr,
                    int(targets->size()))
               .arg(r.intervalS)
        << u'\n';
    out.flush();
    poller.start();
    loop.exec();
    out << stamp() << Text::tr("The worker stopped after %n sweep(s).", nullptr, poller.sweepsDone())
        << u'\n';
    out.flush();
    // With --sweeps the run is a job: it failed when a sweep failed as a whole.
    return r.sweeps > 0 && failedSweeps > 0 ? CliError : CliOk;
}

} // namespace

// Literals, not the constants above: runCli's option tables call these during static initialisation.
QSet<QString> valueOptions()
{
    return {QStringLiteral("--redfish"),      QStringLiteral("--ipmi"),
            QStringLiteral("--snmp"),         QStringLiteral("--user"),
            QStringLiteral("--password-env"), QStringLiteral("--cert-sha256"),
            QStringLiteral("--cipher-suite"), QStringLiteral("--workaround"),
            QStringLiteral("--community"),    QStringLiteral("--v3-user"),
            QStringLiteral("--auth-proto"),   QStringLiteral("--auth-password-env"),
            QStringLiteral("--priv-proto"),   QStringLiteral("--priv-password-env"),
            QStringLiteral("--interval-s"),   QStringLiteral("--sweeps"),
            QStringLiteral("--v3-context"),   QStringLiteral("--system")};
}

QSet<QString> flagOptions()
{
    return {QStringLiteral("--yes"), QStringLiteral("--poll"), QStringLiteral("--json")};
}

QSet<QString> repeatableOptions()
{
    return {QStringLiteral("--workaround")};
}

bool handles(const QString &verb)
{
    return verb == u"bmc" || verb == u"snmp" || verb == u"worker" || verb == u"cable";
}

std::variant<Request, Problem> parse(const QStringList &words, const QMap<QString, QString> &options)
{
    const QString verb = words.value(0);
    const QString sub = words.value(1);
    Request r;
    QStringList rest;
    QSet<QString> allowed{kDb};
    QString command;
    int minArgs = 0;
    int maxArgs = 0;
    if (verb == u"worker") {
        command = verb;
        rest = words.mid(1);
        allowed |= {kPoll, kIntervalS, kSweeps};
        r.verb = Request::Verb::Worker;
    } else {
        if (sub.isEmpty())
            return Problem{Text::tr("\"%1\" needs a subcommand.").arg(verb)};
        command = verb + u' ' + sub;
        rest = words.mid(2);
        if (command == u"bmc power") {
            r.verb = Request::Verb::BmcPower;
            allowed |= kBmcTargetOptions;
            allowed << kJson << kSystem;
            minArgs = 1;
            maxArgs = 2;
        } else if (command == u"bmc inventory" || command == u"bmc pxe") {
            r.verb = sub == u"pxe" ? Request::Verb::BmcPxe : Request::Verb::BmcInventory;
            allowed |= kBmcTargetOptions;
            allowed << kSystem;
            if (r.verb == Request::Verb::BmcInventory)
                allowed << kJson;
            maxArgs = 1;
        } else if (command == u"bmc accept-cert") {
            r.verb = Request::Verb::BmcAcceptCert;
            allowed |= kBmcTargetOptions;
            allowed << kYes;
            maxArgs = 2;
        } else if (command == u"snmp poll") {
            r.verb = Request::Verb::SnmpPoll;
            allowed |= kSnmpTargetOptions;
            allowed << kJson;
            maxArgs = 1;
        } else if (command == u"snmp set-admin") {
            r.verb = Request::Verb::SnmpSetAdmin;
            allowed |= kSnmpTargetOptions;
            minArgs = 2;
            maxArgs = 3;
        } else if (command == u"cable trace") {
            r.verb = Request::Verb::CableTrace;
            allowed << kJson;
            minArgs = 1;
            maxArgs = 1;
        } else {
            return Problem{Text::tr("Unknown command \"%1\".").arg(command)};
        }
    }
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        if (!allowed.contains(it.key()))
            return Problem{Text::tr("The option %1 does not apply to \"%2\".").arg(it.key(), command)};
    }
    if (options.contains(kDb) && options.value(kDb).trimmed().isEmpty())
        return Problem{Text::tr("The option --db needs a database URL.")};
    r.json = options.contains(kJson);
    r.yes = options.contains(kYes);

    const bool direct = options.contains(kRedfish) || options.contains(kIpmi) || options.contains(kSnmp);
    if (direct && options.contains(kDb))
        return Problem{
            Text::tr("A direct target (--redfish, --ipmi, --snmp) works without the database; drop --db.")};

    // Positional arguments: the DEVICE comes first unless a direct target replaces it.
    if (r.verb == Request::Verb::BmcPower) {
        if (rest.isEmpty())
            return Problem{
                Text::tr("\"bmc power\" needs an action: status, on, off, cycle, reset or soft-off.")};
        const QString action = rest.takeFirst().toLower();
        if (action != u"status") {
            r.action = powerActionFromName(action);
            if (!r.action)
                return Problem{Text::tr("Unknown power action \"%1\": use status, on, off, cycle, reset or "
                                        "soft-off.")
                                   .arg(action)};
        }
        minArgs = 0;
        maxArgs = 1;
    }
    if (r.verb == Request::Verb::SnmpSetAdmin) {
        // DEVICE PORT up|down, or PORT up|down with --snmp
        const int expected = direct ? 2 : 3;
        if (rest.size() < expected)
            return Problem{direct ? Text::tr("\"snmp set-admin\" needs PORT and up or down.")
                                  : Text::tr("\"snmp set-admin\" needs DEVICE, PORT and up or down.")};
        if (rest.size() > expected)
            return Problem{
                Text::tr("Unexpected argument \"%1\" for \"%2\".").arg(rest.at(expected), command)};
        const QString state = rest.takeLast().toLower();
        if (state != u"up" && state != u"down")
            return Problem{Text::tr("\"snmp set-admin\" sets a port up or down, not \"%1\".").arg(state)};
        r.up = state == u"up";
        r.port = rest.takeLast().trimmed();
        if (r.port.isEmpty())
            return Problem{Text::tr("\"snmp set-admin\" needs a port name or ifIndex.")};
        minArgs = 0;
        maxArgs = 1;
    }
    if (r.verb == Request::Verb::BmcAcceptCert) {
        // DEVICE [SHA256], or [SHA256] with --redfish
        const qsizetype shaAt = direct ? 0 : 1;
        if (rest.size() > shaAt) {
            auto pin = normaliseFingerprint(rest.at(shaAt));
            if (!pin)
                return Problem{
                    Text::tr("\"%1\" is not a SHA-256 fingerprint (64 hex digits, colons allowed).")
                        .arg(rest.at(shaAt)),
                    false};
            r.fingerprint = *pin;
            rest.removeAt(shaAt);
        }
        if (options.contains(kCertSha256))
            return Problem{
                Text::tr("\"bmc accept-cert\" takes the fingerprint as an argument, not --cert-sha256.")};
        minArgs = 0;
        maxArgs = 1;
    }
    if (rest.size() > maxArgs)
        return Problem{Text::tr("Unexpected argument \"%1\" for \"%2\".").arg(rest.at(maxArgs), command)};
    if (rest.size() < minArgs)
        return Problem{Text::tr("\"%1\" needs more arguments.").arg(command)};

    switch (r.verb) {
    case Request::Verb::BmcPower:
    case Request::Verb::BmcInventory:
    case Request::Verb::BmcPxe:
    case Request::Verb::BmcAcceptCert: {
        auto target = directBmc(options, r.verb != Request::Verb::BmcAcceptCert);
        if (const auto *p = std::get_if<Problem>(&target))
            return *p;
        r.bmc = std::get<std::optional<BmcTarget>>(target);
        r.system = options.value(kSystem).trimmed();
        if (options.contains(kSystem) && r.system.isEmpty())
            return Problem{Text::tr("--system needs the Id of a Redfish ComputerSystem, e.g. Blade2.")};
        if (r.bmc && r.verb == Request::Verb::BmcAcceptCert && r.bmc->kind != BmcTarget::Kind::Redfish)
            return Problem{
                Text::tr("\"bmc accept-cert\" is for Redfish BMCs (--redfish); IPMI has no certificate.")};
        break;
    }
    case Request::Verb::SnmpPoll:
    case Request::Verb::SnmpSetAdmin: {
        auto target = directSnmp(options);
        if (const auto *p = std::get_if<Problem>(&target))
            return *p;
        r.snmp = std::get<std::optional<SnmpTarget>>(target);
        break;
    }
    case Request::Verb::Worker: {
        if (!options.contains(kPoll))
            return Problem{Text::tr("\"worker\" needs --poll (the SNMP poller is its only job so far).")};
        if (options.contains(kIntervalS)) {
            auto interval = wholeNumber(options.value(kIntervalS));
            if (!interval || *interval < 1 || *interval > kMaxIntervalS)
                return Problem{Text::tr("--interval-s needs a number of seconds from 1 to %1, not \"%2\".")
                                   .arg(kMaxIntervalS)
                                   .arg(options.value(kIntervalS))};
            r.intervalS = *interval;
        } else {
            r.intervalS = kDefaultIntervalS;
        }
        if (options.contains(kSweeps)) {
            auto sweeps = wholeNumber(options.value(kSweeps));
            if (!sweeps || *sweeps < 1)
                return Problem{Text::tr("--sweeps needs a number of 1 or more, not \"%1\".")
                                   .arg(options.value(kSweeps))};
            r.sweeps = *sweeps;
        }
        break;
    }
    case Request::Verb::CableTrace: {
        const QString port = rest.at(0).trimmed();
        bool numeric = false;
        const qint64 id = port.toLongLong(&numeric);
        if (numeric) {
            if (id < 1)
                return Problem{Text::tr("A port id is a positive number, not \"%1\".").arg(port), false};
            r.portId = id;
            break;
        }
        const qsizetype colon = port.indexOf(u':');
        r.portDevice = port.left(colon).trimmed();
        r.portName = port.mid(colon + 1).trimmed();
        if (colon < 0 || r.portDevice.isEmpty() || r.portName.isEmpty())
            return Problem{
                Text::tr("PORT is DEVICE:PORTNAME (e.g. srv-01:eth0) or a port id, not \"%1\".").arg(port)};
        break;
    }
    }

    const bool hasDirect = r.bmc.has_value() || r.snmp.has_value();
    if (r.verb != Request::Verb::Worker && r.verb != Request::Verb::CableTrace) {
        if (hasDirect && !rest.isEmpty())
            return Problem{Text::tr("Give a DEVICE or a direct target, not both (\"%1\").").arg(rest.at(0))};
        if (!hasDirect && rest.isEmpty())
            return Problem{Text::tr("\"%1\" needs a DEVICE (or a direct target: %2).")
                               .arg(command, verb == u"snmp" ? S("--snmp HOST[:PORT] ...")
                                                             : S("--redfish URL | --ipmi HOST[:PORT] ..."))};
        if (!rest.isEmpty())
            r.device = rest.at(0).trimmed();
    }
    return r;
}

int run(const Request &r, const WithDatabase &withDatabase, QTextStream &out, QTextStream &err)
{
    switch (r.verb) {
    case Request::Verb::BmcPower:
    case Request::Verb::BmcInventory:
    case Request::Verb::BmcPxe:
        if (r.bmc)
            return bmcVerb(r, BmcSubject{*r.bmc, bmcAddress(*r.bmc), 0}, nullptr, out, err);
        return bmcWithDatabase(r, withDatabase, out, err);
    case Request::Verb::BmcAcceptCert:
        if (r.bmc)
            return acceptCert(r, BmcSubject{*r.bmc, r.bmc->address, 0}, nullptr, out, err);
        return bmcWithDatabase(r, withDatabase, out, err);
    case Request::Verb::SnmpPoll:
        if (r.snmp)
            return snmpPoll(r, *r.snmp, {}, out, err);
        return snmpWithDatabase(r, withDatabase, out, err);
    case Request::Verb::SnmpSetAdmin:
        if (r.snmp)
            return snmpSetAdminDirect(r, *r.snmp, out, err);
        return snmpWithDatabase(r, withDatabase, out, err);
    case Request::Verb::Worker:
        return withDatabase([&](QSqlDatabase &db, const ConnectionSettings &settings) {
            return worker(r, db, settings, out, err);
        });
    case Request::Verb::CableTrace:
        return withDatabase(
            [&](QSqlDatabase &db, const ConnectionSettings &) { return cableTrace(r, db, out, err); });
    }
    return CliError;
}

QString usage()
{
    return Text::tr(
        "Out-of-band and network commands (DEVICE: a device name or id):\n"
        "  bmc power status|on|off|cycle|reset|soft-off DEVICE [--json]\n"
        "                                 a device's power state, or a power action\n"
        "  bmc inventory DEVICE [--json]  CPUs, memory, NICs, drives, model and serial\n"
        "  bmc pxe DEVICE                 boot from the network once, at the next boot\n"
        "  bmc accept-cert DEVICE [SHA256] [--yes]\n"
        "                                 show the Redfish BMC's certificate fingerprint; pin it\n"
        "                                 when SHA256 matches it, or with --yes\n"
        "  snmp poll DEVICE [--json]      the device's interfaces with status, speed and counters\n"
        "  snmp set-admin DEVICE PORT up|down\n"
        "                                 set a switch port administratively up or down\n"
        "  worker --poll                  poll every SNMP device every 5 minutes and store traffic\n"
        "                                 and power samples, until SIGTERM or SIGINT\n"
        "  cable trace DEVICE:PORT|PORTID [--json]\n"
        "                                 follow a port's cable through patch panels to its far end\n"
        "\n"
        "Direct targets, instead of DEVICE (passwords only from environment variables):\n"
        "  --redfish https://HOST[:PORT] --user U --password-env VAR [--cert-sha256 HEX]\n"
        "  --ipmi HOST[:PORT] --user U --password-env VAR [--cipher-suite N] [--workaround NAME]...\n"
        "  --snmp HOST[:PORT] --community C\n"
        "  --snmp HOST[:PORT] --v3-user U [--auth-proto SHA|SHA-256|MD5] --auth-password-env VAR\n"
        "         [--priv-proto AES|DES] --priv-password-env VAR [--v3-context NAME]\n");
}

} // namespace hostdeck::oobcli
