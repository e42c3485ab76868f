// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hostdeck {

/// One column of a PDU outlet table, by numeric OID.
struct PduColumn
{
    QList<quint32> oid;    ///< the column (table entry OID plus column number)
    QList<quint32> suffix; ///< trailing sub-identifiers an instance must end with (dropped), or empty
    double scale = 1.0;    ///< raw value * scale = the value in `unit`
    QString unit;
};

/// How one PDU model exposes its outlets: a name column and an active power column.
struct PduModel
{
    QString key;
    QString vendor;
    QString mib;
    PduColumn outletName;
    PduColumn outletPower;
};

/// The PDU outlet OID map (resources/snmp/pdu-oids.json, compiled in as
/// :/snmp/pdu-oids.json): data, not code, so a new PDU model is a JSON entry.
class PduOidMap
{
public:
    /// The map compiled into the binary (parsed once, thread-safe).
    static const PduOidMap &builtIn();
    /// Parses a map in the pdu-oids.json format; an error names what is wrong.
    static Result<PduOidMap> parse(const QByteArray &json);

    /// The model for `key`, or an error listing the known keys.
    Result<PduModel> model(const QString &key) const;
    QStringList keys() const;
    /// Why the built-in map could not be read (empty when it could).
    QString loadError() const { return m_loadError; }

private:
    QList<PduModel> m_models;
    QString m_loadError;
};

/// "1.3.6.1" -> {1,3,6,1}; empty list on anything but dotted decimal sub-identifiers.
QList<quint32> parseNumericOid(const QString &text);
/// {1,3,6,1} -> "1.3.6.1"
QString numericOidText(const QList<quint32> &oid);

} // namespace hostdeck
