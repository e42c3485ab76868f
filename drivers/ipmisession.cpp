// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmisession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <freeipmi/freeipmi.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace hostdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(IpmiSession)
};

constexpr int kDefaultPort = 623;
constexpr int kMaxUserLength = IPMI_MAX_USER_NAME_LENGTH;
constexpr int kMaxPasswordLength = IPMI_2_0_MAX_PASSWORD_LENGTH;
/// The cipher suites FreeIPMI 1.6 implements for IPMI 2.0 sessions.
constexpr int kCipherSuites[] = {0, 1, 2, 3, 6, 7, 8, 11, 12, 15, 16, 17};

struct Workaround
{
    const char *name;
    unsigned int flag;
};
constexpr Workaround kWorkarounds[] = {
    {"opensesspriv", IPMI_WORKAROUND_FLAGS_OUTOFBAND_2_0_OPEN_SESSION_PRIVILEGE},
    {"authcap", IPMI_WORKAROUND_FLAGS_OUTOFBAND_2_0_AUTHENTICATION_CAPABILITIES},
    {"intel20", IPMI_WORKAROUND_FLAGS_OUTOFBAND_2_0_INTEL_2_0_SESSION},
    {"supermicro20", IPMI_WORKAROUND_FLAGS_OUTOFBAND_2_0_SUPERMICRO_2_0_SESSION},
    {"sun20", IPMI_WORKAROUND_FLAGS_OUTOFBAND_2_0_SUN_2_0_SESSION},
    // An IPMI 1.5 workaround: FreeIPMI has no IPMI 2.0 bit for it.
    {"noauthcodecheck", 0},
    {"integritycheckvalue", IPMI_WORKAROUND_FLAGS_OUTOFBAND_2_0_NON_EMPTY_INTEGRITY_CHECK_VALUE},
    {"nochecksumcheck", IPMI_WORKAROUND_FLAGS_OUTOFBAND_2_0_NO_CHECKSUM_CHECK},
};

/// How often sensors() tries to read the SDR repository.
constexpr int kSdrAttempts = 5;

/// Set System Boot Options (NetFn chassis, command 08h).
constexpr uint8_t kSetSystemBootOptions = 0x08;

/// A fiid object that frees itself.
class Fiid
{
public:
    explicit Fiid(fiid_template_t tmpl)
        : m_obj(fiid_obj_create(tmpl))
    {}
    ~Fiid() { fiid_obj_destroy(m_obj); }
    Fiid(const Fiid &) = delete;
    Fiid &operator=(const Fiid &) = delete;
    fiid_obj_t get() const { return m_obj; }
    explicit operator bool() const { return m_obj != nullptr; }
    /// The field's value, or `fallback` when it is not set.
    uint64_t value(const char *field, uint64_t fallback = 0) const
    {
        uint64_t v = 0;
        return fiid_obj_get(m_obj, field, &v) == 1 ? v : fallback;
    }

private:
    fiid_obj_t m_obj;
};

QString displayAddress(const BmcTarget &target)
{
    const int port = target.port == 0 ? kDefaultPort : target.port;
    if (target.address.contains(u':') && !target.address.startsWith(u'['))
        return QStringLiteral("[%1]:%2").arg(target.address).arg(port);
    return QStringLiteral("%1:%2").arg(target.address).arg(port);
}

QString privilegeName(uint8_t level)
{
    switch (level) {
    case IPMI_PRIVILEGE_LEVEL_ADMIN:
        return Text::tr("administrator");
    case IPMI_PRIVILEGE_LEVEL_OPERATOR:
        return Text::tr("operator");
    default:
        return Text::tr("user");
    }
}

/// FreeIPMI's ipmi_ctx_open_outofband_2_0 with `privilege`; the errnum on failure.
struct OpenAttempt
{
    ipmi_ctx_t ctx = nullptr;
    int errnum = IPMI_ERR_SUCCESS;
    QString freeipmiText;
};

QString fruString(ipmi_fru_ctx_t fru, const ipmi_fru_field_t &field, uint8_t language)
{
    if (field.type_length_field_length == 0)
        return {};
    char buf[IPMI_FRU_AREA_STRING_MAX + 1] = {};
    unsigned int len = IPMI_FRU_AREA_STRING_MAX;
    if (ipmi_fru_type_length_field_to_string(fru, field.type_length_field, field.type_length_field_length,
                                             language, buf, &len) < 0)
        return {};
    return QString::fromLatin1(buf, int(std::min<unsigned int>(len, IPMI_FRU_AREA_STRING_MAX))).trimmed();
}

/// Walks the areas of an opened FRU and keeps the fields HostDeck shows.
Result<BmcInventory> decodeOpenFru(ipmi_fru_ctx_t fru)
{
    struct Fields
    {
        QString manufacturer, product, model, serial;
    } chassis, board, product;

    bool any = false;
    if (ipmi_fru_first(fru) < 0)
        return Error::failure(QString::fromUtf8(ipmi_fru_ctx_errormsg(fru)),
                              QString::fromUtf8(ipmi_fru_ctx_errormsg(fru)));
    std::vector<uint8_t> buffer(IPMI_FRU_AREA_SIZE_MAX + 1); // 64 KiB: not on a worker's stack
    uint8_t *area = buffer.data();
    int more = 1;
    for (int guard = 0; more == 1 && guard < 256; ++guard) {
        unsigned int type = 0, length = 0;
        if (ipmi_fru_read_data_area(fru, &type, &length, area, IPMI_FRU_AREA_SIZE_MAX) < 0)
            return Error::failure(QString::fromUtf8(ipmi_fru_ctx_errormsg(fru)),
                                  QString::fromUtf8(ipmi_fru_ctx_errormsg(fru)));
        uint8_t language = IPMI_FRU_LANGUAGE_CODE_ENGLISH;
        switch (type) {
        case IPMI_FRU_AREA_TYPE_CHASSIS_INFO_AREA: {
            uint8_t chassisType = 0;
            ipmi_fru_field_t part{}, serial{};
            ipmi_fru_field_t custom[1]{};
            if (ipmi_fru_chassis_info_area(fru, area, length, &chassisType, &part, &serial, custom, 0) == 0) {
                chassis.model = fruString(fru, part, language);
                chassis.serial = fruString(fru, serial, language);
                any = true;
            }
            break;
        }
        case IPMI_FRU_AREA_TYPE_BOARD_INFO_AREA: {
            uint32_t mfgTime = 0;
            ipmi_fru_field_t mfr{}, name{}, serial{}, part{}, fileId{};
            ipmi_fru_field_t custom[1]{};
            if (ipmi_fru_board_info_area(fru, area, length, &language, &mfgTime, &mfr, &name, &serial, &part,
                                         &fileId, custom, 0) == 0) {
                board.manufacturer = fruString(fru, mfr, language);
                board.product = fruString(fru, name, language);
                board.serial = fruString(fru, serial, language);
                board.model = fruString(fru, part, language);
                any = true;
            }
            break;
        }
        case IPMI_FRU_AREA_TYPE_PRODUCT_INFO_AREA: {
            ipmi_fru_field_t mfr{}, name{}, part{}, version{}, serial{}, asset{}, fileId{};
            ipmi_fru_field_t custom[1]{};
            if (ipmi_fru_product_info_area(fru, area, length, &language, &mfr, &name, &part, &version,
                                           &serial, &asset, &fileId, custom, 0) == 0) {
                product.manufacturer = fruString(fru, mfr, language);
                product.product = fruString(fru, name, language);
                product.model = fruString(fru, part, language);
                product.serial = fruString(fru, serial, language);
                any = true;
            }
            break;
        }
        default:
            break;
        }
        more = ipmi_fru_next(fru);
    }
    if (more < 0)
        return Error::failure(QString::fromUtf8(ipmi_fru_ctx_errormsg(fru)),
                              QString::fromUtf8(ipmi_fru_ctx_errormsg(fru)));
    if (!any)
        return Error::failure(Text::tr("the FRU has no chassis, board or product area"));

    auto first = [](std::initializer_list<QString> candidates) {
        for (const QString &c : candidates)
            if (!c.isEmpty())
                return c;
        return QString();
    };
    BmcInventory inv;
    inv.manufacturer = first({product.manufacturer, board.manufacturer});
    inv.productName = first({product.product, board.product});
    inv.model = first({product.model, board.model, chassis.model});
    inv.serial = first({product.serial, board.serial, chassis.serial});
    return inv;
}

class IpmiSession final : public BmcSession
{
public:
    IpmiSession(BmcTarget target, unsigned int workarounds)
        : m_target(std::move(target))
        , m_workarounds(workarounds)
        , m_where(displayAddress(m_target))
    {}

    ~IpmiSession() override { closeContext(); }

    IpmiSession(const IpmiSession &) = delete;
    IpmiSession &operator=(const IpmiSession &) = delete;

    QStringList learnedWorkarounds() const override { return m_learned; }
    void setLearnedWorkarounds(const QStringList &names) { m_learned = names; }

    /// Opens the session: administrator, else operator, else user privilege.
    Status open()
    {
        const uint8_t levels[] = {IPMI_PRIVILEGE_LEVEL_ADMIN, IPMI_PRIVILEGE_LEVEL_OPERATOR,
                                  IPMI_PRIVILEGE_LEVEL_USER};
        OpenAttempt attempt;
        for (uint8_t level : levels) {
            attempt = tryOpen(level);
            if (attempt.ctx) {
                m_ctx = attempt.ctx;
                m_privilege = level;
                return {};
            }
            if (attempt.errnum != IPMI_ERR_PRIVILEGE_LEVEL_CANNOT_BE_OBTAINED)
                break;
        }
        return openError(attempt);
    }

    Result<PowerState> powerState() override
    {
        if (Status s = ensureOpen(); !s)
            return s.error();
        Fiid rs(tmpl_cmd_get_chassis_status_rs);
        if (!rs)
            return outOfMemory();
        const QString action = Text::tr("reading the chassis power state");
        if (ipmi_cmd_get_chassis_status(m_ctx, rs.get()) < 0)
            return commandError(action, rs.get(), IPMI_NET_FN_CHASSIS_RQ);
        uint64_t on = 0;
        if (fiid_obj_get(rs.get(), "current_power_state.power_is_on", &on) != 1)
            return Error::failure(
                Text::tr("The BMC at %1 answered Get Chassis Status without a power state.").arg(m_where),
                QString::fromUtf8(fiid_obj_errormsg(rs.get())));
        return on ? PowerState::On : PowerState::Off;
    }

    Status power(PowerAction action) override
    {
        uint8_t control = IPMI_CHASSIS_CONTROL_POWER_UP;
        switch (action) {
        case PowerAction::On:
            control = IPMI_CHASSIS_CONTROL_POWER_UP;
            break;
        case PowerAction::Off:
            control = IPMI_CHASSIS_CONTROL_POWER_DOWN;
            break;
        case PowerAction::Cycle:
            control = IPMI_CHASSIS_CONTROL_POWER_CYCLE;
            break;
        case PowerAction::Reset:
            control = IPMI_CHASSIS_CONTROL_HARD_RESET;
            break;
        case PowerAction::SoftOff:
            control = IPMI_CHASSIS_CONTROL_INITIATE_SOFT_SHUTDOWN;
            break;
        }
        if (Status s = ensureOpen(); !s)
            return s;
        Fiid rs(tmpl_cmd_chassis_control_rs);
        if (!rs)
            return outOfMemory();
        if (ipmi_cmd_chassis_control(m_ctx, control, rs.get()) < 0)
            return commandError(Text::tr("sending chassis control \"%1\"").arg(powerActionName(action)),
                                rs.get(), IPMI_NET_FN_CHASSIS_RQ);
        return {};
    }

    Status pxeOnce() override
    {
        if (Status s = ensureOpen(); !s)
            return s;
        const QByteArray data = ipmi::pxeOnceBootOptions();
        QByteArray rq;
        rq.append(char(kSetSystemBootOptions));
        rq.append(data);
        uint8_t rs[256] = {};
        const QString action = Text::tr("setting a one-time PXE boot");
        const int len = ipmi_cmd_raw(m_ctx, IPMI_BMC_IPMB_LUN_BMC, IPMI_NET_FN_CHASSIS_RQ, rq.constData(),
                                     unsigned(rq.size()), rs, sizeof rs);
        if (len < 0)
            return commandError(action, nullptr, IPMI_NET_FN_CHASSIS_RQ);
        if (len < 2)
            return Error::failure(
                Text::tr("The BMC at %1 sent a short answer while %2.").arg(m_where, action));
        if (rs[1] == IPMI_COMP_CODE_INSUFFICIENT_PRIVILEGE_LEVEL)
            return Error::coded(QStringLiteral("ipmi-privilege"),
                                Text::tr("The BMC at %1 refused %2: user \"%3\" has only %4 privilege.")
                                    .arg(m_where, action, m_target.user, privilegeName(m_privilege)),
                                completionText(rs[1], rs[0]));
        if (rs[1] != IPMI_COMP_CODE_COMMAND_SUCCESS)
            return Error::failure(
                Text::tr("The BMC at %1 refused %2: %3").arg(m_where, action, completionText(rs[1], rs[0])),
                QStringLiteral("completion code 0x%1").arg(rs[1], 2, 16, QLatin1Char('0')));
        return {};
    }

    Result<BmcInventory> inventory() override
    {
        if (Status s = ensureOpen(); !s)
            return s.error();
        BmcInventory inv;
        // Get Device ID: the BMC's own firmware revision (minor is BCD).
        Fiid dev(tmpl_cmd_get_device_id_rs);
        if (!dev)
            return outOfMemory();
        if (ipmi_cmd_get_device_id(m_ctx, dev.get()) < 0)
            return commandError(Text::tr("reading the BMC's device id"), dev.get(), IPMI_NET_FN_APP_RQ);
        const uint64_t major = dev.value("firmware_revision1.major_revision");
        const uint64_t minor = dev.value("firmware_revision2.minor_revision");
        inv.bmcFirmware = QStringLiteral("%1.%2").arg(major).arg(minor, 2, 16, QLatin1Char('0'));

        // FRU device 0 on the BMC: the system's own inventory.
        ipmi_fru_ctx_t fru = ipmi_fru_ctx_create(m_ctx);
        if (!fru)
            return outOfMemory();
        ipmi_fru_ctx_set_flags(fru, IPMI_FRU_FLAGS_DEFAULT);
        const QString action = Text::tr("reading the FRU inventory");
        Result<BmcInventory> decoded = Error{};
        if (ipmi_fru_open_device_id(fru, 0) < 0) {
            const int errnum = ipmi_fru_ctx_errnum(fru);
            const QString text = QString::fromUtf8(ipmi_fru_ctx_errormsg(fru));
            ipmi_fru_ctx_destroy(fru);
            if (errnum == IPMI_FRU_ERR_NO_FRU_INFORMATION)
                return inv; // a BMC without FRU data: only the firmware is known
            if (errnum == IPMI_FRU_ERR_IPMI_ERROR) {
                const int ipmiErr = ipmi_ctx_errnum(m_ctx);
                // No FRU device 0 (the BMC answers with a completion code): only the firmware is known.
                if (ipmiErr == IPMI_ERR_BAD_COMPLETION_CODE ||
                    ipmiErr == IPMI_ERR_COMMAND_INVALID_OR_UNSUPPORTED)
                    return inv;
                return commandError(action, nullptr, IPMI_NET_FN_STORAGE_RQ);
            }
            return Error::failure(
                Text::tr("The BMC at %1 sent FRU data that cannot be read: %2").arg(m_where, text), text);
        }
        decoded = decodeOpenFru(fru);
        ipmi_fru_close_device_id(fru);
        ipmi_fru_ctx_destroy(fru);
        if (!decoded)
            return Error::failure(Text::tr("The BMC at %1 sent FRU data that cannot be read: %2")
                                      .arg(m_where, decoded.error().message),
                                  decoded.error().detail);
        decoded->bmcFirmware = inv.bmcFirmware;
        return decoded;
    }

    Result<QList<SensorReading>> sensors() override
    {
        if (Status s = ensureOpen(); !s)
            return s.error();
        if (!m_sdrLoaded) {
            // Another client reading the SDR at the same time cancels our
            // reservation (completion code C5h); try again a few times.
            Status loaded = loadSdr();
            for (int attempt = 1; !loaded && m_ctx && attempt < kSdrAttempts; ++attempt) {
                if (ipmi_ctx_errnum(m_ctx) != IPMI_ERR_BAD_COMPLETION_CODE)
                    break;
                QThread::msleep(QRandomGenerator::global()->bounded(50, 250));
                loaded = loadSdr();
            }
            if (!loaded)
                return loaded.error();
        }
        ipmi_sensor_read_ctx_t reader = ipmi_sensor_read_ctx_create(m_ctx);
        ipmi_interpret_ctx_t interpret = ipmi_interpret_ctx_create();
        ipmi_sdr_ctx_t sdr = ipmi_sdr_ctx_create();
        auto cleanup = [&] {
            if (reader)
                ipmi_sensor_read_ctx_destroy(reader);
            if (interpret)
                ipmi_interpret_ctx_destroy(interpret);
            if (sdr)
                ipmi_sdr_ctx_destroy(sdr);
        };
        if (!reader || !interpret || !sdr) {
            cleanup();
            return outOfMemory();
        }
        QList<SensorReading> out;
        for (const QByteArray &record : std::as_const(m_sdrRecords)) {
            Result<QList<SensorReading>> some = readRecord(reader, interpret, sdr, record);
            if (!some) {
                cleanup();
                return some.error();
            }
            out += *some;
        }
        cleanup();
        return out;
    }

private:
    OpenAttempt tryOpen(uint8_t privilege) const
    {
        OpenAttempt a;
        ipmi_ctx_t ctx = ipmi_ctx_create();
        if (!ctx) {
            a.errnum = IPMI_ERR_OUT_OF_MEMORY;
            a.freeipmiText = QString::fromUtf8(ipmi_ctx_strerror(IPMI_ERR_OUT_OF_MEMORY));
            return a;
        }
        const int port = m_target.port == 0 ? kDefaultPort : m_target.port;
        QString host = m_target.address;
        if (host.contains(u':') && !host.startsWith(u'['))
            host = u'[' + host + u']';
        const QByteArray hostname = (host + u':' + QString::number(port)).toUtf8();
        const QByteArray user = m_target.user.toUtf8();
        const QByteArray password = m_target.password.toUtf8();
        const unsigned int sessionTimeout = unsigned(m_target.timeoutMs);
        // Resend a lost packet a few times within the session timeout.
        const unsigned int retransmit = std::clamp(sessionTimeout / 4, 50u, 1000u);
        if (ipmi_ctx_open_outofband_2_0(ctx, hostname.constData(),
                                        user.isEmpty() ? nullptr : user.constData(),
                                        password.isEmpty() ? nullptr : password.constData(), nullptr, 0,
                                        privilege, uint8_t(m_target.cipherSuite), sessionTimeout, retransmit,
                                        m_workarounds, IPMI_FLAGS_DEFAULT) < 0) {
            a.errnum = ipmi_ctx_errnum(ctx);
            a.freeipmiText = QString::fromUtf8(ipmi_ctx_errormsg(ctx));
            ipmi_ctx_destroy(ctx);
            return a;
        }
        a.ctx = ctx;
        return a;
    }

    Error openError(const OpenAttempt &a) const
    {
        Error e;
        e.detail = a.freeipmiText;
        switch (a.errnum) {
        case IPMI_ERR_USERNAME_INVALID:
        case IPMI_ERR_PASSWORD_INVALID:
        case IPMI_ERR_K_G_INVALID:
        case IPMI_ERR_PASSWORD_VERIFICATION_TIMEOUT:
            e.message = Text::tr("The BMC at %1 refused the user or password (user \"%2\").")
                            .arg(m_where, m_target.user);
            e.code = QStringLiteral("ipmi-auth");
            break;
        case IPMI_ERR_CONNECTION_TIMEOUT:
        case IPMI_ERR_SESSION_TIMEOUT:
            e.message =
                Text::tr("No IPMI answer from %1 within %2 ms: the BMC is unreachable, or IPMI over LAN "
                         "is disabled on it.")
                    .arg(m_where)
                    .arg(m_target.timeoutMs);
            e.transient = true;
            e.code = QStringLiteral("ipmi-timeout");
            break;
        case IPMI_ERR_CIPHER_SUITE_ID_UNAVAILABLE:
        case IPMI_ERR_AUTHENTICATION_TYPE_UNAVAILABLE:
        case IPMI_ERR_BAD_RMCPPLUS_STATUS_CODE:
            e.message = Text::tr("The BMC at %1 does not offer IPMI 2.0 cipher suite %2.")
                            .arg(m_where)
                            .arg(m_target.cipherSuite);
            e.code = QStringLiteral("ipmi-cipher-suite");
            break;
        case IPMI_ERR_IPMI_ERROR:
            // FreeIPMI reports an RMCP+ Open Session Response with status
            // "invalid authentication/integrity/confidentiality algorithm"
            // (what ipmi_sim sends for a suite it lacks) as "internal IPMI error".
            e.message =
                Text::tr("The BMC at %1 rejected the algorithms of IPMI 2.0 cipher suite %2: it most likely "
                         "does not offer that suite (cipher suite 3 is the common one).")
                    .arg(m_where)
                    .arg(m_target.cipherSuite);
            e.code = QStringLiteral("ipmi-cipher-suite");
            break;
        case IPMI_ERR_IPMI_2_0_UNAVAILABLE:
            e.message = Text::tr("The BMC at %1 does not speak IPMI 2.0 (RMCP+).").arg(m_where);
            e.code = QStringLiteral("ipmi-cipher-suite");
            break;
        case IPMI_ERR_PRIVILEGE_LEVEL_CANNOT_BE_OBTAINED:
        case IPMI_ERR_PRIVILEGE_LEVEL_INSUFFICIENT:
            e.message =
                Text::tr("The BMC at %1 granted user \"%2\" no session privilege, not even user level. If "
                         "the account has the privilege, the BMC may need the \"opensesspriv\" "
                         "workaround.")
                    .arg(m_where, m_target.user);
            e.code = QStringLiteral("ipmi-privilege");
            break;
        case IPMI_ERR_HOSTNAME_INVALID:
            e.message = Text::tr("The BMC address %1 cannot be resolved.").arg(m_where);
            break;
        default:
            e.message = Text::tr("Opening an IPMI 2.0 session to %1 failed: %2").arg(m_where, a.freeipmiText);
            break;
        }
        return e;
    }

    void closeContext()
    {
        if (!m_ctx)
            return;
        ipmi_ctx_close(m_ctx);
        ipmi_ctx_destroy(m_ctx);
        m_ctx = nullptr;
    }

    /// After a session dropped, the next call opens a new one at the same privilege.
    Status ensureOpen()
    {
        if (m_ctx)
            return {};
        OpenAttempt a = tryOpen(m_privilege);
        if (!a.ctx)
            return openError(a);
        m_ctx = a.ctx;
        return {};
    }

    Error outOfMemory() const
    {
        return Error::failure(Text::tr("Out of memory while talking to the BMC at %1.").arg(m_where));
    }

    QString completionText(uint8_t code, uint8_t cmd) const
    {
        char buf[256] = {};
        if (ipmi_completion_code_strerror_r(cmd, IPMI_NET_FN_CHASSIS_RS, code, buf, sizeof buf) == 0)
            return QString::fromUtf8(buf);
        return QStringLiteral("completion code 0x%1").arg(code, 2, 16, QLatin1Char('0'));
    }

    /// The Error for a failed ipmi_cmd_*: a dropped session (closed, so the
    /// next call reconnects), a refusal for lack of privilege, or the BMC's
    /// completion code in words.
    Error commandError(const QString &action, fiid_obj_t rs, uint8_t netfn)
    {
        const int errnum = ipmi_ctx_errnum(m_ctx);
        Error e;
        e.detail = QString::fromUtf8(ipmi_ctx_errormsg(m_ctx));
        switch (errnum) {
        case IPMI_ERR_SESSION_TIMEOUT:
        case IPMI_ERR_CONNECTION_TIMEOUT:
        case IPMI_ERR_DEVICE_NOT_OPEN:
            e.message = Text::tr("The IPMI session with %1 dropped while %2: no answer within %3 ms.")
                            .arg(m_where, action)
                            .arg(m_target.timeoutMs);
            e.transient = true;
            e.code = QStringLiteral("ipmi-session-lost");
            closeContext();
            return e;
        case IPMI_ERR_PRIVILEGE_LEVEL_INSUFFICIENT:
            e.message = Text::tr("The BMC at %1 refused %2: user \"%3\" has only %4 privilege.")
                            .arg(m_where, action, m_target.user, privilegeName(m_privilege));
            e.code = QStringLiteral("ipmi-privilege");
            return e;
        case IPMI_ERR_BAD_COMPLETION_CODE:
        case IPMI_ERR_COMMAND_INVALID_OR_UNSUPPORTED:
            if (rs) {
                char buf[256] = {};
                if (ipmi_completion_code_strerror_cmd_r(rs, netfn, buf, sizeof buf) == 0)
                    e.detail = QString::fromUtf8(buf);
            }
            e.message = Text::tr("The BMC at %1 refused %2: %3").arg(m_where, action, e.detail);
            return e;
        default:
            e.message =
                Text::tr("Talking to the BMC at %1 failed while %2: %3").arg(m_where, action, e.detail);
            return e;
        }
    }

    /// Reads the whole SDR repository once per session through FreeIPMI's
    /// SDR cache (a file in a private temporary directory, removed again).
    Status loadSdr()
    {
        QTemporaryDir dir;
        if (!dir.isValid())
            return Error::failure(
                Text::tr("No temporary directory for the SDR of the BMC at %1.").arg(m_where),
                dir.errorString());
        const QByteArray file = dir.filePath(QStringLiteral("sdr.cache")).toLocal8Bit();
        ipmi_sdr_ctx_t sdr = ipmi_sdr_ctx_create();
        if (!sdr)
            return outOfMemory();
        const QString action = Text::tr("reading the sensor data records (SDR)");
        if (ipmi_sdr_cache_create(sdr, m_ctx, file.constData(), IPMI_SDR_CACHE_CREATE_FLAGS_OVERWRITE,
                                  nullptr, nullptr) < 0) {
            const int errnum = ipmi_sdr_ctx_errnum(sdr);
            const QString text = QString::fromUtf8(ipmi_sdr_ctx_errormsg(sdr));
            ipmi_sdr_ctx_destroy(sdr);
            if (errnum == IPMI_SDR_ERR_IPMI_ERROR)
                return commandError(action, nullptr, IPMI_NET_FN_STORAGE_RQ);
            return Error::failure(Text::tr("The BMC at %1 failed while %2: %3").arg(m_where, action, text),
                                  text);
        }
        QList<QByteArray> records;
        bool ok = ipmi_sdr_cache_open(sdr, nullptr, file.constData()) == 0;
        if (ok) {
            uint16_t count = 0;
            ok = ipmi_sdr_cache_record_count(sdr, &count) == 0;
            for (uint16_t i = 0; ok && i < count; ++i) {
                uint8_t buf[IPMI_SDR_MAX_RECORD_LENGTH];
                const int len = ipmi_sdr_cache_record_read(sdr, buf, sizeof buf);
                ok = len > 0;
                if (ok)
                    records.append(QByteArray(reinterpret_cast<const char *>(buf), len));
                if (ok && i + 1 < count)
                    ok = ipmi_sdr_cache_next(sdr) == 1;
            }
            ipmi_sdr_cache_close(sdr);
        }
        if (!ok) {
            const QString text = QString::fromUtf8(ipmi_sdr_ctx_errormsg(sdr));
            ipmi_sdr_ctx_destroy(sdr);
            return Error::failure(Text::tr("The BMC at %1 failed while %2: %3").arg(m_where, action, text),
                                  text);
        }
        ipmi_sdr_ctx_destroy(sdr);
        m_sdrRecords = records;
        m_sdrLoaded = true;
        return {};
    }

    /// The readings of one full or compact sensor record (several for a
    /// compact record shared by a range of sensors); none for other records.
    Result<QList<SensorReading>> readRecord(ipmi_sensor_read_ctx_t reader, ipmi_interpret_ctx_t interpret,
                                            ipmi_sdr_ctx_t sdr, const QByteArray &record)
    {
        const void *rec = record.constData();
        const auto len = unsigned(record.size());
        uint16_t recordId = 0;
        uint8_t recordType = 0;
        if (ipmi_sdr_parse_record_id_and_type(sdr, rec, len, &recordId, &recordType) < 0)
            return QList<SensorReading>{};
        if (recordType != IPMI_SDR_FORMAT_FULL_SENSOR_RECORD &&
            recordType != IPMI_SDR_FORMAT_COMPACT_SENSOR_RECORD)
            return QList<SensorReading>{};

        uint8_t sensorNumber = 0, sensorType = 0, readingType = 0;
        uint8_t percentage = 0, modifier = 0, rate = 0, baseUnit = 0, modifierUnit = 0;
        if (ipmi_sdr_parse_sensor_number(sdr, rec, len, &sensorNumber) < 0 ||
            ipmi_sdr_parse_sensor_type(sdr, rec, len, &sensorType) < 0 ||
            ipmi_sdr_parse_event_reading_type_code(sdr, rec, len, &readingType) < 0 ||
            ipmi_sdr_parse_sensor_units(sdr, rec, len, &percentage, &modifier, &rate, &baseUnit,
                                        &modifierUnit) < 0)
            return QList<SensorReading>{};

        char id[IPMI_SDR_MAX_ID_STRING_LENGTH + 1] = {};
        const int idLength = ipmi_sdr_parse_id_string(sdr, rec, len, id, IPMI_SDR_MAX_ID_STRING_LENGTH);
        const QString idString = idLength > 0 ? QString::fromLatin1(id, idLength).trimmed()
                                              : QStringLiteral("#%1").arg(sensorNumber);

        uint8_t shareCount = 1;
        uint8_t shareOffset = 0;
        if (recordType == IPMI_SDR_FORMAT_COMPACT_SENSOR_RECORD) {
            uint8_t modifierType = 0, entitySharing = 0;
            if (ipmi_sdr_parse_sensor_record_sharing(sdr, rec, len, &shareCount, &modifierType, &shareOffset,
                                                     &entitySharing) < 0 ||
                shareCount == 0)
                shareCount = 1;
        }
        const char *typeName = ipmi_get_sensor_type_string(sensorType);
        const bool threshold = IPMI_EVENT_READING_TYPE_CODE_IS_THRESHOLD(readingType);

        QList<SensorReading> out;
        for (uint8_t offset = 0; offset < shareCount; ++offset) {
            SensorReading r;
            r.name = idString;
            if (shareCount > 1) // a compact record shared by several sensors: "Temp 1", "Temp 2", ...
                r.name += u' ' + QString::number(shareOffset + offset);
            r.type = typeName ? QString::fromLatin1(typeName) : QStringLiteral("Unknown");
            if (threshold)
                r.unit = ipmi::sensorUnit(baseUnit, percentage != 0);

            uint8_t raw = 0;
            double *value = nullptr;
            uint16_t bitmask = 0;
            const int rc = ipmi_sensor_read(reader, rec, len, offset, &raw, &value, &bitmask);
            if (rc < 0) {
                const int errnum = ipmi_sensor_read_ctx_errnum(reader);
                if (errnum == IPMI_SENSOR_READ_ERR_IPMI_ERROR) {
                    const int ipmiErr = ipmi_ctx_errnum(m_ctx);
                    if (ipmiErr == IPMI_ERR_SESSION_TIMEOUT || ipmiErr == IPMI_ERR_CONNECTION_TIMEOUT)
                        return commandError(Text::tr("reading sensor \"%1\"").arg(r.name), nullptr,
                                            IPMI_NET_FN_SENSOR_EVENT_RQ);
                }
                // Scanning disabled, reading unavailable, no such sensor: an unknown reading.
                r.status = QStringLiteral("unknown");
                out.append(r);
                continue;
            }
            if (value) {
                r.value = *value;
                std::free(value);
            }
            if (threshold) {
                r.status = ipmi::thresholdStatus(bitmask);
            } else {
                unsigned int state = IPMI_INTERPRET_STATE_UNKNOWN;
                if (ipmi_interpret_sensor(interpret, readingType, sensorType, bitmask, &state) < 0)
                    state = IPMI_INTERPRET_STATE_UNKNOWN;
                switch (state) {
                case IPMI_INTERPRET_STATE_NOMINAL:
                    r.status = QStringLiteral("ok");
                    break;
                case IPMI_INTERPRET_STATE_WARNING:
                    r.status = QStringLiteral("warning");
                    break;
                case IPMI_INTERPRET_STATE_CRITICAL:
                    r.status = QStringLiteral("critical");
                    break;
                default:
                    r.status = QStringLiteral("unknown");
                    break;
                }
            }
            if (rc == 0 && threshold)
                r.status = QStringLiteral("unknown"); // no reading could be computed
            out.append(r);
        }
        return out;
    }

    BmcTarget m_target;
    unsigned int m_workarounds = 0;
    QString m_where;
    QStringList m_learned; ///< workarounds openIpmiSession() found this BMC needs
    ipmi_ctx_t m_ctx = nullptr;
    uint8_t m_privilege = IPMI_PRIVILEGE_LEVEL_ADMIN;
    bool m_sdrLoaded = false;
    QList<QByteArray> m_sdrRecords;
};

} // namespace

namespace ipmi {

QStringList workaroundNames()
{
    QStringList names;
    for (const Workaround &w : kWorkarounds)
        names << QString::fromLatin1(w.name);
    return names;
}

Result<unsigned int> workaroundFlags(const QStringList &names)
{
    unsigned int flags = 0;
    QStringList unknown;
    for (const QString &raw : names) {
        const QString name = raw.trimmed().toLower();
        if (name.isEmpty())
            continue;
        const auto it = std::find_if(std::begin(kWorkarounds), std::end(kWorkarounds),
                                     [&](const Workaround &w) { return name == QLatin1String(w.name); });
        if (it == std::end(kWorkarounds))
            unknown << raw.trimmed();
        else
            flags |= it->flag;
    }
    if (!unknown.isEmpty())
        return Error::failure(
            Text::tr("Unknown IPMI workaround(s): %1. Known: %2.")
                .arg(unknown.join(QStringLiteral(", ")), workaroundNames().join(QStringLiteral(", "))));
    return flags;
}

QByteArray pxeOnceBootOptions()
{
    QByteArray d(6, '\0');
    // Parameter 5 (boot flags); bit 7 clear = mark the parameter valid.
    d[0] = char(IPMI_SYSTEM_BOOT_OPTION_PARAMETER_BOOT_FLAGS);
    // Data 1: bit 7 boot flags valid, bit 6 clear = this boot only, bit 5 clear = legacy BIOS boot type.
    d[1] = char(0x80);
    // Data 2: boot device selector in bits 5:2.
    d[2] = char(IPMI_SYSTEM_BOOT_OPTION_BOOT_FLAG_BOOT_DEVICE_FORCE_PXE << 2);
    return d;
}

Result<BmcInventory> decodeFru(const QByteArray &image)
{
    ipmi_fru_ctx_t fru = ipmi_fru_ctx_create(nullptr);
    if (!fru)
        return Error::failure(Text::tr("Out of memory while decoding FRU data."));
    if (ipmi_fru_open_device_id_with_buffer(fru, image.constData(), unsigned(image.size())) < 0) {
        const QString text = QString::fromUtf8(ipmi_fru_ctx_errormsg(fru));
        ipmi_fru_ctx_destroy(fru);
        return Error::failure(Text::tr("The FRU data cannot be read: %1").arg(text), text);
    }
    Result<BmcInventory> inv = decodeOpenFru(fru);
    ipmi_fru_close_device_id(fru);
    ipmi_fru_ctx_destroy(fru);
    if (!inv)
        return Error::failure(Text::tr("The FRU data cannot be read: %1").arg(inv.error().message),
                              inv.error().detail);
    return inv;
}

QString sensorUnit(int baseUnit, bool percentage)
{
    if (percentage)
        return QStringLiteral("%");
    switch (baseUnit) {
    case IPMI_SENSOR_UNIT_UNSPECIFIED:
        return {};
    case IPMI_SENSOR_UNIT_DEGREES_C:
        return QStringLiteral("°C");
    case IPMI_SENSOR_UNIT_DEGREES_F:
        return QStringLiteral("°F");
    case IPMI_SENSOR_UNIT_DEGREES_K:
        return QStringLiteral("K");
    case IPMI_SENSOR_UNIT_VOLTS:
        return QStringLiteral("V");
    case IPMI_SENSOR_UNIT_AMPS:
        return QStringLiteral("A");
    case IPMI_SENSOR_UNIT_WATTS:
        return QStringLiteral("W");
    case IPMI_SENSOR_UNIT_RPM:
        return QStringLiteral("RPM");
    default:
        break;
    }
    if (IPMI_SENSOR_UNIT_VALID(baseUnit))
        return QString::fromLatin1(ipmi_sensor_units_abbreviated[baseUnit]);
    return {};
}

QString thresholdStatus(unsigned int comparisonBits)
{
    constexpr unsigned int kCritical = 0x02 | 0x04 | 0x10 | 0x20;
    constexpr unsigned int kNonCritical = 0x01 | 0x08;
    if (comparisonBits & kCritical)
        return QStringLiteral("critical");
    if (comparisonBits & kNonCritical)
        return QStringLiteral("warning");
    return QStringLiteral("ok");
}

} // namespace ipmi

Result<std::unique_ptr<BmcSession>> openIpmiSession(const BmcTarget &target)
{
    if (target.demo)
        return target.demoRefusal();
    const QString where = displayAddress(target);
    auto invalid = [&](const QString &why) {
        return Error::failure(Text::tr("Cannot open an IPMI session to %1: %2").arg(where, why));
    };
    if (target.address.trimmed().isEmpty() || target.address.contains(u' '))
        return invalid(Text::tr("the BMC address \"%1\" is not a host name or address").arg(target.address));
    if (target.port < 0 || target.port > 65535)
        return invalid(Text::tr("port %1 is out of range").arg(target.port));
    if (target.user.toUtf8().size() > kMaxUserLength)
        return invalid(Text::tr("IPMI user names have at most %1 bytes").arg(kMaxUserLength));
    if (target.password.toUtf8().size() > kMaxPasswordLength)
        return invalid(Text::tr("IPMI 2.0 passwords have at most %1 bytes").arg(kMaxPasswordLength));
    if (std::find(std::begin(kCipherSuites), std::end(kCipherSuites), target.cipherSuite) ==
        std::end(kCipherSuites)) {
        QStringList known;
        for (int id : kCipherSuites)
            known << QString::number(id);
        Error e = invalid(Text::tr("cipher suite %1 is not supported (supported: %2)")
                              .arg(target.cipherSuite)
                              .arg(known.join(QStringLiteral(", "))));
        e.code = QStringLiteral("ipmi-cipher-suite");
        return e;
    }
    if (target.timeoutMs < 100)
        return invalid(Text::tr("the timeout of %1 ms is too short").arg(target.timeoutMs));
    Result<unsigned int> flags = ipmi::workaroundFlags(target.workarounds);
    if (!flags)
        return invalid(flags.error().message);

    auto session = std::make_unique<IpmiSession>(target, *flags);
    if (Status s = session->open(); !s) {
        // Many BMCs (and ipmi_sim) answer the RMCP+ Open Session Request in a way FreeIPMI refuses
        // unless it asks for the highest privilege: the "opensesspriv" workaround. With no
        // workaround configured, try once more with it; explicitly configured flags are left alone.
        if (s.error().code != QLatin1String("ipmi-privilege") || !target.workarounds.isEmpty())
            return s.error();
        BmcTarget retry = target;
        retry.workarounds = {QStringLiteral("opensesspriv")};
        auto second = std::make_unique<IpmiSession>(retry, *ipmi::workaroundFlags(retry.workarounds));
        if (!second->open())
            return s.error();
        second->setLearnedWorkarounds(retry.workarounds);
        return std::unique_ptr<BmcSession>(std::move(second));
    }
    return std::unique_ptr<BmcSession>(std::move(session));
}

} // namespace hostdeck
