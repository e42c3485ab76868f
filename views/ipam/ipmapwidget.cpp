// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipam/ipmapwidget.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace hostdeck {

namespace {
constexpr int kCell = 20;
constexpr int kGap = 2;
constexpr int kWholeLimit = 1024; // IPv4 subnets up to this many addresses are shown whole
constexpr int kFirstAddresses = 256;
} // namespace

IpMapWidget::IpMapWidget(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

Cidr IpMapWidget::rangeFor(const Cidr &subnet)
{
    if (!subnet.isValid())
        return {};
    if (subnet.family() == 4 && subnet.size() <= kWholeLimit)
        return subnet;
    if (subnet.hostBits() <= 8)
        return subnet;
    return Cidr::fromParts(subnet.family(), subnet.network(), subnet.maxPrefix() - 8);
}

void IpMapWidget::clear()
{
    m_subnet = {};
    m_data = {};
    m_cells.clear();
    m_current = -1;
    resize(sizeHint());
    update();
}

void IpMapWidget::setData(const SubnetRow &subnet, const AddressMapData &data)
{
    m_subnet = subnet;
    m_data = data;
    const Cidr &range = m_data.range;
    const int count = range.isValid() ? int(range.size()) : 0;
    m_cells = QList<Cell>(count);
    const SubnetNode &node = subnet.node;
    CellState base = CellState::Free;
    if (subnet.effectiveUnavailable)
        base = CellState::Parked;
    else if (node.status == QLatin1String("allocated"))
        base = CellState::Allocated;
    for (Cell &c : m_cells) {
        c.state = base;
        if (base == CellState::Allocated)
            c.blockCustomer = subnet.customerCode;
    }
    const auto cellOf = [&](uint128 address) -> int {
        if (!range.containsAddress(address))
            return -1;
        return int(address - range.network());
    };
    for (const MapBlock &b : m_data.blocks) {
        if (!b.parked && !b.allocated)
            continue;
        const uint128 first = std::max(b.cidr.network(), range.network());
        const uint128 last = std::min(b.cidr.last(), range.last());
        for (uint128 a = first; a <= last && a >= first; ++a) {
            Cell &c = m_cells[cellOf(a)];
            if (b.parked) {
                c.state = CellState::Parked;
            } else if (c.state != CellState::Parked) {
                c.state = CellState::Allocated;
                c.blockCustomer = b.customerCode;
            }
        }
    }
    // The reserved addresses of the subnet itself (the allocator never hands them out).
    const bool v4 = node.cidr.family() == 4;
    if (node.cidr.isValid() && node.cidr.hostBits() >= 2) {
        const auto reserve = [&](uint128 address, CellState state) {
            const int cell = cellOf(address);
            if (cell >= 0 && m_cells[cell].state == CellState::Free)
                m_cells[cell].state = state;
        };
        reserve(node.cidr.network(), CellState::Network);
        reserve(node.cidr.network() + 1, CellState::Gateway);
        if (v4)
            reserve(node.cidr.last(), CellState::Broadcast);
    }
    for (int i = 0; i < m_data.addresses.size(); ++i) {
        const IpAddressRow &a = m_data.addresses[i];
        const int cell = cellOf(a.address.network());
        if (cell < 0)
            continue;
        Cell &c = m_cells[cell];
        c.address = i;
        if (a.purpose == QLatin1String("management"))
            c.state = CellState::Management;
        else if (a.purpose == QLatin1String("bmc"))
            c.state = CellState::Bmc;
        else if (a.isUnavailable || a.purpose == QLatin1String("reserved"))
            c.state = CellState::Parked;
        else if (a.purpose == QLatin1String("gateway"))
            c.state = CellState::Gateway;
        else if (a.purpose == QLatin1String("network"))
            c.state = CellState::Network;
        else
            c.state = CellState::Allocated;
    }
    m_current = std::min(std::max(m_current, 0), int(m_cells.size()) - 1);
    resize(sizeHint()); // the scroll area holding the map follows
    update();
}

Cidr IpMapWidget::cellAddress(int cell) const
{
    if (cell < 0 || cell >= m_cells.size())
        return {};
    return m_data.range.host(uint128(cell));
}

const IpAddressRow *IpMapWidget::addressAt(int cell) const
{
    if (cell < 0 || cell >= m_cells.size() || m_cells[cell].address < 0)
        return nullptr;
    return &m_data.addresses[m_cells[cell].address];
}

QColor IpMapWidget::colour(CellState state)
{
    switch (state) {
    case CellState::Free:
        return QColor(0xe8, 0xf5, 0xe9);
    case CellState::Allocated:
        return QColor(0x19, 0x76, 0xd2);
    case CellState::Parked:
        return QColor(0x9e, 0x9e, 0x9e);
    case CellState::Network:
    case CellState::Broadcast:
        return QColor(0x42, 0x42, 0x42);
    case CellState::Gateway:
        return QColor(0xf9, 0xa8, 0x25);
    case CellState::Management:
        return QColor(0x8e, 0x24, 0xaa);
    case CellState::Bmc:
        return QColor(0xd8, 0x1b, 0x60);
    }
    return {};
}

QString IpMapWidget::stateName(CellState state)
{
    switch (state) {
    case CellState::Free:
        return tr("free");
    case CellState::Allocated:
        return tr("allocated");
    case CellState::Parked:
        return tr("parked");
    case CellState::Network:
        return tr("network (reserved)");
    case CellState::Broadcast:
        return tr("broadcast (reserved)");
    case CellState::Gateway:
        return tr("gateway (reserved)");
    case CellState::Management:
        return tr("management");
    case CellState::Bmc:
        return tr("BMC");
    }
    return {};
}

QString IpMapWidget::cellToolTip(int cell) const
{
    if (cell < 0 || cell >= m_cells.size())
        return {};
    const Cell &c = m_cells[cell];
    QStringList lines{tr("%1 — %2").arg(cellAddress(cell).addressString(), stateName(c.state))};
    if (const IpAddressRow *a = addressAt(cell)) {
        if (a->customerId)
            lines << tr("Customer: %1")
                         .arg(m_data.customerCodes.value(*a->customerId, QString::number(*a->customerId)));
        if (a->deviceId)
            lines << tr("Device: %1")
                         .arg(m_data.deviceNames.value(*a->deviceId, QString::number(*a->deviceId)));
        if (a->vlanVid)
            lines << tr("VLAN %1").arg(*a->vlanVid);
        lines << tr("Purpose: %1").arg(a->purpose);
        lines << (a->rdns.isEmpty() ? tr("No reverse DNS name") : tr("Reverse DNS: %1").arg(a->rdns));
    } else if (!c.blockCustomer.isEmpty()) {
        lines << tr("Customer: %1 (allocated subnet)").arg(c.blockCustomer);
    }
    return lines.join(u'\n');
}

int IpMapWidget::columns() const
{
    return m_cells.size() <= 256 ? 16 : 32;
}

QRect IpMapWidget::cellRect(int cell) const
{
    const int cols = columns();
    return QRect(kGap + (cell % cols) * (kCell + kGap), kGap + (cell / cols) * (kCell + kGap), kCell, kCell);
}

int IpMapWidget::cellAt(const QPoint &pos) const
{
    for (int cell = 0; cell < m_cells.size(); ++cell) {
        if (cellRect(cell).contains(pos))
            return cell;
    }
    return -1;
}

QSize IpMapWidget::sizeHint() const
{
    const int cols = columns();
    const int rows = std::max<int>(1, (int(m_cells.size()) + cols - 1) / cols);
    return QSize(kGap + cols * (kCell + kGap), kGap + rows * (kCell + kGap));
}

QSize IpMapWidget::minimumSizeHint() const
{
    return sizeHint();
}

void IpMapWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (m_cells.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Select a subnet and press Enter to see its addresses."));
        return;
    }
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.7));
    p.setFont(small);
    for (int cell = 0; cell < m_cells.size(); ++cell) {
        const QRect r = cellRect(cell);
        const QColor fill = colour(m_cells[cell].state);
        p.fillRect(r, fill);
        p.setPen(fill.lightness() < 140 ? Qt::white : Qt::black);
        p.drawText(r, Qt::AlignCenter, QString::number(int((m_data.range.network() + uint128(cell)) & 0xff)));
        if (cell == m_current && hasFocus()) {
            p.setPen(QPen(palette().color(QPalette::Highlight), 2));
            p.drawRect(r.adjusted(1, 1, -1, -1));
        }
    }
}

bool IpMapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int cell = cellAt(help->pos());
        if (cell >= 0)
            QToolTip::showText(help->globalPos(), cellToolTip(cell), this, cellRect(cell));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void IpMapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    const int cell = cellAt(event->position().toPoint());
    if (cell < 0 || event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    m_current = cell;
    update();
    emit cellActivated(cell, event->globalPosition().toPoint());
}

void IpMapWidget::keyPressEvent(QKeyEvent *event)
{
    if (m_cells.isEmpty())
        return QWidget::keyPressEvent(event);
    const int cols = columns();
    int next = m_current;
    switch (event->key()) {
    case Qt::Key_Left:
        next = m_current - 1;
        break;
    case Qt::Key_Right:
        next = m_current + 1;
        break;
    case Qt::Key_Up:
        next = m_current - cols;
        break;
    case Qt::Key_Down:
        next = m_current + cols;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
    case Qt::Key_Menu:
        emit cellActivated(m_current, mapToGlobal(cellRect(m_current).center()));
        return;
    default:
        return QWidget::keyPressEvent(event);
    }
    if (next >= 0 && next < m_cells.size()) {
        m_current = next;
        update();
    }
}

} // namespace hostdeck
