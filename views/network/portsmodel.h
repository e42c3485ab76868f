// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/trafficrepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace hostdeck {

/// A rate as people read it: "950 bit/s", "12.5 kbit/s", "3.20 Mbit/s", "9.87 Gbit/s".
QString formatRate(double bps);
/// A port speed: "1 Gbit/s", "100 Mbit/s"; empty when unknown.
QString formatSpeed(qint64 bps);

/// A unit for an axis of rates: the divisor from bit/s and its name.
struct RateUnit
{
    double divisor = 1;
    QString name;
};
/// The unit whose values for a peak of `peakBps` read best (bit/s .. Tbit/s).
RateUnit rateUnitFor(double peakBps);

/// The ports of one device as a table: name, alias, admin and oper status,
/// speed, newest in and out rate, a sparkline of the last day, and the far
/// end of the cable. setPorts() keeps rows (and so the views' selection)
/// when the same ports come back, and resets only when the set changed.
class PortsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        AliasColumn,
        AdminColumn,
        OperColumn,
        SpeedColumn,
        InColumn,
        OutColumn,
        TrafficColumn,
        FarEndColumn,
        ColumnCount
    };
    enum Role
    {
        PortIdRole = Qt::UserRole + 1,
        SortRole,      ///< a value that sorts naturally (numbers for rates and speeds)
        SparklineRole, ///< a Sparkline for the traffic column
        AdminUpRole    ///< bool: the admin status is up
    };

    explicit PortsModel(QObject *parent = nullptr);

    void setPorts(const QList<PortRow> &ports);
    void clear();
    const QList<PortRow> &ports() const { return m_ports; }
    /// The port of a row; nullptr when out of range.
    const PortRow *port(int row) const;
    /// The row of a port id; -1 when absent.
    int rowOf(qint64 portId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PortRow> m_ports;
    QHash<qint64, int> m_rows;
};

} // namespace hostdeck
