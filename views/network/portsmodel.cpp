// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/portsmodel.h"

#include "network/sparklinedelegate.h"

#include <QBrush>
#include <QColor>

#include <cmath>

namespace hostdeck {

namespace {
QString statusText(const QString &status)
{
    if (status == QLatin1String("up"))
        return PortsModel::tr("up");
    if (status == QLatin1String("down"))
        return PortsModel::tr("down");
    if (status == QLatin1String("testing"))
        return PortsModel::tr("testing");
    return PortsModel::tr("unknown");
}

QColor statusColour(const QString &status)
{
    if (status == QLatin1String("up"))
        return QColor(0x2e, 0x7d, 0x32);
    if (status == QLatin1String("down"))
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0x75, 0x75, 0x75);
}

QString farEndText(const PortRow &p)
{
    if (!p.cabled)
        return {};
    if (p.farPortId == 0)
        return PortsModel::tr("cabled, far end unknown");
    QString text = PortsModel::tr("%1 %2").arg(p.farDevice, p.farPort);
    if (p.farLoop)
        text = PortsModel::tr("%1 (loop)").arg(text);
    else if (p.farTruncated)
        text = PortsModel::tr("%1 (trace cut short)").arg(text);
    return text;
}
} // namespace

RateUnit rateUnitFor(double peakBps)
{
    if (peakBps >= 1e12)
        return {1e12, PortsModel::tr("Tbit/s")};
    if (peakBps >= 1e9)
        return {1e9, PortsModel::tr("Gbit/s")};
    if (peakBps >= 1e6)
        return {1e6, PortsModel::tr("Mbit/s")};
    if (peakBps >= 1e3)
        return {1e3, PortsModel::tr("kbit/s")};
    return {1, PortsModel::tr("bit/s")};
}

QString formatRate(double bps)
{
    if (std::isnan(bps) || bps < 0)
        return {};
    const RateUnit unit = rateUnitFor(bps);
    const double v = bps / unit.divisor;
    const int decimals = unit.divisor == 1 ? 0 : (v >= 100 ? 0 : (v >= 10 ? 1 : 2));
    return PortsModel::tr("%1 %2").arg(QString::number(v, 'f', decimals), unit.name);
}

QString formatSpeed(qint64 bps)
{
    if (bps <= 0)
        return {};
    const RateUnit unit = rateUnitFor(double(bps));
    return PortsModel::tr("%1 %2").arg(QString::number(double(bps) / unit.divisor, 'g', 4), unit.name);
}

PortsModel::PortsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PortsModel::setPorts(const QList<PortRow> &ports)
{
    bool sameRows = ports.size() == m_ports.size();
    for (qsizetype i = 0; sameRows && i < ports.size(); ++i)
        sameRows = ports[i].id == m_ports[i].id;
    if (sameRows) {
        m_ports = ports;
        if (!m_ports.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_ports = ports;
    m_rows.clear();
    for (int i = 0; i < m_ports.size(); ++i)
        m_rows.insert(m_ports[i].id, i);
    endResetModel();
}

void PortsModel::clear()
{
    setPorts({});
}

const PortRow *PortsModel::port(int row) const
{
    return row >= 0 && row < m_ports.size() ? &m_ports[row] : nullptr;
}

int PortsModel::rowOf(qint64 portId) const
{
    return m_rows.value(portId, -1);
}

int PortsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ports.size());
}

int PortsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PortsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PortRow &p = m_ports[index.row()];
    const int column = index.column();
    switch (role) {
    case PortIdRole:
        return p.id;
    case AdminUpRole:
        return p.adminStatus == QLatin1String("up");
    case SparklineRole:
        if (column == TrafficColumn)
            return QVariant::fromValue(Sparkline{p.sparkline, p.sparkFrom, p.sparkTo});
        return {};
    case SortRole:
        switch (column) {
        case NameColumn:
            return index.row(); // the repository's order: ifIndex, then name
        case SpeedColumn:
            return p.speedBps.value_or(-1);
        case InColumn:
            return p.inBps.value_or(-1.0);
        case OutColumn:
            return p.outBps.value_or(-1.0);
        case TrafficColumn: {
            double peak = -1;
            for (const TrafficRate &r : p.sparkline)
                peak = std::max({peak, r.inBps, r.outBps});
            return peak;
        }
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return p.name;
        case AliasColumn:
            return p.alias;
        case AdminColumn:
            return statusText(p.adminStatus);
        case OperColumn:
            return statusText(p.operStatus);
        case SpeedColumn:
            return p.speedBps ? formatSpeed(*p.speedBps) : QString();
        case InColumn:
            return p.inBps ? formatRate(*p.inBps) : QString();
        case OutColumn:
            return p.outBps ? formatRate(*p.outBps) : QString();
        case FarEndColumn:
            return farEndText(p);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (column == AdminColumn)
            return QBrush(statusColour(p.adminStatus));
        if (column == OperColumn)
            return QBrush(statusColour(p.operStatus));
        return {};
    case Qt::TextAlignmentRole:
        if (column == SpeedColumn || column == InColumn || column == OutColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case InColumn:
        case OutColumn:
            return p.rateAt.isValid() ? tr("5-minute average from %1 UTC")
                                            .arg(p.rateAt.toUTC().toString(u"yyyy-MM-dd HH:mm"))
                                      : tr("No traffic samples yet.");
        case TrafficColumn:
            return tr("Inbound (green) and outbound (blue) rate over the last 24 hours; %n samples.", nullptr,
                      int(p.sparkline.size()));
        case NameColumn:
            return p.ifIndex ? tr("%1 (ifIndex %2)").arg(p.name).arg(*p.ifIndex) : p.name;
        case FarEndColumn:
            return farEndText(p);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant PortsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Port");
    case AliasColumn:
        return tr("Alias");
    case AdminColumn:
        return tr("Admin");
    case OperColumn:
        return tr("Oper");
    case SpeedColumn:
        return tr("Speed");
    case InColumn:
        return tr("In");
    case OutColumn:
        return tr("Out");
    case TrafficColumn:
        return tr("Last 24 h");
    case FarEndColumn:
        return tr("Connected to");
    default:
        return {};
    }
}

} // namespace hostdeck
