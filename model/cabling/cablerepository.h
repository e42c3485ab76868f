// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cabling/cabletrace.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace hostdeck {

/// The cable types the schema accepts (cables_type_known), in the order an editor offers them.
const QStringList &cableTypes();

/// A colour name the editor offers, with the RGB value views draw it in.
struct NamedCableColour
{
    QString name; ///< as stored: lower-case, one or two words ("light grey")
    QString hex;  ///< #rrggbb
};

/// The named cable colours, in the order an editor offers them.
const QList<NamedCableColour> &namedCableColours();

/// True when `colour` passes the schema's colour rule (cables_colour_format):
/// #rrggbb, or a lower-case name of one or two words.
bool isValidCableColour(const QString &colour);

/// The #rrggbb a stored colour is drawn in: itself for #rrggbb, the table
/// value for a named colour, empty for a name this table does not know.
QString cableColourHex(const QString &colour);

/// One cable row.
struct CableInfo
{
    qint64 id = 0;
    qint64 portA = 0;
    qint64 portB = 0;
    QString type;
    QString colour;
    QString label;
    std::optional<double> lengthM;
};

/// What a cable should be: the input of create and update.
struct CableSpec
{
    qint64 portA = 0;
    qint64 portB = 0;
    QString type;
    QString colour = QStringLiteral("grey");
    QString label;
    std::optional<double> lengthM;
};

/// A port with its device, as an editor names a cable end.
struct PortRef
{
    qint64 portId = 0;
    QString portName;
    QString portKind;
    qint64 deviceId = 0;
    QString deviceName;

    /// "device / port"
    QString display() const { return deviceName + QStringLiteral(" / ") + portName; }
};

/// One side of a panel position (or one port of a device that is not a
/// panel): the port, its cable, the port at the cable's other end and the far
/// end of the whole path (the last hop of cable_trace from this port).
struct PortConnection
{
    qint64 portId = 0;
    QString portName;
    QString portKind;
    QString connector;
    QString label;
    std::optional<CableInfo> cable;
    std::optional<PortRef> peer;   ///< the other end of `cable`
    std::optional<PortRef> farEnd; ///< where the path through `cable` ends
    bool farLoop = false;          ///< the path ran into a loop
    bool farTruncated = false;     ///< the path was longer than the trace bound
};

/// One row of a patch panel: a front port and the rear port it maps to. For
/// ports outside a front/rear pair (a server's NIC, an unmapped rear port)
/// only one side is set.
struct PanelPosition
{
    std::optional<PortConnection> front;
    std::optional<PortConnection> rear;
};

/// The ports of a device in panel order (natural order of the front port names).
struct PanelPorts
{
    qint64 deviceId = 0;
    QString deviceName;
    QList<PanelPosition> positions;
};

/// A device an editor offers as a cable end, with how many of its ports are free.
struct CandidateDevice
{
    qint64 id = 0;
    QString name;
    int portCount = 0;
    int freeCount = 0;
};

/// A port an editor offers as a cable end. `busy` ports carry another cable
/// (`busyWith` names that cable's other end) and cannot be chosen.
struct CandidatePort
{
    qint64 id = 0;
    QString name;
    QString kind;
    QString label;
    bool busy = false;
    QString busyWith;
};

/// A traced path with the cables along it, for drawing.
struct TracedPath
{
    CableTrace trace;
    QHash<qint64, CableInfo> cables; ///< cable id -> row, for each cable on the path
};

/// Ports, patch panels and cables. Runs on the caller's connection (a worker
/// thread's); every write is one transaction with bound values, the database
/// enforces the rules, and its refusals come back as sentences naming the port,
/// type or colour at fault.
class CableRepository
{
public:
    explicit CableRepository(QSqlDatabase db);

    /// The device's ports as panel positions with what each side connects to.
    /// An error when the device does not exist.
    Result<PanelPorts> panelPorts(qint64 deviceId);
    /// One port with its device; an error when it does not exist.
    Result<PortRef> port(qint64 portId);
    /// The cable on a port, if any.
    Result<std::optional<CableInfo>> cableAt(qint64 portId);
    /// Devices that have ports, by name.
    Result<QList<CandidateDevice>> candidateDevices();
    /// The ports of a device in natural name order; those carrying a cable
    /// other than `editingCable` are marked busy.
    Result<QList<CandidatePort>> candidatePorts(qint64 deviceId, std::optional<qint64> editingCable = {});
    /// cable_trace from `portId` with the cables along it.
    Result<TracedPath> tracedPath(qint64 portId, int maxHops = 32);

    /// Creates a cable; returns its id.
    Result<qint64> createCable(const CableSpec &spec);
    /// Rewrites a cable's ends and attributes.
    Status updateCable(qint64 cableId, const CableSpec &spec);
    /// Deletes a cable and returns the row it was (to re-create it on undo).
    Result<CableInfo> deleteCable(qint64 cableId);

private:
    Error explain(const Error &error, const CableSpec &spec);

    QSqlDatabase m_db;
};

} // namespace hostdeck
