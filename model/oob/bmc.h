// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace hostdeck {

/// Where a BMC is and how to reach it: a device_bmc row (schema 0004) or a
/// direct target from the command line, as a value. Drivers know no schema.
struct BmcTarget
{
    enum class Kind
    {
        Redfish,
        Ipmi
    };

    Kind kind = Kind::Redfish;
    /// Redfish: a base URL ("https://10.0.0.5", "https://[::1]:8443").
    /// IPMI: a host name or address.
    QString address;
    int port = 0; ///< IPMI UDP port; 0 = 623. Redfish takes the port from the URL.
    QString user;
    QString password;
    int cipherSuite = 3;      ///< IPMI 2.0 cipher suite id
    QStringList workarounds;  ///< FreeIPMI workaround names: opensesspriv, authcap, intel20, ...
    QString pinnedCertSha256; ///< Redfish over HTTPS: the accepted certificate (64 lower-case hex)
    /// Redfish: the ComputerSystem this device is (its Id, "Blade2", or its path), for
    /// services that serve several (blade chassis managers, multi-node servers). Empty:
    /// the service's only system; with several, every action is refused, listing them.
    QString system;
    int connectTimeoutMs = 5000; ///< Redfish TCP/TLS connect
    int timeoutMs = 30000;       ///< per request (Redfish) or per session (IPMI)
    /// Demo data (device_bmc.demo): the address belongs to a fictional site and
    /// may exist on the user's network, so every driver refuses the target
    /// before it resolves a name or opens a socket (demoRefusal()).
    bool demo = false;

    static QString kindName(Kind kind); ///< "redfish" / "ipmi"
    /// The Error every driver returns for a demo target: code "demo-target".
    Error demoRefusal() const;
};

/// A power request. Redfish maps them to the ResetType values the BMC allows
/// (On, ForceOff, PowerCycle or ForceRestart, ForceRestart, GracefulShutdown);
/// IPMI to Chassis Control (power up, power down, power cycle, hard reset,
/// soft shutdown).
enum class PowerAction
{
    On,
    Off,
    Cycle,
    Reset,
    SoftOff
};
QString powerActionName(PowerAction action); ///< "on", "off", "cycle", "reset", "soft-off"
std::optional<PowerAction> powerActionFromName(const QString &name);

enum class PowerState
{
    Unknown,
    On,
    Off,
    PoweringOn,
    PoweringOff
};
QString powerStateName(PowerState state); ///< "on", "off", "powering-on", "powering-off", "unknown"

/// What a BMC reports about its machine. Fields a BMC does not report stay empty.
struct BmcInventory
{
    struct Cpu
    {
        QString socket; ///< "CPU.Socket.1", "Proc 1"
        QString model;
        int cores = 0;
        int threads = 0;
        int maxSpeedMhz = 0;
    };
    struct Dimm
    {
        QString slot;
        qint64 capacityMiB = 0;
        QString type; ///< "DDR4", "DDR5"
        int speedMhz = 0;
    };
    struct Nic
    {
        QString name;
        QString mac; ///< "aa:bb:cc:dd:ee:ff", lower case
        qint64 speedMbps = 0;
        QString linkStatus; ///< "LinkUp", "LinkDown", empty when unknown
    };
    struct Drive
    {
        QString name;
        QString model;
        QString serial;
        qint64 capacityBytes = 0;
        QString media;      ///< "HDD", "SSD"
        QString controller; ///< the storage controller or SimpleStorage it hangs off
    };
    struct Controller
    {
        QString name;
        QString model;
    };

    QString manufacturer;
    QString model;
    QString serial;
    QString biosVersion;
    QString bmcFirmware;
    QString productName; ///< IPMI FRU product name
    QList<Cpu> cpus;
    QList<Dimm> memory;
    QList<Nic> nics;
    QList<Drive> drives;
    QList<Controller> controllers;
    /// True when drives came from the SimpleStorage collection because the
    /// BMC has no Storage collection (older Redfish services).
    bool fromSimpleStorage = false;

    /// A part the BMC advertises but could not be read (a linked collection
    /// or one of its members answering 404, 500, 501, ...). Everything else
    /// was read: a partial answer is normal for real BMCs, not a failure.
    struct Unavailable
    {
        QString part;       ///< "Memory", "Processors", "Storage", "Drives", "Manager", ...
        QString path;       ///< what was asked for (the @odata.id)
        int httpStatus = 0; ///< 0 when the request got no HTTP answer (timeout, dropped)
        QString message;    ///< the BMC's own message, else what went wrong
    };
    QList<Unavailable> unavailable;
};

/// One sensor reading (IPMI SDR, Redfish Thermal/Power/Sensors).
struct SensorReading
{
    QString name;
    QString type; ///< "Temperature", "Fan", "Voltage", "Power", "Current", ...
    std::optional<double> value;
    QString unit;   ///< "°C", "RPM", "V", "W", "A"
    QString status; ///< "ok", "warning", "critical", "unknown"
};

/// One ComputerSystem a Redfish service serves (a blade of a chassis manager,
/// a node of a multi-node server), with what tells them apart on the floor.
struct BmcSystem
{
    QString id;   ///< "Blade2", "System.Embedded.1": what device_bmc.redfish_system stores
    QString path; ///< its @odata.id
    QString serial;
    QString model;
    /// "Blade2 (serial BLD0002)": for lists and messages.
    QString label() const;
};

/// An open connection to one BMC. Implementations live in drivers/ (Redfish
/// over libcurl, IPMI over FreeIPMI); every call blocks for at most the
/// target's timeouts, so callers run them on a worker thread. Errors name the
/// BMC, the action and the BMC's own answer.
class BmcSession
{
public:
    virtual ~BmcSession() = default;
    virtual Result<PowerState> powerState() = 0;
    virtual Status power(PowerAction action) = 0;
    /// Boots from the network once (the next boot only), then as before.
    virtual Status pxeOnce() = 0;
    virtual Result<BmcInventory> inventory() = 0;
    virtual Result<QList<SensorReading>> sensors() = 0;
    /// Workarounds the driver found this BMC needs beyond those the target
    /// named (IPMI: "opensesspriv" when the session opened only with it). The
    /// caller remembers them for the device (BmcRepository::rememberWorkarounds)
    /// and says so; empty for most sessions.
    virtual QStringList learnedWorkarounds() const { return {}; }
    /// The systems the BMC serves, so an operator can say which one a device
    /// is. Redfish: the Systems collection, each read for its serial and
    /// model (a member that cannot be read is listed by its path alone).
    /// IPMI: empty, an IPMI BMC is one machine.
    virtual Result<QList<BmcSystem>> systems() { return QList<BmcSystem>{}; }
};

/// Opens BMC sessions. The application wires the real one (drivers'
/// makeBmcFactory()); tests may pass their own.
///
/// Redfish over HTTPS checks the BMC's certificate against
/// target.pinnedCertSha256. When nothing is pinned, or the certificate
/// differs, open() fails before any credential is sent: the Error's
/// message says so, and certificateSha256() tells the caller what the BMC
/// presented so the operator can compare and accept it.
class BmcFactory
{
public:
    virtual ~BmcFactory() = default;
    virtual Result<std::unique_ptr<BmcSession>> open(const BmcTarget &target) = 0;
    /// The SHA-256 fingerprint (64 lower-case hex) of the certificate the
    /// Redfish BMC at `target.address` presents, without logging in. An error
    /// for plain HTTP, IPMI, or when nothing answers.
    virtual Result<QString> certificateSha256(const BmcTarget &target) = 0;
};

/// "ab12..." -> "AB:12:...": a fingerprint as operators compare it.
QString formatFingerprint(const QString &sha256Hex);

} // namespace hostdeck
