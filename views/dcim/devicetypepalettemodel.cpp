// SPDX-License-Identifier: GPL-3.0-or-later
#include "dcim/devicetypepalettemodel.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace hostdeck {

const QString DeviceTypePaletteModel::kMimeType = QStringLiteral("application/x-hostdeck-device-type");

DeviceTypePaletteModel::DeviceTypePaletteModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void DeviceTypePaletteModel::setTypes(const QList<DeviceType> &types)
{
    beginResetModel();
    m_types = types;
    endResetModel();
}

DeviceType DeviceTypePaletteModel::type(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_types.size())
        return {};
    return m_types.at(index.row());
}

QMimeData *DeviceTypePaletteModel::encode(const DeviceType &type)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << type.id << type.manufacturer << type.model << type.kind << qint32(type.uHeight) << type.fullDepth
        << type.halfWidth << qint32(type.watts);
    auto *mime = new QMimeData;
    mime->setData(kMimeType, bytes);
    mime->setText(type.manufacturer + u' ' + type.model);
    return mime;
}

std::optional<DeviceType> DeviceTypePaletteModel::decode(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(kMimeType))
        return std::nullopt;
    QDataStream in(mime->data(kMimeType));
    DeviceType t;
    qint32 height = 0;
    qint32 watts = 0;
    in >> t.id >> t.manufacturer >> t.model >> t.kind >> height >> t.fullDepth >> t.halfWidth >> watts;
    if (in.status() != QDataStream::Ok || t.id <= 0)
        return std::nullopt;
    t.uHeight = height;
    t.watts = watts;
    return t;
}

int DeviceTypePaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_types.size());
}

QVariant DeviceTypePaletteModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_types.size())
        return {};
    const DeviceType &t = m_types.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 %2 (%3U)").arg(t.manufacturer, t.model).arg(t.uHeight);
    case Qt::ToolTipRole: {
        QStringList facts;
        facts << t.kind << (t.fullDepth ? tr("full depth") : tr("half depth"));
        if (t.halfWidth)
            facts << tr("half width");
        if (t.uHeight == 0)
            facts << tr("side channel (0U)");
        facts << tr("%1 W").arg(t.watts);
        return facts.join(QStringLiteral(", "));
    }
    case TypeIdRole:
        return t.id;
    default:
        return {};
    }
}

Qt::ItemFlags DeviceTypePaletteModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QStringList DeviceTypePaletteModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData *DeviceTypePaletteModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &i : indexes) {
        if (i.isValid() && i.row() < m_types.size())
            return encode(m_types.at(i.row()));
    }
    return nullptr;
}

} // namespace hostdeck
