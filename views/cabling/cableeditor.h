// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cabling/cablerepository.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;

namespace hostdeck {

class WorkerPool;

/// Connects a port to another one with a new cable, or edits the cable already
/// on it. End A is the port it was opened for; end B is chosen by device and
/// then port (ports with another cable are disabled and say where theirs
/// goes). Type, colour (named colours with a swatch, or "Custom…" for any
/// #rrggbb), label and length are checked as the user types: Save stays
/// disabled and the reason shows. Saving runs on the worker pool; a refusal of
/// the database shows inline and keeps everything entered.
class CableEditorDialog : public QDialog
{
    Q_OBJECT
public:
    /// Data role of the colour combo's items: the colour text stored for the cable.
    static constexpr int ColourRole = Qt::UserRole + 1;
    /// Data role of the device and port combos' items: the row id.
    static constexpr int IdRole = Qt::UserRole + 2;
    /// Data role of the device and port combos' items: the device's or port's name.
    static constexpr int NameRole = Qt::UserRole + 5;

    CableEditorDialog(WorkerPool *pool, qint64 portA, QWidget *parent = nullptr);
    ~CableEditorDialog() override;

    /// The cable being edited, or none for a new cable (known once ready()).
    std::optional<qint64> cableId() const
    {
        return m_cable ? std::optional<qint64>(m_cable->id) : std::nullopt;
    }
    /// True once end A, the cable and the devices are loaded.
    bool isReady() const { return m_ready; }
    /// True while the ports of the chosen device load or a save runs.
    bool isBusy() const { return m_portsLoading || m_saving; }
    /// Why Save is disabled, or empty when the input is valid.
    QString validationProblem() const;
    /// The cable as entered.
    CableSpec spec() const;

    /// Selects `colour`, adding it (with its swatch) when it is not in the list.
    void selectColour(const QString &colour);
    /// Chooses the device of end B by id (loads its ports).
    void selectDevice(qint64 deviceId);
    /// Chooses the port of end B by id, when listed.
    void selectPort(qint64 portId);

    QComboBox *deviceCombo() const { return m_device; }
    QComboBox *portCombo() const { return m_port; }
    QComboBox *typeCombo() const { return m_type; }
    QComboBox *colourCombo() const { return m_colour; }
    QLineEdit *labelEdit() const { return m_label; }
    QLineEdit *lengthEdit() const { return m_length; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *problemLabel() const { return m_problem; }
    QLabel *errorLabel() const { return m_error; }

signals:
    /// End A, the cable and the candidate devices are loaded.
    void ready();
    /// The ports of the chosen device are listed.
    void portsLoaded();
    /// The cable was saved; `summary` says what was done (for the status bar).
    void saved(qint64 cableId, const QString &summary);

private:
    void load();
    void loadPorts(qint64 deviceId, std::optional<qint64> selectPortId);
    void validate();
    void colourActivated(int index);
    void save();
    void setInputsEnabled(bool enabled);
    int addColourItem(const QString &colour, const QString &hex, int at = -1);

    WorkerPool *m_pool;
    qint64 m_portAId;
    std::optional<PortRef> m_portA;
    std::optional<CableInfo> m_cable;
    QLabel *m_endA;
    QComboBox *m_device;
    QComboBox *m_port;
    QStandardItemModel *m_ports;
    QComboBox *m_type;
    QComboBox *m_colour;
    QLineEdit *m_label;
    QLineEdit *m_length;
    QLabel *m_problem;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    int m_lastColourIndex = 0;
    quint64 m_portsGeneration = 0;
    bool m_ready = false;
    bool m_portsLoading = false;
    bool m_saving = false;
};

} // namespace hostdeck
