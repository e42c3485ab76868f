// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workerpool.h"
#include "oob/bmc.h"
#include "oob/bmcfront.h"
#include "oob/bmcrepository.h"
#include "oob/certificatedialog.h"

#include <QCoreApplication>
#include <QFuture>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QToolButton;
class QTreeView;

namespace hostdeck {

/// The out-of-band view of the selected device: its BMC (kind, address), the
/// power state (queried when the panel is shown and by Refresh), On / Off /
/// Cycle (Reset and Soft off in a menu) each after a confirmation naming the
/// device and the action, with progress and the result; the inventory and the
/// sensors loaded on demand; the pinned certificate's fingerprint. When the
/// BMC's certificate is not pinned or changed, the panel shows the one it
/// presents now and offers "Accept certificate…", which pins it through
/// BmcRepository and retries. Database reads run on the WorkerPool, BMC calls
/// through BmcFront on the PeerPool.
class BmcPanel : public QWidget
{
    Q_OBJECT
public:
    BmcPanel(WorkerPool *pool, PeerPool *peers, QWidget *parent = nullptr);
    ~BmcPanel() override;

    /// The drivers the panel opens sessions with; without one it says so.
    void setFactory(std::shared_ptr<BmcFactory> factory);
    std::shared_ptr<BmcFactory> factory() const { return m_bmc.factory(); }

    /// Shows the BMC of a device: reads its settings, then (when visible) its power state.
    void showDevice(qint64 deviceId, const QString &name);
    void clearDevice();
    qint64 deviceId() const { return m_deviceId; }
    /// Re-reads the device's BMC settings (after a device_bmc change).
    void reloadSettings();

    /// Whether the operator can see the panel (a dock's tab may hide it without hiding the
    /// widget: MainWindow passes QDockWidget::visibilityChanged). When it becomes seen with a
    /// state not yet queried, the panel queries it. Default true.
    void setShownToUser(bool shown);

    /// Queries the power state now.
    void refreshState();
    /// Asks for confirmation, then runs `action` (no-op without a BMC or while busy).
    void requestPower(PowerAction action);
    void loadInventory();
    void loadSensors();
    /// Opens the dialog that compares the pinned and the presented certificate.
    void openCertificateDialog();
    /// Lists the systems the device's Redfish service serves (Id, serial,
    /// model) to choose from; shown by itself when an action was refused
    /// because the service serves several and the device names none.
    void chooseSystem();
    /// Stores the chosen system for the device, then reads the state again.
    void useChosenSystem();

    /// What the panel shows, for the window and tests.
    bool isBusy() const { return m_busy > 0; }
    bool hasBmc() const { return m_info.configured(); }
    const BmcInfo &info() const { return m_info; }
    PowerState powerState() const { return m_state; }
    QString stateText() const;
    QString resultText() const;
    QString noteText() const;
    QString fingerprintText() const;
    /// The fingerprint the BMC presented when its certificate was refused; empty otherwise.
    QString presentedFingerprint() const { return m_presented; }
    /// "certificate-unpinned" / "certificate-changed" while the BMC's certificate is refused.
    QString certificateProblem() const { return m_certCode; }
    QStandardItemModel *inventoryModel() const { return m_inventory; }
    QStandardItemModel *sensorModel() const { return m_sensors; }
    QPushButton *powerButton(PowerAction action) const;
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *acceptCertificateButton() const { return m_acceptCert; }
    /// "redfish-system-ambiguous" / "redfish-system-unknown" while the device names no system
    /// of its Redfish service that the service serves; empty otherwise.
    QString systemProblem() const { return m_systemCode; }
    QComboBox *systemChoice() const { return m_systemChoice; }
    QPushButton *chooseSystemButton() const { return m_chooseSystem; }
    QPushButton *useSystemButton() const { return m_useSystem; }
    QString systemText() const;
    QProgressBar *progressBar() const { return m_progress; }
    /// The open confirmation or certificate dialog; null when none.
    QMessageBox *confirmation() const { return m_confirm; }
    CertificateDialog *certificateDialog() const { return m_certDialog; }

signals:
    /// A result or an error worth the status bar.
    void message(const QString &text, bool error);
    /// A BMC operation finished (success or not); tests and the window wait on it.
    void operationFinished();

protected:
    void showEvent(QShowEvent *event) override;

private:
    /// Configured and not demo data: something may be sent to this BMC.
    bool contactable() const;

    enum class Op
    {
        State,
        Power,
        Inventory,
        Sensors
    };

    void applyInfo(const BmcInfo &info);
    void updateEnabled();
    void beginBusy(const QString &what);
    void endBusy();
    void showResult(const QString &text, bool error);
    /// Handles an operation's error; true when it was a certificate refusal.
    bool handleError(const Error &error, Op op, std::optional<PowerAction> action);
    void runPower(PowerAction action);
    void fetchPresentedCertificate();
    void pinPresented();
    void retry();
    void fillInventory(const BmcInventory &inventory);
    void fillSensors(const QList<SensorReading> &sensors);

    WorkerPool *m_pool;
    BmcFront m_bmc;
    qint64 m_deviceId = 0;
    QString m_deviceName;
    BmcInfo m_info;
    bool m_infoLoaded = false;
    int m_generation = 0;
    int m_busy = 0;
    bool m_stateStale = false;
    bool m_shownToUser = true;
    PowerState m_state = PowerState::Unknown;
    QString m_stateError;
    QString m_result;
    bool m_resultError = false;
    QString m_certCode;
    QString m_presented;
    QString m_systemCode;
    bool m_systemsShown = false;
    Op m_failedOp = Op::State;
    std::optional<PowerAction> m_failedAction;

    QLabel *m_title;
    QStackedWidget *m_pages;
    QLabel *m_note;
    QLabel *m_kind;
    QLabel *m_address;
    QLabel *m_fingerprint;
    QLabel *m_pinnedAt;
    QFormLayout *m_form;
    QLabel *m_system;
    QPushButton *m_chooseSystem;
    QWidget *m_systemBox;
    QLabel *m_systemText;
    QComboBox *m_systemChoice;
    QPushButton *m_useSystem;
    QWidget *m_certBox;
    QLabel *m_certText;
    QPushButton *m_acceptCert;
    QLabel *m_stateLabel;
    QPushButton *m_refresh;
    QPushButton *m_on;
    QPushButton *m_off;
    QPushButton *m_cycle;
    QPushButton *m_reset;
    QPushButton *m_softOff;
    QToolButton *m_more;
    QProgressBar *m_progress;
    QLabel *m_busyLabel;
    QLabel *m_resultLabel;
    QTabWidget *m_details;
    QPushButton *m_loadInventory;
    QPushButton *m_loadSensors;
    QLabel *m_inventoryNote;
    QTreeView *m_inventoryView;
    QTreeView *m_sensorView;
    QStandardItemModel *m_inventory;
    QStandardItemModel *m_sensors;
    QPointer<QMessageBox> m_confirm;
    QPointer<CertificateDialog> m_certDialog;
};

} // namespace hostdeck
