// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dcim/dcimtypes.h"

#include <QAbstractListModel>

#include <optional>

class QMimeData;

namespace hostdeck {

/// The palette of device types an operator drags into a rack. Each row is a
/// drag source; the drag carries the whole type under kMimeType so the scene
/// can check the drop without another lookup.
class DeviceTypePaletteModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static const QString kMimeType; ///< application/x-hostdeck-device-type

    enum Role
    {
        TypeIdRole = Qt::UserRole + 1
    };

    explicit DeviceTypePaletteModel(QObject *parent = nullptr);

    /// Replaces the list.
    void setTypes(const QList<DeviceType> &types);
    const QList<DeviceType> &types() const { return m_types; }
    DeviceType type(const QModelIndex &index) const;

    /// Packs one type for a drag, and reads it back (nullopt when the data holds none).
    static QMimeData *encode(const DeviceType &type);
    static std::optional<DeviceType> decode(const QMimeData *mime);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

private:
    QList<DeviceType> m_types;
};

} // namespace hostdeck
