// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dcim/dcimtypes.h"

#include <QDialog>
#include <QSet>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace hostdeck {

/// Asks for the name of a device about to be created from the palette,
/// prefilled with a suggestion. OK stays disabled while the name is empty or
/// already taken by a device the window knows of.
class NewDeviceDialog : public QDialog
{
    Q_OBJECT
public:
    NewDeviceDialog(const DeviceType &type, const QString &where, const QString &suggestion,
                    const QSet<QString> &takenNames, QWidget *parent = nullptr);

    QString name() const;
    void setName(const QString &name);

    /// A name not in `taken` (case-insensitive), built from the rack, U and type kind.
    static QString suggestName(const DeviceType &type, const QString &rackName, int u,
                               const QSet<QString> &taken);

private:
    void revalidate();

    QSet<QString> m_taken;
    QLineEdit *m_name;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace hostdeck
