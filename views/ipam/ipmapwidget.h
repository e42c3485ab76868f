// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipam/ipamrepository.h"

#include <QWidget>

namespace hostdeck {

/// A grid of the addresses of one subnet, a cell per address, coloured by
/// state: an IPv4 subnet of up to 1,024 addresses whole, the first 256
/// addresses of a larger one or of an IPv6 subnet. The tooltip of a cell names
/// the address, its customer, device and reverse DNS name; a click (or Enter
/// on the current cell) asks to edit it.
class IpMapWidget : public QWidget
{
    Q_OBJECT
public:
    enum class CellState
    {
        Free,
        Allocated,
        Parked,
        Network,
        Broadcast,
        Gateway,
        Management,
        Bmc
    };

    explicit IpMapWidget(QWidget *parent = nullptr);

    /// The range the map shows for `subnet` (the subnet itself, or its first 256 addresses).
    static Cidr rangeFor(const Cidr &subnet);
    /// Shows `data` (for data.range) inside `subnet`, whose own state colours
    /// every cell not otherwise known (allocated or parked as a whole).
    void setData(const SubnetRow &subnet, const AddressMapData &data);
    void clear();

    const Cidr &subnet() const { return m_subnet.node.cidr; }
    int cellCount() const { return int(m_cells.size()); }
    CellState cellState(int cell) const { return m_cells.value(cell).state; }
    Cidr cellAddress(int cell) const;
    QString cellToolTip(int cell) const;
    /// Where a cell is drawn (widget coordinates); for tests and keyboard focus.
    QRect cellRect(int cell) const;
    int cellAt(const QPoint &pos) const;
    /// The address row behind a cell, when there is one.
    const IpAddressRow *addressAt(int cell) const;

    static QColor colour(CellState state);
    static QString stateName(CellState state);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// The operator clicked a cell (global position for a menu).
    void cellActivated(int cell, const QPoint &globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Cell
    {
        CellState state = CellState::Free;
        int address = -1; ///< index into m_data.addresses
        QString blockCustomer;
    };

    int columns() const;

    SubnetRow m_subnet;
    AddressMapData m_data;
    QList<Cell> m_cells;
    int m_current = -1;
};

} // namespace hostdeck
