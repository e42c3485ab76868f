// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dcim/dcimtypes.h"

#include <QColor>
#include <QWidget>

namespace hostdeck {

/// The fill colour the rack elevation uses for a device in disposition `d`.
/// One colour per disposition, distinct from each other.
QColor dispositionColor(Disposition d);

/// A small legend listing the six dispositions with their colours, plus the
/// power bar's colours.
class DispositionLegend : public QWidget
{
    Q_OBJECT
public:
    explicit DispositionLegend(QWidget *parent = nullptr);
};

} // namespace hostdeck
