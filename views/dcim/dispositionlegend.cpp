// SPDX-License-Identifier: GPL-3.0-or-later
#include "dcim/dispositionlegend.h"

#include <QFormLayout>
#include <QLabel>
#include <QPixmap>

namespace hostdeck {

QColor dispositionColor(Disposition d)
{
    switch (d) {
    case Disposition::Available:
        return QColor(0x9c, 0xd6, 0xa4);
    case Disposition::Allocated:
        return QColor(0x7d, 0xaf, 0xe3);
    case Disposition::Reserved:
        return QColor(0xf5, 0xd7, 0x6e);
    case Disposition::Maintenance:
        return QColor(0xf3, 0xa8, 0x5c);
    case Disposition::Decommissioned:
        return QColor(0xb8, 0xb8, 0xb8);
    case Disposition::Faulty:
        return QColor(0xe3, 0x6b, 0x6b);
    }
    return Qt::white;
}

namespace {
QLabel *swatch(const QColor &color, QWidget *parent)
{
    QPixmap pixmap(18, 12);
    pixmap.fill(color);
    auto *label = new QLabel(parent);
    label->setPixmap(pixmap);
    return label;
}
} // namespace

DispositionLegend::DispositionLegend(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    for (Disposition d : allDispositions())
        layout->addRow(swatch(dispositionColor(d), this), new QLabel(displayName(d), this));
    layout->addRow(new QLabel(tr("<b>Power</b>"), this));
    layout->addRow(swatch(QColor(0x5c, 0xb8, 0x5c), this), new QLabel(tr("Within budget"), this));
    layout->addRow(swatch(QColor(0xf0, 0xad, 0x4e), this), new QLabel(tr("Tight (over 80 %)"), this));
    layout->addRow(swatch(QColor(0xd9, 0x53, 0x4f), this), new QLabel(tr("Over budget"), this));
}

} // namespace hostdeck
