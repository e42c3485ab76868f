// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dcim/dcimtypes.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace hostdeck {

/// The properties of the selected device, editable. Validates as the user
/// types (a name is required, watts is a whole number of at least 0): invalid
/// fields are marked and Apply stays disabled with the reason shown. Apply
/// emits applyRequested; the window saves and reports back with showError()
/// or saved().
class DevicePanel : public QWidget
{
    Q_OBJECT
public:
    explicit DevicePanel(QWidget *parent = nullptr);

    /// Shows `device`. While the user has unsaved edits of the same device,
    /// only the values not being edited are refreshed unless `force`.
    void showDevice(const Device &device, bool force = false);
    void clearDevice();
    qint64 deviceId() const { return m_device.id; }
    const Device &device() const { return m_device; }
    void setCustomers(const QList<Customer> &customers);

    /// The values in the fields.
    DeviceProperties properties() const;
    /// Why the fields cannot be saved; empty when they can.
    QString validationError() const;
    bool hasUnsavedChanges() const { return m_dirty; }

    /// An error from saving, shown inline until the next edit.
    void showError(const QString &message);
    /// Saving succeeded: the fields are the device's values now.
    void saved();

signals:
    /// Apply pressed with valid fields. `before` is the device as shown before editing.
    void applyRequested(qint64 deviceId, const hostdeck::DeviceProperties &properties,
                        const hostdeck::Device &before);

private:
    void fill(const Device &device);
    void edited();
    void revalidate();
    void apply();

    Device m_device;
    QList<Customer> m_customers;
    bool m_dirty = false;
    bool m_filling = false;
    bool m_saving = false;
    QString m_error;

    QLabel *m_title;
    QLineEdit *m_name;
    QLineEdit *m_serial;
    QLineEdit *m_assetTag;
    QLineEdit *m_manufacturer;
    QLineEdit *m_model;
    QCheckBox *m_hasWarranty;
    QDateEdit *m_warranty;
    QComboBox *m_disposition;
    QLineEdit *m_watts;
    QComboBox *m_customer;
    QPlainTextEdit *m_notes;
    QLabel *m_location;
    QLabel *m_message;
    QPushButton *m_apply;
    QPushButton *m_revert;
};

} // namespace hostdeck
