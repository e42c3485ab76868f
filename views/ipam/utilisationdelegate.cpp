// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipam/utilisationdelegate.h"

#include "ipam/prefixtreemodel.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace hostdeck {

void UtilisationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QVariant value = index.data(PrefixTreeModel::UtilisationRole);
    if (!value.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and selection as for any cell, then the bar inside it.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const double share = std::clamp(value.toDouble(), 0.0, 1.0);
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = int(share * 1000 + 0.5);
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    // Nearly full space stands out.
    if (share >= 0.9)
        bar.palette.setColor(QPalette::Highlight, QColor(0xc6, 0x28, 0x28));
    else if (share >= 0.75)
        bar.palette.setColor(QPalette::Highlight, QColor(0xef, 0x6c, 0x00));
    else
        bar.palette.setColor(QPalette::Highlight, QColor(0x2e, 0x7d, 0x32));
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

QSize UtilisationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 110));
    return size;
}

} // namespace hostdeck
