// SPDX-License-Identifier: GPL-3.0-or-later
#include "dcim/rackelevationitems.h"

#include "dcim/dispositionlegend.h"
#include "dcim/powerbudget.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace hostdeck {

namespace {
// lupdate files these strings under the macro's context, the same one Text::tr() uses at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RackElevationScene)
};

QFont smallFont()
{
    QFont f;
    f.setPointSizeF(7.5);
    return f;
}

QFont boldFont()
{
    QFont f;
    f.setPointSizeF(9);
    f.setBold(true);
    return f;
}
} // namespace

// ---------------------------------------------------------------------------
QRectF RackGeometry::bounds() const
{
    return {left(), top(), kRackWidth, kHeaderHeight + m_uHeight * kU};
}

QRectF RackGeometry::powerBar() const
{
    return {left() + kNumbersWidth, top() + 30, 2 * kFaceBlock + kFaceGap, 14};
}

QRectF RackGeometry::face(Face f) const
{
    const double x = left() + kNumbersWidth + kChannelWidth + (f == Face::Rear ? kFaceBlock + kFaceGap : 0);
    return {x, uTop(), kFaceWidth, m_uHeight * kU};
}

QRectF RackGeometry::channel(Face f, Mount side) const
{
    // Left and right are named as seen from the front; the rear view is mirrored.
    const QRectF fr = face(f);
    const bool onScreenLeft = (side == Mount::SideLeft) != (f == Face::Rear);
    const double x = onScreenLeft ? fr.left() - kChannelWidth : fr.right();
    return {x, fr.top(), kChannelWidth, fr.height()};
}

QRectF RackGeometry::slot(const Placement &p, Face f) const
{
    const double y = uTop() + (m_uHeight - p.uEnd) * kU;
    const double h = (p.uEnd - p.uStart + 1) * kU;
    if (p.mount != Mount::Rack) {
        const QRectF c = channel(f, p.mount);
        return {c.left(), y, c.width(), h};
    }
    const QRectF fr = face(f);
    const double half = fr.width() / 2;
    const bool mirrored = f == Face::Rear; // the left half (seen from the front) is on the right at the rear
    switch (p.width) {
    case WidthSlot::Left:
        return {mirrored ? fr.left() + half : fr.left(), y, half, h};
    case WidthSlot::Right:
        return {mirrored ? fr.left() : fr.left() + half, y, half, h};
    case WidthSlot::Full:
        break;
    }
    return {fr.left(), y, fr.width(), h};
}

int RackGeometry::uAt(double y) const
{
    return m_uHeight - int(std::floor((y - uTop()) / kU));
}

// ---------------------------------------------------------------------------
RackFrameItem::RackFrameItem(const Rack &rack, int index, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_rack(rack)
    , m_geometry(index, rack.uHeight)
{
    setZValue(-1);
    // The frame (U grid, numbers, power bar) only changes with a reload: panning reuses the pixmap.
    setCacheMode(DeviceCoordinateCache);
    setToolTip(Text::tr("%1: %2 U, %3").arg(rack.name).arg(rack.uHeight).arg(PowerBudget(rack).summary()));
}

QRectF RackFrameItem::boundingRect() const
{
    return m_geometry.bounds().adjusted(-1, -1, 1, 1);
}

QColor RackFrameItem::powerColor(int level)
{
    switch (PowerBudget::Level(level)) {
    case PowerBudget::Level::Comfortable:
        return QColor(0x5c, 0xb8, 0x5c);
    case PowerBudget::Level::Tight:
        return QColor(0xf0, 0xad, 0x4e);
    case PowerBudget::Level::Over:
        return QColor(0xd9, 0x53, 0x4f);
    }
    return Qt::gray;
}

void RackFrameItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF exposed = option->exposedRect;
    const RackGeometry &g = m_geometry;

    // Header: name, customer, power bar.
    const QRectF header(g.left(), g.top(), RackGeometry::kRackWidth, RackGeometry::kHeaderHeight);
    if (exposed.intersects(header)) {
        painter->setPen(Qt::black);
        painter->setFont(boldFont());
        painter->drawText(QRectF(g.left() + RackGeometry::kNumbersWidth, g.top(), 250, 16),
                          Qt::AlignLeft | Qt::AlignVCenter, m_rack.name);
        painter->setFont(smallFont());
        QString sub = Text::tr("%1 U").arg(m_rack.uHeight);
        if (!m_rack.customerName.isEmpty())
            sub += QStringLiteral(" · ") + m_rack.customerName;
        painter->drawText(QRectF(g.left() + RackGeometry::kNumbersWidth, g.top() + 15, 330, 14),
                          Qt::AlignLeft | Qt::AlignVCenter, sub);

        const PowerBudget budget(m_rack);
        const QRectF bar = g.powerBar();
        painter->setPen(QPen(Qt::darkGray, 1));
        painter->setBrush(QColor(0xee, 0xee, 0xee));
        painter->drawRect(bar);
        const double used =
            std::isfinite(budget.utilisation()) ? std::clamp(budget.utilisation(), 0.0, 1.0) : 1.0;
        painter->setPen(Qt::NoPen);
        painter->setBrush(powerColor(int(budget.level())));
        painter->drawRect(QRectF(bar.left(), bar.top(), bar.width() * used, bar.height()));
        painter->setPen(Qt::black);
        QString text = budget.summary();
        if (budget.isOver())
            text += QStringLiteral(" — ") + Text::tr("over budget");
        painter->drawText(bar, Qt::AlignCenter, text);

        painter->drawText(QRectF(g.face(Face::Front).left(), g.top() + 46, RackGeometry::kFaceWidth, 14),
                          Qt::AlignCenter, Text::tr("Front"));
        painter->drawText(QRectF(g.face(Face::Rear).left(), g.top() + 46, RackGeometry::kFaceWidth, 14),
                          Qt::AlignCenter, Text::tr("Rear"));
    }

    // U slots: every U drawn, so empty space is visible.
    painter->setFont(smallFont());
    for (Face f : {Face::Front, Face::Rear}) {
        const QRectF fr = g.face(f);
        if (!exposed.intersects(fr.adjusted(-RackGeometry::kChannelWidth - RackGeometry::kNumbersWidth, 0,
                                            RackGeometry::kChannelWidth, 0)))
            continue;
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xdd, 0xdd, 0xdd));
        painter->drawRect(g.channel(f, Mount::SideLeft));
        painter->drawRect(g.channel(f, Mount::SideRight));
        painter->setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 0));
        for (int u = 1; u <= m_rack.uHeight; ++u) {
            const QRectF cell(fr.left(), g.uTop() + (m_rack.uHeight - u) * RackGeometry::kU, fr.width(),
                              RackGeometry::kU);
            painter->setBrush(u % 2 ? QColor(0xfa, 0xfa, 0xfa) : QColor(0xf2, 0xf2, 0xf2));
            painter->drawRect(cell);
        }
        painter->setPen(QPen(QColor(0x40, 0x40, 0x40), 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(fr.adjusted(-RackGeometry::kChannelWidth, 0, RackGeometry::kChannelWidth, 0));
    }
    const QRectF numbers(g.left(), g.uTop(), RackGeometry::kNumbersWidth, m_rack.uHeight * RackGeometry::kU);
    if (exposed.intersects(numbers)) {
        painter->setPen(Qt::darkGray);
        for (int u = 1; u <= m_rack.uHeight; ++u) {
            const QRectF cell(numbers.left(), g.uTop() + (m_rack.uHeight - u) * RackGeometry::kU,
                              numbers.width() - 3, RackGeometry::kU);
            painter->drawText(cell, Qt::AlignRight | Qt::AlignVCenter, QString::number(u));
        }
    }
}

// ---------------------------------------------------------------------------
DeviceItem::DeviceItem(const Device &device, Face drawnOn, const QRectF &sceneRect, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_device(device)
    , m_face(drawnOn)
    , m_rect(0, 0, sceneRect.width(), sceneRect.height())
{
    setPos(sceneRect.topLeft());
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(false);
    setCacheMode(DeviceCoordinateCache);
    const QLocale locale;
    const QString none = Text::tr("none");
    const Placement &p = device.placement;
    const QString where =
        p.uStart == p.uEnd ? Text::tr("U %1").arg(p.uStart) : Text::tr("U %1–%2").arg(p.uStart).arg(p.uEnd);
    setToolTip(Text::tr("<b>%1</b><br>%2 %3<br>Serial: %4<br>Asset tag: %5<br>Warranty until: %6<br>"
                        "Disposition: %7<br>Customer: %8<br>%9, %10, %11 W")
                   .arg(device.name.toHtmlEscaped(), device.manufacturer.toHtmlEscaped(),
                        device.model.toHtmlEscaped(),
                        device.serial.isEmpty() ? none : device.serial.toHtmlEscaped(),
                        device.assetTag.isEmpty() ? none : device.assetTag.toHtmlEscaped(),
                        device.warrantyExpires.isValid()
                            ? locale.toString(device.warrantyExpires, QLocale::ShortFormat)
                            : none,
                        displayName(device.disposition),
                        device.customerName.isEmpty() ? none : device.customerName.toHtmlEscaped(), where)
                   .arg(device.fullDepth ? Text::tr("full depth") : Text::tr("half depth"))
                   .arg(device.watts));
}

QRectF DeviceItem::boundingRect() const
{
    return m_rect.adjusted(-1.5, -1.5, 1.5, 1.5);
}

void DeviceItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF r = m_rect.adjusted(0.5, 0.5, -0.5, -0.5);
    QColor fill = dispositionColor(m_device.disposition);
    if (isSelected())
        fill = fill.lighter(115);
    painter->setBrush(fill);
    painter->setPen(isSelected() ? QPen(QColor(0x10, 0x3c, 0x9c), 3) : QPen(QColor(0x50, 0x50, 0x50), 1));
    painter->drawRect(r);

    painter->setPen(Qt::black);
    painter->setFont(smallFont());
    const QFontMetricsF fm(painter->font());
    if (m_device.placement.mount != Mount::Rack) {
        painter->save();
        painter->translate(r.center());
        painter->rotate(-90);
        const QRectF rotated(-r.height() / 2, -r.width() / 2, r.height(), r.width());
        painter->drawText(rotated, Qt::AlignCenter,
                          fm.elidedText(m_device.name, Qt::ElideRight, rotated.width() - 2));
        painter->restore();
        return;
    }
    const QRectF textRect = r.adjusted(3, 0, -3, 0);
    QString second = m_device.model;
    if (!m_device.customerName.isEmpty())
        second += QStringLiteral(" · ") + m_device.customerName;
    if (r.height() >= 2 * RackGeometry::kU - 1) {
        const double lineH = fm.height();
        const double y = r.center().y() - lineH;
        QFont bold = painter->font();
        bold.setBold(true);
        painter->setFont(bold);
        painter->drawText(QRectF(textRect.left(), y, textRect.width(), lineH),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(bold).elidedText(m_device.name, Qt::ElideRight, textRect.width()));
        painter->setFont(smallFont());
        painter->drawText(QRectF(textRect.left(), y + lineH, textRect.width(), lineH),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(second, Qt::ElideRight, textRect.width()));
    } else {
        painter->drawText(
            textRect, Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(m_device.name + QStringLiteral(" · ") + second, Qt::ElideRight, textRect.width()));
    }
}

// ---------------------------------------------------------------------------
DropHighlightItem::DropHighlightItem()
{
    setZValue(100);
    setVisible(false);
    setAcceptedMouseButtons(Qt::NoButton);
}

QRectF DropHighlightItem::boundingRect() const
{
    return m_rect.united(m_textRect).adjusted(-3, -3, 3, 3);
}

void DropHighlightItem::show(const QRectF &sceneRect, bool valid, const QString &reason)
{
    prepareGeometryChange();
    m_rect = sceneRect;
    m_valid = valid;
    m_reason = reason;
    if (!valid && !reason.isEmpty()) {
        const QFontMetricsF fm(smallFont());
        const QRectF text = fm.boundingRect(QRectF(0, 0, 260, 200), Qt::TextWordWrap, reason);
        m_textRect = QRectF(m_rect.left(), m_rect.bottom() + 4, text.width() + 10, text.height() + 6);
    } else {
        m_textRect = QRectF(m_rect.topLeft(), QSizeF(0, 0));
    }
    setVisible(true);
    update();
}

void DropHighlightItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QColor color = m_valid ? QColor(0x2e, 0xa0, 0x43) : QColor(0xd0, 0x30, 0x30);
    QColor fill = color;
    fill.setAlpha(90);
    painter->setPen(QPen(color, 2.5));
    painter->setBrush(fill);
    painter->drawRect(m_rect);
    if (!m_textRect.isEmpty()) {
        painter->setPen(QPen(color, 1));
        painter->setBrush(QColor(0xff, 0xf4, 0xf4));
        painter->drawRoundedRect(m_textRect, 3, 3);
        painter->setPen(Qt::black);
        painter->setFont(smallFont());
        painter->drawText(m_textRect.adjusted(5, 3, -5, -3), Qt::TextWordWrap, m_reason);
    }
}

} // namespace hostdeck
