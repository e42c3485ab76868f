// SPDX-License-Identifier: GPL-3.0-or-later
#include "cabling/cabletraceview.h"

#include "core/deliver.h"
#include "core/workerpool.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>

namespace hostdeck {

namespace {

constexpr qreal kBoxWidth = 180;
constexpr qreal kBoxHeight = 62;
constexpr qreal kCableGap = 150; // room for a cable between two boxes
constexpr qreal kPanelGap = 60;  // a panel's front and rear sit close together
constexpr qreal kStrip = 8;

QColor kindColour(const QString &kind)
{
    if (kind == QLatin1String("nic"))
        return QColor(QStringLiteral("#3c78d8"));
    if (kind == QLatin1String("switch"))
        return QColor(QStringLiteral("#38a169"));
    if (kind == QLatin1String("patch-front"))
        return QColor(QStringLiteral("#e69138"));
    if (kind == QLatin1String("patch-rear"))
        return QColor(QStringLiteral("#a0522d"));
    if (kind == QLatin1String("bmc"))
        return QColor(QStringLiteral("#8e44ad"));
    if (kind == QLatin1String("power-outlet"))
        return QColor(QStringLiteral("#c0392b"));
    return QColor(Qt::gray);
}

QString kindText(const QString &kind)
{
    if (kind == QLatin1String("nic"))
        return CableTraceView::tr("NIC");
    if (kind == QLatin1String("switch"))
        return CableTraceView::tr("switch port");
    if (kind == QLatin1String("patch-front"))
        return CableTraceView::tr("patch front");
    if (kind == QLatin1String("patch-rear"))
        return CableTraceView::tr("patch rear");
    if (kind == QLatin1String("bmc"))
        return CableTraceView::tr("BMC");
    if (kind == QLatin1String("power-outlet"))
        return CableTraceView::tr("power outlet");
    return kind;
}

QColor cableColour(const CableInfo &cable)
{
    const QString hex = cableColourHex(cable.colour);
    return hex.isEmpty() ? QColor(Qt::gray) : QColor(hex);
}

QString cableText(const CableInfo &cable)
{
    QStringList parts{cable.type, cable.colour};
    if (!cable.label.isEmpty())
        parts << CableTraceView::tr("“%1”").arg(cable.label);
    if (cable.lengthM)
        parts << CableTraceView::tr("%1 m").arg(QLocale().toString(*cable.lengthM, 'f', 2));
    return parts.join(QStringLiteral(" · "));
}

QString portText(const CableHop &hop)
{
    return hop.deviceName + QStringLiteral(" / ") + hop.portName;
}

} // namespace

CableTraceView::CableTraceView(WorkerPool *pool, QWidget *parent)
    : QGraphicsView(parent)
    , m_pool(pool)
    , m_scene(new QGraphicsScene(this))
{
    setObjectName(QStringLiteral("cableTraceView"));
    setScene(m_scene);
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setMinimumSize(320, 160);
}

void CableTraceView::tracePort(qint64 portId)
{
    const quint64 generation = ++m_generation;
    showMessage(tr("Tracing…"));
    m_pool->read<TracedPath>([portId](QSqlDatabase &db) { return CableRepository(db).tracedPath(portId); },
                            this,
                            [this, generation](const Result<TracedPath> &r) {
                                if (generation != m_generation)
                                    return;
                                if (!r) {
                                    m_path = {};
                                    showMessage(tr("Cannot trace: %1").arg(r.error().message));
                                    emit traceLoaded(false, r.error().message);
                                    return;
                                }
                                m_path = *r;
                                build();
                                emit traceLoaded(true, {});
                            });
}

void CableTraceView::showMessage(const QString &text)
{
    m_scene->clear();
    resetTransform();
    auto *item = m_scene->addSimpleText(text);
    item->setData(ItemKindKey, QStringLiteral("message"));
    m_scene->setSceneRect(item->boundingRect().adjusted(-20, -20, 20, 20));
}

void CableTraceView::build()
{
    m_scene->clear();
    const QList<CableHop> &hops = m_path.trace.hops;
    QFont bold = font();
    bold.setBold(true);
    const QColor frame = palette().color(QPalette::Text);

    qreal x = 0;
    QList<QRectF> boxes;
    for (int i = 0; i < hops.size(); ++i) {
        const CableHop &hop = hops.at(i);
        const bool viaPanel =
            hop.via == CableHop::Via::Panel ||
            (hop.via != CableHop::Via::Cable && hop.via != CableHop::Via::Start && !hop.cableId);
        if (i > 0)
            x += viaPanel ? kPanelGap : kCableGap;
        const QRectF box(x, 0, kBoxWidth, kBoxHeight);
        boxes << box;
        x += kBoxWidth;

        const bool ending = hop.via == CableHop::Via::Loop || hop.via == CableHop::Via::Truncated;
        auto *rect = m_scene->addRect(
            box,
            QPen(ending ? QColor(Qt::red) : frame, ending ? 2 : 1, ending ? Qt::DashLine : Qt::SolidLine),
            palette().brush(QPalette::Base));
        rect->setData(ItemKindKey, QStringLiteral("hop"));
        rect->setData(ItemIdKey, hop.portId);
        rect->setZValue(2);
        rect->setToolTip(tr("%1 (%2)").arg(portText(hop), kindText(hop.portKind)));
        auto *strip = new QGraphicsRectItem(QRectF(box.left(), box.top(), kStrip, box.height()), rect);
        strip->setBrush(kindColour(hop.portKind));
        strip->setPen(Qt::NoPen);
        auto *device = new QGraphicsSimpleTextItem(hop.deviceName, rect);
        device->setFont(bold);
        device->setPos(box.left() + kStrip + 6, box.top() + 6);
        auto *port = new QGraphicsSimpleTextItem(hop.portName, rect);
        port->setPos(box.left() + kStrip + 6, box.top() + 24);
        auto *kind = new QGraphicsSimpleTextItem(kindText(hop.portKind), rect);
        kind->setBrush(kindColour(hop.portKind).darker(130));
        kind->setPos(box.left() + kStrip + 6, box.top() + 42);

        if (i == 0)
            continue;
        const QRectF &prev = boxes.at(i - 1);
        const QLineF link(prev.right(), prev.center().y(), box.left(), box.center().y());
        if (!viaPanel) {
            const std::optional<CableInfo> cable = hop.cableId && m_path.cables.contains(*hop.cableId)
                                                       ? std::optional(m_path.cables.value(*hop.cableId))
                                                       : std::nullopt;
            const QColor colour = cable ? cableColour(*cable) : QColor(Qt::gray);
            // A thin dark edge keeps white and light cables visible on a light background.
            auto *outline =
                m_scene->addLine(link, QPen(QColor(0, 0, 0, 110), 9, Qt::SolidLine, Qt::RoundCap));
            outline->setData(ItemKindKey, QStringLiteral("cable-outline"));
            auto *line = m_scene->addLine(link, QPen(colour, 6, Qt::SolidLine, Qt::RoundCap));
            line->setData(ItemKindKey, QStringLiteral("cable"));
            line->setData(ItemIdKey, hop.cableId ? QVariant(*hop.cableId) : QVariant());
            line->setZValue(1);
            outline->setZValue(0.5);
            if (cable) {
                line->setToolTip(cableText(*cable));
                auto *label = m_scene->addSimpleText(cable->type);
                label->setFont(bold);
                label->setData(ItemKindKey, QStringLiteral("cable-label"));
                label->setPos(link.center().x() - label->boundingRect().width() / 2, link.y1() - 30);
                if (!cable->label.isEmpty()) {
                    auto *text = m_scene->addSimpleText(cable->label);
                    text->setData(ItemKindKey, QStringLiteral("cable-label"));
                    text->setPos(link.center().x() - text->boundingRect().width() / 2, link.y1() + 10);
                }
            }
        } else {
            auto *line = m_scene->addLine(link, QPen(frame, 2, Qt::DashLine));
            line->setData(ItemKindKey, QStringLiteral("panel-link"));
            line->setZValue(1);
            line->setToolTip(tr("through patch panel %1").arg(hop.deviceName));
            if (hops.at(i - 1).deviceId == hop.deviceId) {
                // The panel: a frame around its front and rear port.
                const QRectF panel = prev.united(box).adjusted(-10, -26, 10, 10);
                auto *frameItem = m_scene->addRect(panel, QPen(kindColour(hop.portKind), 1, Qt::DotLine),
                                                   QColor(230, 145, 56, 25));
                frameItem->setData(ItemKindKey, QStringLiteral("panel"));
                frameItem->setZValue(0);
                auto *name = m_scene->addSimpleText(tr("panel %1").arg(hop.deviceName));
                name->setPos(panel.left() + 6, panel.top() + 4);
                name->setData(ItemKindKey, QStringLiteral("panel-name"));
            }
        }
    }

    if (!hops.isEmpty() && (m_path.trace.loop() || m_path.trace.truncated())) {
        const CableHop &last = hops.constLast();
        const QRectF &box = boxes.constLast();
        const QString text = m_path.trace.loop()
                                 ? tr("⟲ Loop: the path returns to %1").arg(portText(last))
                                 : tr("… Truncated: the path goes on after %n hop(s)", nullptr, last.hop - 1);
        auto *marker = m_scene->addSimpleText(text, bold);
        marker->setBrush(QColor(Qt::red));
        marker->setData(ItemKindKey,
                        m_path.trace.loop() ? QStringLiteral("loop") : QStringLiteral("truncated"));
        marker->setPos(box.left(), box.bottom() + 12);
    } else if (hops.size() == 1) {
        auto *note = m_scene->addSimpleText(tr("No cable on this port."));
        note->setData(ItemKindKey, QStringLiteral("message"));
        note->setPos(boxes.first().left(), boxes.first().bottom() + 12);
    }
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-30, -30, 30, 30));
    m_fitPending = !isVisible();
    fitPath();
}

void CableTraceView::fitPath()
{
    resetTransform();
    const QRectF rect = m_scene->sceneRect();
    if (rect.isEmpty() || viewport()->width() < 10)
        return;
    fitInView(rect, Qt::KeepAspectRatio);
    if (zoom() > 1.5)
        setTransform(QTransform::fromScale(1.5, 1.5));
}

void CableTraceView::zoomBy(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, 0.05, 8.0);
    const qreal applied = target / zoom();
    scale(applied, applied);
}

void CableTraceView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y();
        if (steps != 0)
            zoomBy(std::pow(1.15, steps / 120.0));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void CableTraceView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_fitPending) {
        m_fitPending = false;
        fitPath();
    }
}

QString CableTraceView::asText() const
{
    const QList<CableHop> &hops = m_path.trace.hops;
    if (hops.isEmpty())
        return {};
    QStringList lines;
    lines << tr("Cable trace from %1").arg(portText(hops.first()));
    for (int i = 0; i < hops.size(); ++i) {
        const CableHop &hop = hops.at(i);
        if (i > 0) {
            if (hop.cableId) {
                const auto it = m_path.cables.constFind(*hop.cableId);
                lines << QStringLiteral("    ── ") +
                             (it != m_path.cables.cend() ? cableText(*it)
                                                         : tr("cable %1").arg(*hop.cableId)) +
                             QStringLiteral(" ──");
            } else {
                lines << QStringLiteral("    ┄┄ ") + tr("through patch panel %1").arg(hop.deviceName) +
                             QStringLiteral(" ┄┄");
            }
        }
        lines << QStringLiteral("%1. %2 (%3)").arg(hop.hop).arg(portText(hop), kindText(hop.portKind));
    }
    if (m_path.trace.loop())
        lines << tr("Loop: the path returns to %1, which is already on it.").arg(portText(hops.constLast()));
    else if (m_path.trace.truncated())
        lines << tr("Truncated: the path goes on beyond %n hop(s).", nullptr, hops.constLast().hop - 1);
    else if (hops.size() > 1)
        lines << tr("Far end: %1").arg(portText(hops.constLast()));
    else
        lines << tr("No cable on this port.");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void CableTraceView::openDialog(WorkerPool *pool, qint64 portId, QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("cableTraceDialog"));
    dialog->setWindowTitle(tr("Cable trace"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSizeGripEnabled(true);
    auto *view = new CableTraceView(pool, dialog);
    auto *hint = new QLabel(tr("Ctrl+wheel zooms; drag to pan."), dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *copy = buttons->addButton(tr("Copy as text"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyTraceAsText"));
    copy->setEnabled(false);
    QPushButton *fit = buttons->addButton(tr("Fit"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    QObject::connect(copy, &QPushButton::clicked, view,
                     [view] { QApplication::clipboard()->setText(view->asText()); });
    QObject::connect(fit, &QPushButton::clicked, view, &CableTraceView::fitPath);
    QObject::connect(view, &CableTraceView::traceLoaded, dialog,
                     [dialog, copy, view](bool ok, const QString &) {
                         copy->setEnabled(ok);
                         if (ok && !view->path().trace.hops.isEmpty())
                             dialog->setWindowTitle(
                                 tr("Cable trace from %1").arg(portText(view->path().trace.hops.first())));
                     });
    dialog->resize(960, 360);
    view->tracePort(portId);
    dialog->show();
}

} // namespace hostdeck
