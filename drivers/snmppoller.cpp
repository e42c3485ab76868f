// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmppoller.h"

#include "pduoidmap.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>
#include <vector>

#include <cerrno>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

// Net-SNMP last: its headers define short macro names.
#include <net-snmp/library/large_fd_set.h>
#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>

namespace hostdeck {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SnmpPoller)
};

/// At most this many agents have a session (a socket) open at once in one
/// sweep; the rest wait for a free slot. Keeps descriptors and memory bounded.
constexpr int kMaxOpenSessions = 256;
/// The wall-clock bound of one agent: max(this, 10 x timeout x tries).
constexpr qint64 kMinAgentBudgetMs = 30000;
/// Longest DisplayString (RFC 2579) accepted for names and descriptions.
constexpr size_t kMaxDisplayString = 255;

// All calls into Net-SNMP hold this lock: the library here is not built
// reentrant (NETSNMP_REENTRANT is off), and USM users, request ids and the
// session internals are process-wide. Waiting in select() does not hold it.
std::recursive_mutex &netSnmpLock()
{
    static std::recursive_mutex lock;
    return lock;
}

void initNetSnmp()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Numeric OIDs only: no MIB modules, no MIB directories, no
        // snmp.conf, no persistent state written anywhere.
        setenv("MIBS", "", 1);
        netsnmp_set_mib_directory("");
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DONT_READ_CONFIGS, 1);
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DONT_PERSIST_STATE, 1);
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DISABLE_PERSISTENT_LOAD, 1);
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DISABLE_PERSISTENT_SAVE, 1);
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DONT_LOAD_HOST_FILES, 1);
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_NO_TOKEN_WARNINGS, 1);
        netsnmp_ds_set_int(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_MIB_WARNINGS, 0);
        // Errors reach the caller as Error values, not as log lines on stderr;
        // HOSTDECK_SNMP_DEBUG=token,token turns Net-SNMP's debug output on.
        if (const QByteArray tokens = qgetenv("HOSTDECK_SNMP_DEBUG"); !tokens.isEmpty()) {
            snmp_enable_stderrlog();
            debug_register_tokens(tokens.constData());
            snmp_set_do_debugging(1);
        } else {
            netsnmp_register_loghandler(NETSNMP_LOGHANDLER_NONE, LOG_EMERG);
        }
        init_snmp("hostdeck");
    });
}

/// SNMPv3 engine IDs learnt per peer name (guarded by netSnmpLock()).
std::map<QByteArray, QByteArray> &engineIds()
{
    static std::map<QByteArray, QByteArray> ids;
    return ids;
}

std::optional<QByteArray> knownEngineId(const QByteArray &peer)
{
    const auto it = engineIds().find(peer);
    if (it == engineIds().end())
        return std::nullopt;
    return it->second;
}

void rememberEngineId(void *sessionHandle)
{
    const netsnmp_session *session = snmp_sess_session(sessionHandle);
    if (session && session->version == SNMP_VERSION_3 && session->securityEngineIDLen > 0 &&
        session->peername)
        engineIds()[QByteArray(session->peername)] =
            QByteArray(reinterpret_cast<const char *>(session->securityEngineID),
                       static_cast<qsizetype>(session->securityEngineIDLen));
}

using Oid = std::vector<oid>;

const Oid kSysUpTime{1, 3, 6, 1, 2, 1, 1, 3};
const Oid kSysUpTime0{1, 3, 6, 1, 2, 1, 1, 3, 0};
const Oid kIfAdminStatus{1, 3, 6, 1, 2, 1, 2, 2, 1, 7};

enum class Kind
{
    IfDescr,
    IfSpeed,
    IfPhysAddress,
    IfAdminStatus,
    IfOperStatus,
    IfInOctets,
    IfOutOctets,
    IfName,
    IfHcInOctets,
    IfHcOutOctets,
    IfHighSpeed,
    IfAlias,
    IfCounterDiscontinuityTime,
    OutletName,
    OutletPower
};

struct ColumnDef
{
    Kind kind;
    const char *label;
    Oid oid;
};

const std::vector<ColumnDef> &interfaceColumns()
{
    static const std::vector<ColumnDef> columns = {
        {Kind::IfDescr, "ifDescr", {1, 3, 6, 1, 2, 1, 2, 2, 1, 2}},
        {Kind::IfSpeed, "ifSpeed", {1, 3, 6, 1, 2, 1, 2, 2, 1, 5}},
        {Kind::IfPhysAddress, "ifPhysAddress", {1, 3, 6, 1, 2, 1, 2, 2, 1, 6}},
        {Kind::IfAdminStatus, "ifAdminStatus", {1, 3, 6, 1, 2, 1, 2, 2, 1, 7}},
        {Kind::IfOperStatus, "ifOperStatus", {1, 3, 6, 1, 2, 1, 2, 2, 1, 8}},
        {Kind::IfInOctets, "ifInOctets", {1, 3, 6, 1, 2, 1, 2, 2, 1, 10}},
        {Kind::IfOutOctets, "ifOutOctets", {1, 3, 6, 1, 2, 1, 2, 2, 1, 16}},
        {Kind::IfName, "ifName", {1, 3, 6, 1, 2, 1, 31, 1, 1, 1, 1}},
        {Kind::IfHcInOctets, "ifHCInOctets", {1, 3, 6, 1, 2, 1, 31, 1, 1, 1, 6}},
        {Kind::IfHcOutOctets, "ifHCOutOctets", {1, 3, 6, 1, 2, 1, 31, 1, 1, 1, 10}},
        {Kind::IfHighSpeed, "ifHighSpeed", {1, 3, 6, 1, 2, 1, 31, 1, 1, 1, 15}},
        {Kind::IfAlias, "ifAlias", {1, 3, 6, 1, 2, 1, 31, 1, 1, 1, 18}},
        {Kind::IfCounterDiscontinuityTime, "ifCounterDiscontinuityTime", {1, 3, 6, 1, 2, 1, 31, 1, 1, 1, 19}},
    };
    return columns;
}

QString oidText(const oid *name, size_t length)
{
    QString text;
    for (size_t i = 0; i < length; ++i) {
        if (i)
            text += u'.';
        text += QString::number(name[i]);
    }
    return text;
}

QString oidText(const Oid &o)
{
    return oidText(o.data(), o.size());
}

QString asnTypeName(u_char type)
{
    switch (type) {
    case ASN_INTEGER:
        return QStringLiteral("INTEGER");
    case ASN_OCTET_STR:
        return QStringLiteral("OCTET STRING");
    case ASN_OBJECT_ID:
        return QStringLiteral("OBJECT IDENTIFIER");
    case ASN_NULL:
        return QStringLiteral("NULL");
    case ASN_IPADDRESS:
        return QStringLiteral("IpAddress");
    case ASN_COUNTER:
        return QStringLiteral("Counter32");
    case ASN_GAUGE:
        return QStringLiteral("Gauge32");
    case ASN_TIMETICKS:
        return QStringLiteral("TimeTicks");
    case ASN_OPAQUE:
        return QStringLiteral("Opaque");
    case ASN_COUNTER64:
        return QStringLiteral("Counter64");
    case SNMP_NOSUCHOBJECT:
        return QStringLiteral("noSuchObject");
    case SNMP_NOSUCHINSTANCE:
        return QStringLiteral("noSuchInstance");
    case SNMP_ENDOFMIBVIEW:
        return QStringLiteral("endOfMibView");
    default:
        return QStringLiteral("type 0x%1").arg(type, 2, 16, QLatin1Char('0'));
    }
}

bool isException(u_char type)
{
    return type == SNMP_NOSUCHOBJECT || type == SNMP_NOSUCHINSTANCE || type == SNMP_ENDOFMIBVIEW;
}

bool hasPrefix(const netsnmp_variable_list *vb, const Oid &prefix)
{
    return vb->name_length > prefix.size() &&
           std::equal(prefix.begin(), prefix.end(), vb->name, vb->name + prefix.size());
}

struct Column
{
    Kind kind;
    QString label;
    Oid prefix;
    Oid suffix; ///< OutletPower: the instance must end with it
    double scale = 1.0;
    Oid last; ///< the last OID returned in this column (the walk's cursor)
    bool done = false;
    int rows = 0;
};

struct IfRow
{
    std::optional<QString> descr, name, alias;
    std::optional<quint64> speed, highSpeed;
    std::optional<QByteArray> physAddress;
    std::optional<int> adminStatus, operStatus;
    std::optional<quint32> inOctets, outOctets, discontinuity;
    std::optional<quint64> hcInOctets, hcOutOctets;
};

struct OutletRow
{
    std::optional<QString> name;
    std::optional<double> watts;
};

enum class Phase
{
    Walk,    ///< GETBULK over the columns still open
    Set,     ///< SET ifAdminStatus.N
    Confirm, ///< GET ifAdminStatus.N
    Done
};

/// One agent's state machine. Every field is touched only under netSnmpLock().
struct Agent
{
    SnmpTarget target;
    QString action; ///< "poll", "set ifAdminStatus.3": for error messages
    bool setAdmin = false;
    int ifIndex = 0;
    bool up = false;
    bool interfaces = true;

    void *session = nullptr;
    Phase phase = Phase::Walk;
    int pendingRequest = 0;
    bool sendNext = false;
    bool finished = false;
    // SNMPv3 engine-ID discovery on our own socket (see startProbe()).
    int probeFd = -1;
    bool holdsSlot = false; ///< counted among the sweep's open agents
    int probeTries = 0;
    qint32 probeMessageId = 0;
    QByteArray probeMessage;
    QDeadlineTimer probeRetry;
    QDeadlineTimer deadline;
    qint64 budgetMs = 0;
    int repetitions = 25;

    std::vector<Column> columns;
    std::vector<size_t> requested; ///< columns in the last GETBULK, in varbind order
    bool requestedUpTime = false;
    std::optional<quint32> sysUpTime;
    std::map<int, IfRow> ifRows;
    std::map<Oid, OutletRow> outletRows;
    bool wantOutlets = false;
    QString outletNameOid;

    std::optional<Error> error;
    SnmpPoll poll;
};

Error agentError(const Agent &agent, const QString &what, const QString &detail = {})
{
    Error error;
    error.message = Text::tr("SNMP %1 of %2: %3").arg(agent.action, agent.target.peerName(), what);
    error.detail = detail;
    return error;
}

void fail(Agent &agent, const QString &what, const QString &detail = {})
{
    if (agent.finished)
        return;
    agent.error = agentError(agent, what, detail);
    agent.finished = true;
    agent.phase = Phase::Done;
}

QString sessionErrorText(void *session)
{
    int libError = 0;
    int sysError = 0;
    char *text = nullptr;
    snmp_sess_error(session, &libError, &sysError, &text);
    QString result = text ? QString::fromLocal8Bit(text) : QString();
    free(text);
    return result;
}

// ---- Values --------------------------------------------------------------

bool expectType(Agent &agent, const Column &column, const netsnmp_variable_list *vb,
                std::initializer_list<u_char> types)
{
    if (std::find(types.begin(), types.end(), vb->type) != types.end())
        return true;
    QStringList expected;
    for (u_char type : types)
        expected.append(asnTypeName(type));
    fail(agent, Text::tr("the agent returned %1 for %2 (%3), expected %4")
                    .arg(asnTypeName(vb->type), column.label, oidText(vb->name, vb->name_length),
                         expected.join(QStringLiteral(" or "))));
    return false;
}

std::optional<QString> displayString(Agent &agent, const Column &column, const netsnmp_variable_list *vb)
{
    if (!expectType(agent, column, vb, {ASN_OCTET_STR}))
        return std::nullopt;
    if (vb->val_len > kMaxDisplayString) {
        fail(agent, Text::tr("%1 (%2) is %3 bytes long; at most %4 are allowed")
                        .arg(column.label, oidText(vb->name, vb->name_length))
                        .arg(vb->val_len)
                        .arg(kMaxDisplayString));
        return std::nullopt;
    }
    QByteArray bytes(reinterpret_cast<const char *>(vb->val.string), static_cast<qsizetype>(vb->val_len));
    while (bytes.endsWith('\0'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

quint32 unsigned32(const netsnmp_variable_list *vb)
{
    return static_cast<quint32>(static_cast<unsigned long>(*vb->val.integer) & 0xffffffffUL);
}

quint64 counter64(const netsnmp_variable_list *vb)
{
    return (static_cast<quint64>(vb->val.counter64->high) << 32) |
           (static_cast<quint64>(vb->val.counter64->low) & 0xffffffffULL);
}

/// Stores one varbind of an interface column; false (and the agent failed) on bad data.
bool storeInterfaceValue(Agent &agent, const Column &column, const netsnmp_variable_list *vb)
{
    const size_t indexLength = vb->name_length - column.prefix.size();
    const oid index = vb->name[column.prefix.size()];
    if (indexLength != 1 || index < 1 || index > static_cast<oid>(INT_MAX)) {
        fail(agent, Text::tr("unexpected row index in %1: %2 (ifIndex is one number from 1 to 2147483647)")
                        .arg(column.label, oidText(vb->name, vb->name_length)));
        return false;
    }
    IfRow &row = agent.ifRows[static_cast<int>(index)];
    switch (column.kind) {
    case Kind::IfDescr:
    case Kind::IfName:
    case Kind::IfAlias: {
        auto text = displayString(agent, column, vb);
        if (!text)
            return false;
        (column.kind == Kind::IfDescr  ? row.descr
         : column.kind == Kind::IfName ? row.name
                                       : row.alias) = *text;
        return true;
    }
    case Kind::IfPhysAddress:
        if (!expectType(agent, column, vb, {ASN_OCTET_STR}))
            return false;
        row.physAddress = QByteArray(reinterpret_cast<const char *>(vb->val.string),
                                     static_cast<qsizetype>(std::min<size_t>(vb->val_len, 64)));
        return true;
    case Kind::IfSpeed:
    case Kind::IfHighSpeed:
        if (!expectType(agent, column, vb, {ASN_GAUGE}))
            return false;
        (column.kind == Kind::IfSpeed ? row.speed : row.highSpeed) = unsigned32(vb);
        return true;
    case Kind::IfAdminStatus:
    case Kind::IfOperStatus:
        if (!expectType(agent, column, vb, {ASN_INTEGER}))
            return false;
        (column.kind == Kind::IfAdminStatus ? row.adminStatus : row.operStatus) =
            static_cast<int>(std::clamp<long>(*vb->val.integer, INT_MIN, INT_MAX));
        return true;
    case Kind::IfInOctets:
    case Kind::IfOutOctets:
        if (!expectType(agent, column, vb, {ASN_COUNTER}))
            return false;
        (column.kind == Kind::IfInOctets ? row.inOctets : row.outOctets) = unsigned32(vb);
        return true;
    case Kind::IfHcInOctets:
    case Kind::IfHcOutOctets:
        if (!expectType(agent, column, vb, {ASN_COUNTER64}))
            return false;
        (column.kind == Kind::IfHcInOctets ? row.hcInOctets : row.hcOutOctets) = counter64(vb);
        return true;
    case Kind::IfCounterDiscontinuityTime:
        if (!expectType(agent, column, vb, {ASN_TIMETICKS}))
            return false;
        row.discontinuity = unsigned32(vb);
        return true;
    case Kind::OutletName:
    case Kind::OutletPower:
        break;
    }
    return true;
}

bool storeOutletValue(Agent &agent, const Column &column, const netsnmp_variable_list *vb)
{
    Oid instance(vb->name + column.prefix.size(), vb->name + vb->name_length);
    if (!column.suffix.empty()) {
        if (instance.size() <= column.suffix.size() ||
            !std::equal(column.suffix.rbegin(), column.suffix.rend(), instance.rbegin()))
            return true; // another sensor type of the same table
        instance.resize(instance.size() - column.suffix.size());
    }
    if (instance.back() < 1 || instance.back() > static_cast<oid>(INT_MAX)) {
        fail(agent, Text::tr("unexpected outlet index in %1: %2")
                        .arg(column.label, oidText(vb->name, vb->name_length)));
        return false;
    }
    OutletRow &row = agent.outletRows[instance];
    if (column.kind == Kind::OutletName) {
        auto text = displayString(agent, column, vb);
        if (!text)
            return false;
        row.name = *text;
        return true;
    }
    if (!expectType(agent, column, vb, {ASN_INTEGER, ASN_GAUGE, ASN_COUNTER}))
        return false;
    const double raw =
        vb->type == ASN_INTEGER ? static_cast<double>(*vb->val.integer) : static_cast<double>(unsigned32(vb));
    row.watts = raw * column.scale;
    return true;
}

// ---- Results ---------------------------------------------------------------

QString macText(const QByteArray &bytes)
{
    if (bytes.size() != 6)
        return {};
    return QString::fromLatin1(bytes.toHex(':'));
}

void finishPoll(Agent &agent)
{
    SnmpPoll &poll = agent.poll;
    poll.polledAt = QDateTime::currentDateTimeUtc();
    if (!agent.sysUpTime) {
        fail(agent, Text::tr("the agent did not return sysUpTime.0"));
        return;
    }
    poll.sysUpTime = *agent.sysUpTime;
    if (agent.interfaces) {
        // Real agents leave columns out for some rows (a stack member without counters, a
        // tunnel without ifHighSpeed, a row of ifTable with none in ifXTable): every row the
        // agent lists is returned with what it has, and a missing column is no error.
        for (const auto &[ifIndex, row] : agent.ifRows) {
            InterfaceSample sample;
            sample.ifIndex = ifIndex;
            sample.descr = row.descr.value_or(QString());
            sample.name = row.name && !row.name->trimmed().isEmpty() ? *row.name : sample.descr;
            if (sample.name.trimmed().isEmpty())
                sample.name = QStringLiteral("ifIndex %1").arg(ifIndex);
            sample.alias = row.alias.value_or(QString());
            sample.adminStatus = row.adminStatus.value_or(0);
            sample.operStatus = row.operStatus.value_or(0);
            // ifSpeed saturates at 2^32-1 for links of 4.3 Gbit/s and more: only ifHighSpeed says.
            constexpr quint32 kSaturated = 4294967295U;
            if (row.highSpeed && *row.highSpeed > 0)
                sample.speedBps = *row.highSpeed * 1000000ULL;
            else if (row.speed && *row.speed != kSaturated)
                sample.speedBps = *row.speed;
            sample.mac = macText(row.physAddress.value_or(QByteArray()));
            if (row.hcInOctets && row.hcOutOctets) {
                sample.inOctets = *row.hcInOctets;
                sample.outOctets = *row.hcOutOctets;
                sample.hcCounters = true;
            } else if (row.inOctets && row.outOctets) {
                sample.inOctets = *row.inOctets;
                sample.outOctets = *row.outOctets;
                sample.hcCounters = false;
            } else {
                sample.hasCounters = false;
            }
            sample.discontinuityTime = row.discontinuity;
            poll.interfaces.append(sample);
        }
    }
    if (agent.wantOutlets) {
        for (const auto &[instance, row] : agent.outletRows) {
            if (!row.name && !row.watts)
                continue;
            OutletSample sample;
            sample.outlet = static_cast<int>(instance.back());
            sample.name = row.name.value_or(QString());
            sample.watts = row.watts;
            poll.outlets.append(sample);
        }
        if (poll.outlets.isEmpty()) {
            fail(agent, Text::tr("the agent has no outlets under %1; is the PDU model right?")
                            .arg(agent.outletNameOid));
            return;
        }
    }
    agent.phase = Phase::Done;
    agent.finished = true;
}

// ---- Responses -------------------------------------------------------------

void handleWalk(Agent &agent, netsnmp_pdu *pdu)
{
    if (pdu->errstat == SNMP_ERR_TOOBIG && agent.repetitions > 1) {
        agent.repetitions = std::max(1, agent.repetitions / 2);
        agent.sendNext = true;
        return;
    }
    if (pdu->errstat != SNMP_ERR_NOERROR) {
        fail(agent, Text::tr("the agent answered the GETBULK with an error: %1 (index %2)")
                        .arg(QString::fromLatin1(snmp_errstring(static_cast<int>(pdu->errstat))))
                        .arg(pdu->errindex));
        return;
    }
    const size_t repeaters = agent.requested.size();
    const size_t maxVarbinds =
        (agent.requestedUpTime ? 1 : 0) + repeaters * static_cast<size_t>(agent.repetitions);
    size_t count = 0;
    for (const netsnmp_variable_list *vb = pdu->variables; vb; vb = vb->next_variable)
        ++count;
    if (count > maxVarbinds) {
        fail(agent, Text::tr("the agent answered with %1 values where at most %2 were asked for")
                        .arg(count)
                        .arg(maxVarbinds));
        return;
    }
    const netsnmp_variable_list *vb = pdu->variables;
    if (agent.requestedUpTime) {
        if (!vb) {
            fail(agent, Text::tr("the agent answered without any values"));
            return;
        }
        const Oid name(vb->name, vb->name + vb->name_length);
        if (name != kSysUpTime0 || isException(vb->type)) {
            fail(agent, Text::tr("the agent did not return sysUpTime.0 (got %1, %2)")
                            .arg(oidText(name), asnTypeName(vb->type)));
            return;
        }
        if (vb->type != ASN_TIMETICKS) {
            fail(agent, Text::tr("the agent returned %1 for sysUpTime.0, expected TimeTicks")
                            .arg(asnTypeName(vb->type)));
            return;
        }
        agent.sysUpTime = unsigned32(vb);
        vb = vb->next_variable;
    }
    bool progress = false;
    for (size_t position = 0; vb && repeaters > 0; vb = vb->next_variable, ++position) {
        Column &column = agent.columns[agent.requested[position % repeaters]];
        if (column.done)
            continue;
        if (isException(vb->type) || !hasPrefix(vb, column.prefix)) {
            column.done = true; // past the end of this column
            progress = true;
            continue;
        }
        if (snmp_oid_compare(vb->name, vb->name_length, column.last.data(), column.last.size()) <= 0) {
            fail(agent, Text::tr("OID not increasing in %1: %2 after %3")
                            .arg(column.label, oidText(vb->name, vb->name_length), oidText(column.last)));
            return;
        }
        column.last.assign(vb->name, vb->name + vb->name_length);
        progress = true;
        if (++column.rows > agent.target.maxRowsPerWalk) {
            fail(agent, Text::tr("%1 has more than %2 rows; the walk was stopped")
                            .arg(column.label)
                            .arg(agent.target.maxRowsPerWalk));
            return;
        }
        const bool stored = column.kind == Kind::OutletName || column.kind == Kind::OutletPower
                                ? storeOutletValue(agent, column, vb)
                                : storeInterfaceValue(agent, column, vb);
        if (!stored)
            return;
    }
    if (repeaters > 0 && !progress) {
        fail(agent, Text::tr("the agent answered without any of the requested columns"));
        return;
    }
    const bool open = std::any_of(agent.columns.begin(), agent.columns.end(),
                                  [](const Column &column) { return !column.done; });
    if (open || !agent.sysUpTime)
        agent.sendNext = true;
    else
        finishPoll(agent);
}

void handleSetAnswer(Agent &agent, netsnmp_pdu *pdu)
{
    if (pdu->errstat != SNMP_ERR_NOERROR) {
        fail(agent, Text::tr("the agent refused: %1")
                        .arg(QString::fromLatin1(snmp_errstring(static_cast<int>(pdu->errstat)))));
        return;
    }
    agent.phase = Phase::Confirm;
    agent.sendNext = true;
}

void handleConfirm(Agent &agent, netsnmp_pdu *pdu)
{
    const netsnmp_variable_list *vb = pdu->variables;
    if (pdu->errstat != SNMP_ERR_NOERROR || !vb) {
        fail(agent, Text::tr("reading ifAdminStatus back failed: %1")
                        .arg(QString::fromLatin1(snmp_errstring(static_cast<int>(pdu->errstat)))));
        return;
    }
    if (vb->type != ASN_INTEGER) {
        fail(agent,
             Text::tr("reading ifAdminStatus back returned %1, expected INTEGER").arg(asnTypeName(vb->type)));
        return;
    }
    const long expected = agent.up ? 1 : 2;
    if (*vb->val.integer != expected) {
        fail(agent, Text::tr("ifAdminStatus.%1 reads %2 after it was set to %3")
                        .arg(agent.ifIndex)
                        .arg(*vb->val.integer)
                        .arg(expected));
        return;
    }
    agent.phase = Phase::Done;
    agent.finished = true;
}

QString noAnswerText(const SnmpTarget &target)
{
    return Text::tr("no answer within %1 ms (%2 tries); check the address, port, community or v3 credentials")
        .arg(target.timeoutMs)
        .arg(target.retries + 1);
}

int onAnswer(int operation, netsnmp_session *, int requestId, netsnmp_pdu *pdu, void *magic)
{
    auto *agent = static_cast<Agent *>(magic);
    // One request is outstanding per agent and Net-SNMP matched the answer to it
    // (by msgID for v3). A Report for a message the agent could not authenticate
    // or decrypt carries request-id 0, so `requestId` is not compared.
    Q_UNUSED(requestId);
    if (operation == NETSNMP_CALLBACK_OP_RESEND || agent->finished || agent->pendingRequest == 0)
        return 1;
    agent->pendingRequest = 0;
    switch (operation) {
    case NETSNMP_CALLBACK_OP_RECEIVED_MESSAGE:
        if (pdu->command == SNMP_MSG_REPORT) {
            // The agent's engine ID changed (a new device at that address):
            // forget it, so the next sweep discovers it again.
            if (snmpv3_get_report_type(pdu) == SNMPERR_UNKNOWN_ENG_ID)
                engineIds().erase(agent->target.peerName().toUtf8());
            fail(*agent, Text::tr("the agent reported: %1")
                             .arg(QString::fromLatin1(snmp_api_errstring(snmpv3_get_report_type(pdu)))));
            return 1;
        }
        switch (agent->phase) {
        case Phase::Walk:
            handleWalk(*agent, pdu);
            break;
        case Phase::Set:
            handleSetAnswer(*agent, pdu);
            break;
        case Phase::Confirm:
            handleConfirm(*agent, pdu);
            break;
        case Phase::Done:
            break;
        }
        break;
    case NETSNMP_CALLBACK_OP_TIMED_OUT:
        fail(*agent, noAnswerText(agent->target));
        break;
    case NETSNMP_CALLBACK_OP_SEC_ERROR:
        fail(*agent,
             Text::tr("SNMPv3 authentication or decryption failed: the agent reported a security error "
                      "(wrong user, password or protocol?)"),
             pdu && pdu->command == SNMP_MSG_REPORT
                 ? QString::fromLatin1(snmp_api_errstring(snmpv3_get_report_type(pdu)))
                 : QString());
        break;
    default:
        fail(*agent, Text::tr("sending the request failed"), sessionErrorText(agent->session));
        break;
    }
    return 1;
}

// ---- Requests --------------------------------------------------------------

netsnmp_pdu *buildRequest(Agent &agent)
{
    switch (agent.phase) {
    case Phase::Walk: {
        netsnmp_pdu *pdu = snmp_pdu_create(SNMP_MSG_GETBULK);
        agent.requestedUpTime = !agent.sysUpTime.has_value();
        agent.requested.clear();
        if (agent.requestedUpTime)
            snmp_add_null_var(pdu, kSysUpTime.data(), kSysUpTime.size());
        for (size_t i = 0; i < agent.columns.size(); ++i) {
            if (agent.columns[i].done)
                continue;
            agent.requested.push_back(i);
            snmp_add_null_var(pdu, agent.columns[i].last.data(), agent.columns[i].last.size());
        }
        pdu->non_repeaters = agent.requestedUpTime ? 1 : 0;
        pdu->max_repetitions = agent.repetitions;
        return pdu;
    }
    case Phase::Set: {
        netsnmp_pdu *pdu = snmp_pdu_create(SNMP_MSG_SET);
        Oid name = kIfAdminStatus;
        name.push_back(static_cast<oid>(agent.ifIndex));
        const long value = agent.up ? 1 : 2;
        snmp_pdu_add_variable(pdu, name.data(), name.size(), ASN_INTEGER, &value, sizeof value);
        return pdu;
    }
    case Phase::Confirm: {
        netsnmp_pdu *pdu = snmp_pdu_create(SNMP_MSG_GET);
        Oid name = kIfAdminStatus;
        name.push_back(static_cast<oid>(agent.ifIndex));
        snmp_add_null_var(pdu, name.data(), name.size());
        return pdu;
    }
    case Phase::Done:
        break;
    }
    return nullptr;
}

void sendRequest(Agent &agent)
{
    agent.sendNext = false;
    netsnmp_pdu *pdu = buildRequest(agent);
    if (!pdu)
        return;
    const int requestId = snmp_sess_async_send(agent.session, pdu, onAnswer, &agent);
    if (requestId == 0) {
        snmp_free_pdu(pdu);
        fail(agent, Text::tr("sending the request failed"), sessionErrorText(agent.session));
        return;
    }
    agent.pendingRequest = requestId;
}

/// Key derivation from a password (RFC 3414 password-to-key), as Net-SNMP's tools do.
bool deriveKey(Agent &agent, oid *authProtocol, size_t authProtocolLength, const QString &password,
               u_char *key, size_t *keyLength, const QString &which)
{
    const QByteArray bytes = password.toUtf8();
    if (bytes.size() < 8) {
        fail(agent, Text::tr("the SNMPv3 %1 password must have at least 8 characters").arg(which));
        return false;
    }
    const int status = generate_Ku(authProtocol, static_cast<u_int>(authProtocolLength),
                                   reinterpret_cast<const u_char *>(bytes.constData()),
                                   static_cast<size_t>(bytes.size()), key, keyLength);
    if (status != SNMPERR_SUCCESS) {
        fail(agent, Text::tr("could not derive the SNMPv3 %1 key").arg(which),
             QString::fromLatin1(snmp_api_errstring(status)));
        return false;
    }
    return true;
}

void openSession(Agent &agent);
void startProbe(Agent &agent);

/// Checks the target and starts the agent: a v3 engine-ID probe, or its session.
void startAgent(Agent &agent)
{
    const SnmpTarget &target = agent.target;
    if (target.host.trimmed().isEmpty()) {
        fail(agent, Text::tr("no host given"));
        return;
    }
    if (target.port < 1 || target.port > 65535) {
        fail(agent, Text::tr("port %1 is out of range").arg(target.port));
        return;
    }
    if (target.timeoutMs <= 0 || target.retries < 0 || target.maxRepetitions < 1 ||
        target.maxRowsPerWalk < 1) {
        fail(agent, Text::tr("timeout, retries, max-repetitions and the row bound must be positive"));
        return;
    }
    const qint64 tries = target.retries + 1;
    agent.budgetMs = std::max<qint64>(kMinAgentBudgetMs, 10 * tries * target.timeoutMs);
    agent.deadline = QDeadlineTimer(agent.budgetMs);
    agent.repetitions = std::min(target.maxRepetitions, 1000);
    if (target.version == SnmpTarget::Version::V3 && target.user.isEmpty()) {
        fail(agent, Text::tr("no SNMPv3 user given"));
        return;
    }
    if (target.version == SnmpTarget::Version::V3 && !knownEngineId(target.peerName().toUtf8()))
        startProbe(agent);
    else
        openSession(agent);
}

/// Opens the agent's Net-SNMP session (for v3 with the engine ID already
/// known) and queues its first request; on failure the agent is finished.
void openSession(Agent &agent)
{
    const SnmpTarget &target = agent.target;
    netsnmp_session session;
    snmp_sess_init(&session);
    const QByteArray peer = target.peerName().toUtf8();
    const QByteArray community = target.community.toUtf8();
    const QByteArray user = target.user.toUtf8();
    const QByteArray context = target.context.toUtf8();
    session.peername = const_cast<char *>(peer.constData());
    session.timeout = static_cast<long>(target.timeoutMs) * 1000L;
    session.retries = target.retries;
    session.callback = onAnswer;
    session.callback_magic = &agent;
    if (target.version == SnmpTarget::Version::V2c) {
        session.version = SNMP_VERSION_2c;
        session.community = reinterpret_cast<u_char *>(const_cast<char *>(community.constData()));
        session.community_len = static_cast<size_t>(community.size());
        agent.phase = agent.setAdmin ? Phase::Set : Phase::Walk;
    } else {
        if (user.isEmpty()) {
            fail(agent, Text::tr("no SNMPv3 user given"));
            return;
        }
        session.version = SNMP_VERSION_3;
        session.securityModel = SNMP_SEC_MODEL_USM;
        session.securityName = const_cast<char *>(user.constData());
        session.securityNameLen = static_cast<size_t>(user.size());
        session.contextName = const_cast<char *>(context.constData());
        session.contextNameLen = static_cast<size_t>(context.size());
        // Net-SNMP would discover the engine ID with a synchronous probe (in
        // snmp_sess_open, or "delayed" in the first send). startProbe() has
        // learnt it asynchronously instead, or an earlier sweep has.
        const std::optional<QByteArray> engineId = knownEngineId(peer);
        if (engineId) {
            session.securityEngineID = reinterpret_cast<u_char *>(const_cast<char *>(engineId->constData()));
            session.securityEngineIDLen = static_cast<size_t>(engineId->size());
            // Net-SNMP keeps a known user's old keys: drop it so this session's keys count.
            if (usmUser *old = usm_get_user(session.securityEngineID, session.securityEngineIDLen,
                                            session.securityName)) {
                usm_remove_user(old);
                usm_free_user(old);
            }
        } else {
            session.flags |= SNMP_FLAGS_DONT_PROBE;
        }
        switch (target.authProtocol) {
        case SnmpTarget::AuthProtocol::None:
            session.securityLevel = SNMP_SEC_LEVEL_NOAUTH;
            break;
        case SnmpTarget::AuthProtocol::Sha:
            session.securityAuthProto = usmHMACSHA1AuthProtocol;
            session.securityAuthProtoLen = OID_LENGTH(usmHMACSHA1AuthProtocol);
            break;
        case SnmpTarget::AuthProtocol::Sha256:
            session.securityAuthProto = usmHMAC192SHA256AuthProtocol;
            session.securityAuthProtoLen = OID_LENGTH(usmHMAC192SHA256AuthProtocol);
            break;
        case SnmpTarget::AuthProtocol::Md5:
            session.securityAuthProto = usmHMACMD5AuthProtocol;
            session.securityAuthProtoLen = OID_LENGTH(usmHMACMD5AuthProtocol);
            break;
        }
        if (target.authProtocol != SnmpTarget::AuthProtocol::None) {
            session.securityLevel = target.privProtocol == SnmpTarget::PrivProtocol::None
                                        ? SNMP_SEC_LEVEL_AUTHNOPRIV
                                        : SNMP_SEC_LEVEL_AUTHPRIV;
            session.securityAuthKeyLen = USM_AUTH_KU_LEN;
            if (!deriveKey(agent, session.securityAuthProto, session.securityAuthProtoLen,
                           target.authPassword, session.securityAuthKey, &session.securityAuthKeyLen,
                           Text::tr("authentication")))
                return;
        } else if (target.privProtocol != SnmpTarget::PrivProtocol::None) {
            fail(agent, Text::tr("SNMPv3 privacy needs authentication"));
            return;
        }
        if (session.securityLevel == SNMP_SEC_LEVEL_AUTHPRIV) {
            if (target.privProtocol == SnmpTarget::PrivProtocol::Aes) {
                session.securityPrivProto = usmAESPrivProtocol;
                session.securityPrivProtoLen = OID_LENGTH(usmAESPrivProtocol);
            } else {
                session.securityPrivProto = usmDESPrivProtocol;
                session.securityPrivProtoLen = OID_LENGTH(usmDESPrivProtocol);
            }
            session.securityPrivKeyLen = USM_PRIV_KU_LEN;
            if (!deriveKey(agent, session.securityAuthProto, session.securityAuthProtoLen,
                           target.privPassword, session.securityPrivKey, &session.securityPrivKeyLen,
                           Text::tr("privacy")))
                return;
        }
        agent.phase = agent.setAdmin ? Phase::Set : Phase::Walk;
    }
    agent.session = snmp_sess_open(&session);
    if (!agent.session) {
        fail(agent, Text::tr("could not open a session"),
             QString::fromLatin1(snmp_api_errstring(session.s_snmp_errno)));
        return;
    }
    agent.sendNext = true;
}

// ---- SNMPv3 engine-ID discovery -----------------------------------------------
//
// RFC 3414 section 4: a noAuthNoPriv request with an empty user and engine ID is
// answered with a usmStatsUnknownEngineIDs Report that carries the agent's
// engine ID. Net-SNMP only does this synchronously, so the poller sends the
// probe itself on its own UDP socket, driven by the same select loop.

QByteArray berLength(qsizetype length)
{
    if (length < 0x80)
        return QByteArray(1, static_cast<char>(length));
    QByteArray bytes;
    for (qsizetype rest = length; rest > 0; rest >>= 8)
        bytes.prepend(static_cast<char>(rest & 0xff));
    return static_cast<char>(0x80 | bytes.size()) + bytes;
}

QByteArray berTlv(uchar tag, const QByteArray &content)
{
    return static_cast<char>(tag) + berLength(content.size()) + content;
}

QByteArray berInteger(qint64 value)
{
    QByteArray bytes;
    do {
        bytes.prepend(static_cast<char>(value & 0xff));
        value >>= 8;
    } while (value != 0 && value != -1);
    if (value == 0 && (static_cast<uchar>(bytes.at(0)) & 0x80))
        bytes.prepend('\0');
    if (value == -1 && !(static_cast<uchar>(bytes.at(0)) & 0x80))
        bytes.prepend('\xff');
    return berTlv(0x02, bytes);
}

/// Reads one TLV at `pos` of `data`; false when it does not fit.
bool berRead(const QByteArray &data, qsizetype &pos, uchar &tag, QByteArray &content)
{
    if (pos + 2 > data.size())
        return false;
    tag = static_cast<uchar>(data.at(pos++));
    qsizetype length = static_cast<uchar>(data.at(pos++));
    if (length & 0x80) {
        const int count = static_cast<int>(length & 0x7f);
        if (count < 1 || count > 3 || pos + count > data.size())
            return false;
        length = 0;
        for (int i = 0; i < count; ++i)
            length = (length << 8) | static_cast<uchar>(data.at(pos++));
    }
    if (length > data.size() - pos)
        return false;
    content = data.mid(pos, length);
    pos += length;
    return true;
}

bool berReadInteger(const QByteArray &data, qsizetype &pos, qint64 &value)
{
    uchar tag = 0;
    QByteArray content;
    if (!berRead(data, pos, tag, content) || tag != 0x02 || content.isEmpty() || content.size() > 8)
        return false;
    value = static_cast<signed char>(content.at(0));
    for (qsizetype i = 1; i < content.size(); ++i)
        value = (value << 8) | static_cast<uchar>(content.at(i));
    return true;
}

/// The authoritative engine ID of a Report answering our probe `messageId`, or empty.
QByteArray probeEngineId(const QByteArray &datagram, qint32 messageId)
{
    qsizetype pos = 0;
    uchar tag = 0;
    QByteArray message;
    if (!berRead(datagram, pos, tag, message) || tag != 0x30)
        return {};
    pos = 0;
    qint64 version = 0;
    QByteArray header;
    QByteArray parameters;
    if (!berReadInteger(message, pos, version) || version != 3 || !berRead(message, pos, tag, header) ||
        tag != 0x30 || !berRead(message, pos, tag, parameters) || tag != 0x04)
        return {};
    qsizetype headerPos = 0;
    qint64 id = 0;
    if (!berReadInteger(header, headerPos, id) || id != messageId)
        return {};
    qsizetype usmPos = 0;
    QByteArray usm;
    if (!berRead(parameters, usmPos, tag, usm) || tag != 0x30)
        return {};
    usmPos = 0;
    QByteArray engineId;
    if (!berRead(usm, usmPos, tag, engineId) || tag != 0x04 || engineId.size() < 5 || engineId.size() > 32)
        return {};
    return engineId;
}

void closeProbe(Agent &agent)
{
    if (agent.probeFd >= 0)
        ::close(agent.probeFd);
    agent.probeFd = -1;
}

void sendProbe(Agent &agent)
{
    ++agent.probeTries;
    agent.probeRetry = QDeadlineTimer(agent.target.timeoutMs);
    if (::send(agent.probeFd, agent.probeMessage.constData(), static_cast<size_t>(agent.probeMessage.size()),
               0) < 0) {
        const QString reason = QString::fromLocal8Bit(strerror(errno));
        closeProbe(agent);
        fail(agent, Text::tr("sending the SNMPv3 engine-ID probe failed"), reason);
    }
}

void startProbe(Agent &agent)
{
    QString host = agent.target.host.trimmed();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_DGRAM;
    addrinfo *addresses = nullptr;
    const int status = getaddrinfo(host.toUtf8().constData(),
                                   QByteArray::number(agent.target.port).constData(), &hints, &addresses);
    if (status != 0 || !addresses) {
        fail(agent, Text::tr("could not resolve the host"), QString::fromLocal8Bit(gai_strerror(status)));
        return;
    }
    agent.probeFd = ::socket(addresses->ai_family, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    const bool connected =
        agent.probeFd >= 0 && ::connect(agent.probeFd, addresses->ai_addr, addresses->ai_addrlen) == 0;
    const QString reason = QString::fromLocal8Bit(strerror(errno));
    freeaddrinfo(addresses);
    if (!connected) {
        closeProbe(agent);
        fail(agent, Text::tr("could not open a socket for the SNMPv3 engine-ID probe"), reason);
        return;
    }
    agent.probeMessageId = static_cast<qint32>(QRandomGenerator::global()->bounded(1, INT_MAX));
    const qint32 requestId = static_cast<qint32>(QRandomGenerator::global()->bounded(1, INT_MAX));
    const QByteArray empty = berTlv(0x04, {});
    const QByteArray header = berTlv(0x30, berInteger(agent.probeMessageId) + berInteger(65507) +
                                               berTlv(0x04, QByteArray(1, '\x04')) + berInteger(3));
    const QByteArray usm =
        berTlv(0x04, berTlv(0x30, empty + berInteger(0) + berInteger(0) + empty + empty + empty));
    const QByteArray pdu =
        berTlv(0xa0, berInteger(requestId) + berInteger(0) + berInteger(0) + berTlv(0x30, {}));
    agent.probeMessage = berTlv(0x30, berInteger(3) + header + usm + berTlv(0x30, empty + empty + pdu));
    agent.probeTries = 0;
    sendProbe(agent);
}

/// Reads what arrived on the probe socket; on the engine ID, opens the session.
void readProbe(Agent &agent)
{
    QByteArray datagram(65536, Qt::Uninitialized);
    for (int i = 0; i < 16 && agent.probeFd >= 0; ++i) {
        const ssize_t size = ::recv(agent.probeFd, datagram.data(), static_cast<size_t>(datagram.size()), 0);
        if (size < 0)
            return; // EAGAIN, or ICMP unreachable: the retry timer decides
        const QByteArray engineId = probeEngineId(datagram.left(size), agent.probeMessageId);
        if (engineId.isEmpty())
            continue; // not an answer to this probe
        closeProbe(agent);
        engineIds()[agent.target.peerName().toUtf8()] = engineId;
        openSession(agent);
        return;
    }
}

/// Retries or gives up a probe whose answer is overdue.
void probeTimeout(Agent &agent)
{
    if (agent.probeFd < 0 || !agent.probeRetry.hasExpired())
        return;
    if (agent.probeTries <= agent.target.retries) {
        sendProbe(agent);
        return;
    }
    closeProbe(agent);
    fail(agent, Text::tr("no answer within %1 ms (%2 tries) to the SNMPv3 engine-ID probe; check the address "
                         "and port")
                    .arg(agent.target.timeoutMs)
                    .arg(agent.probeTries));
}

/// Drives all agents to completion from this thread: one select loop over at
/// most kMaxOpenSessions sessions; every agent ends by answer, error, Net-SNMP's
/// own timeout/retries, or its wall-clock bound.
void runAgents(std::vector<Agent *> &agents)
{
    initNetSnmp();
    size_t next = 0;
    int open = 0;
    netsnmp_large_fd_set readable;
    netsnmp_large_fd_set_init(&readable, FD_SETSIZE);
    for (;;) {
        int fdCount = 0;
        qint64 waitMs = 1000;
        {
            std::lock_guard lock(netSnmpLock());
            while (open < kMaxOpenSessions && next < agents.size()) {
                Agent &agent = *agents[next++];
                if (agent.finished)
                    continue;
                startAgent(agent);
                if (agent.session || agent.probeFd >= 0) {
                    agent.holdsSlot = true;
                    ++open;
                }
            }
            for (Agent *agent : agents) {
                if (!agent->holdsSlot)
                    continue;
                if (!agent->finished && agent->deadline.hasExpired())
                    fail(*agent, Text::tr("gave up after %1 s (the bound for one agent)")
                                     .arg(agent->budgetMs / 1000.0));
                if (!agent->finished && agent->session && agent->sendNext)
                    sendRequest(*agent);
                if (agent->finished) {
                    if (agent->session) {
                        if (!agent->error)
                            rememberEngineId(agent->session);
                        snmp_sess_close(agent->session);
                        agent->session = nullptr;
                    }
                    closeProbe(*agent);
                    agent->holdsSlot = false;
                    --open;
                }
            }
            if (open == 0 && next >= agents.size())
                break;
            NETSNMP_LARGE_FD_ZERO(&readable);
            for (Agent *agent : agents) {
                if (agent->probeFd >= 0) {
                    NETSNMP_LARGE_FD_SET(agent->probeFd, &readable);
                    fdCount = std::max(fdCount, agent->probeFd + 1);
                    waitMs = std::min<qint64>(waitMs, agent->probeRetry.remainingTime());
                    waitMs = std::min<qint64>(waitMs, agent->deadline.remainingTime());
                    continue;
                }
                if (!agent->session)
                    continue;
                struct timeval timeout = {0, 0};
                int block = 1;
                snmp_sess_select_info2(agent->session, &fdCount, &readable, &timeout, &block);
                if (!block)
                    waitMs = std::min<qint64>(waitMs, timeout.tv_sec * 1000 + (timeout.tv_usec + 999) / 1000);
                waitMs = std::min<qint64>(waitMs, agent->deadline.remainingTime());
            }
        }
        struct timeval wait = {static_cast<time_t>(std::max<qint64>(waitMs, 0) / 1000),
                               static_cast<suseconds_t>((std::max<qint64>(waitMs, 0) % 1000) * 1000)};
        const int ready = netsnmp_large_fd_set_select(fdCount, &readable, nullptr, nullptr, &wait);
        std::lock_guard lock(netSnmpLock());
        for (Agent *agent : agents) {
            if (agent->probeFd >= 0 && !agent->finished) {
                if (ready > 0 && NETSNMP_LARGE_FD_ISSET(agent->probeFd, &readable))
                    readProbe(*agent);
                else
                    probeTimeout(*agent);
                continue; // a session opened by readProbe() sends in the next round
            }
            if (!agent->session || agent->finished)
                continue;
            if (ready > 0) {
                netsnmp_transport *transport = snmp_sess_transport(agent->session);
                if (transport && NETSNMP_LARGE_FD_ISSET(transport->sock, &readable))
                    snmp_sess_read2(agent->session, &readable);
            }
            if (!agent->finished)
                snmp_sess_timeout(agent->session);
        }
    }
    netsnmp_large_fd_set_cleanup(&readable);
}

/// An agent set up to walk what `request` asks for; finished already when
/// the request is refused before anything is sent (a demo target, an unknown PDU model).
std::unique_ptr<Agent> makeAgent(const SnmpPollRequest &request)
{
    auto agent = std::make_unique<Agent>();
    agent->target = request.target;
    agent->action = Text::tr("poll");
    if (request.target.demo) {
        // Finished before it starts: runAgents() opens no session for it.
        agent->error = request.target.demoRefusal();
        agent->finished = true;
        agent->phase = Phase::Done;
        return agent;
    }
    agent->interfaces = request.interfaces;
    if (request.interfaces) {
        for (const ColumnDef &def : interfaceColumns())
            agent->columns.push_back(
                Column{def.kind, QString::fromLatin1(def.label), def.oid, {}, 1.0, def.oid, false, 0});
    }
    if (!request.pduModel.isEmpty()) {
        auto model = PduOidMap::builtIn().model(request.pduModel);
        if (!model) {
            fail(*agent, model.error().message);
            agent->error->code = model.error().code;
        } else {
            auto toOid = [](const QList<quint32> &list) { return Oid(list.begin(), list.end()); };
            agent->wantOutlets = true;
            agent->outletNameOid = numericOidText(model->outletName.oid);
            const Oid nameOid = toOid(model->outletName.oid);
            const Oid powerOid = toOid(model->outletPower.oid);
            agent->columns.push_back(Column{Kind::OutletName,
                                            Text::tr("outlet names (%1)").arg(agent->outletNameOid),
                                            nameOid,
                                            {},
                                            1.0,
                                            nameOid,
                                            false,
                                            0});
            agent->columns.push_back(Column{
                Kind::OutletPower, Text::tr("outlet power (%1)").arg(numericOidText(model->outletPower.oid)),
                powerOid, toOid(model->outletPower.suffix), model->outletPower.scale, powerOid, false, 0});
        }
    }
    return agent;
}

SnmpPollResult resultOf(Agent &agent, qint64 key)
{
    SnmpPollResult result;
    result.key = key;
    if (agent.error)
        result.poll = *agent.error;
    else
        result.poll = std::move(agent.poll);
    return result;
}

class NetSnmpPoller final : public SnmpPoller
{
public:
    QList<SnmpPollResult> sweep(const QList<SnmpPollRequest> &requests) override
    {
        std::vector<std::unique_ptr<Agent>> agents;
        agents.reserve(static_cast<size_t>(requests.size()));
        for (const SnmpPollRequest &request : requests)
            agents.push_back(makeAgent(request));
        std::vector<Agent *> pointers;
        for (auto &agent : agents)
            pointers.push_back(agent.get());
        runAgents(pointers);

        QList<SnmpPollResult> results;
        results.reserve(requests.size());
        for (qsizetype i = 0; i < requests.size(); ++i)
            results.append(resultOf(*agents[static_cast<size_t>(i)], requests[i].key));
        return results;
    }

    Status setAdminStatus(const SnmpTarget &target, int ifIndex, bool up) override
    {
        if (target.demo)
            return target.demoRefusal();
        Agent agent;
        agent.target = target;
        agent.setAdmin = true;
        agent.ifIndex = ifIndex;
        agent.up = up;
        agent.action = Text::tr("set ifAdminStatus.%1 %2")
                           .arg(ifIndex)
                           .arg(up ? QStringLiteral("up") : QStringLiteral("down"));
        if (ifIndex < 1) {
            fail(agent, Text::tr("ifIndex %1 is not valid (it starts at 1)").arg(ifIndex));
            return *agent.error;
        }
        std::vector<Agent *> agents{&agent};
        runAgents(agents);
        if (agent.error)
            return *agent.error;
        return {};
    }
};

} // namespace

std::shared_ptr<SnmpPoller> makeSnmpPoller()
{
    return std::make_shared<NetSnmpPoller>();
}

SnmpPollResult walkOverAnswers(const SnmpPollRequest &request, const QList<QByteArray> &answers)
{
    initNetSnmp();
    std::lock_guard lock(netSnmpLock());
    std::unique_ptr<Agent> agent = makeAgent(request);
    agent->repetitions = std::clamp(request.target.maxRepetitions, 1, 1000);
    for (const QByteArray &answer : answers) {
        if (agent->finished)
            break;
        // The request the sweep would send now: it decides which columns the answer's varbinds are.
        snmp_free_pdu(buildRequest(*agent));
        netsnmp_pdu *pdu = snmp_pdu_create(SNMP_MSG_RESPONSE);
        pdu->version = SNMP_VERSION_2c;
        QByteArray bytes = answer;
        size_t length = static_cast<size_t>(bytes.size());
        if (snmp_pdu_parse(pdu, reinterpret_cast<u_char *>(bytes.data()), &length) != SNMP_ERR_NOERROR ||
            pdu->command != SNMP_MSG_RESPONSE) {
            // Net-SNMP drops a message it cannot parse: for the walk, no answer came.
            snmp_free_pdu(pdu);
            break;
        }
        agent->sendNext = false;
        handleWalk(*agent, pdu);
        snmp_free_pdu(pdu);
    }
    if (!agent->finished)
        fail(*agent, noAnswerText(request.target));
    return resultOf(*agent, request.key);
}

} // namespace hostdeck
