// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/percentilerater.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QStyledItemDelegate>

namespace hostdeck {

/// What a sparkline cell draws: in and out rates over a time window.
struct Sparkline
{
    QList<TrafficRate> points; ///< oldest first
    QDateTime from;
    QDateTime to;
};

/// Draws a Sparkline (from the model's SparklineRole) as two small lines,
/// inbound and outbound, scaled to the larger peak of the two. A gap of more
/// than two sample intervals breaks the line; an empty series draws nothing.
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// `role` is the item data role that carries the Sparkline.
    explicit SparklineDelegate(int role, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor inColour();
    static QColor outColour();

private:
    int m_role;
};

} // namespace hostdeck

Q_DECLARE_METATYPE(hostdeck::Sparkline)
