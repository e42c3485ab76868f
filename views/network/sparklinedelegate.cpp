// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/sparklinedelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace hostdeck {

namespace {
// Samples further apart than this are not joined (two missed 5-minute polls).
constexpr qint64 kGapSeconds = 2 * 300 + 1;
} // namespace

SparklineDelegate::SparklineDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{}

QColor SparklineDelegate::inColour()
{
    return QColor(0x2e, 0x7d, 0x32);
}

QColor SparklineDelegate::outColour()
{
    return QColor(0x15, 0x65, 0xc0);
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto line = index.data(m_role).value<Sparkline>();
    if (line.points.isEmpty() || !line.from.isValid() || !line.to.isValid() || line.from >= line.to)
        return;
    double peak = 0;
    for (const TrafficRate &r : line.points)
        peak = std::max({peak, r.inBps, r.outBps});
    const QRectF area = QRectF(option.rect).adjusted(3, 3, -3, -3);
    if (area.width() < 4 || area.height() < 4)
        return;
    const double span = double(line.from.secsTo(line.to));
    auto pointFor = [&](const TrafficRate &r, double v) {
        const double x = area.left() + area.width() * std::clamp(line.from.secsTo(r.at) / span, 0.0, 1.0);
        const double y = area.bottom() - (peak > 0 ? area.height() * std::clamp(v / peak, 0.0, 1.0) : 0.0);
        return QPointF(x, y);
    };
    auto pathFor = [&](bool in) {
        QPainterPath path;
        const TrafficRate *previous = nullptr;
        for (const TrafficRate &r : line.points) {
            const QPointF p = pointFor(r, in ? r.inBps : r.outBps);
            if (!previous || previous->at.secsTo(r.at) > kGapSeconds)
                path.moveTo(p);
            else
                path.lineTo(p);
            previous = &r;
        }
        return path;
    };

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(option.rect);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(outColour(), 1.2));
    painter->drawPath(pathFor(false));
    painter->setPen(QPen(inColour(), 1.2));
    painter->drawPath(pathFor(true));
    // A lone sample still shows as a dot.
    if (line.points.size() == 1) {
        painter->setBrush(inColour());
        painter->drawEllipse(pointFor(line.points.first(), line.points.first().inBps), 1.5, 1.5);
    }
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {std::max(base.width(), 120), std::max(base.height(), 20)};
}

} // namespace hostdeck
