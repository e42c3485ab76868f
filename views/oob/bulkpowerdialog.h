// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oob/bmc.h"
#include "oob/bmcfront.h"
#include "oob/bmcrepository.h"

#include <QDialog>
#include <QList>
#include <QMessageBox>
#include <QPointer>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace hostdeck {

class WorkerPool;

/// Power actions on several devices at once: the devices of the racks shown
/// that have a BMC, with checkboxes (the selected device pre-checked), an
/// action (on, off, cycle, reset, soft off), a confirmation naming the
/// devices, then the actions run in parallel on the worker pool with at most
/// maxConcurrent() at a time. A progress bar and a per-device result column
/// fill as each finishes; Cancel stops those not started yet; a summary ends it.
class BulkPowerDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        DeviceColumn,
        PlaceColumn,
        BmcColumn,
        ResultColumn,
        ColumnCount
    };

    /// Reads the devices of `rackIds` with a BMC on the pool and powers them through `bmc`;
    /// `preselected` (a device id) starts checked.
    BulkPowerDialog(WorkerPool *pool, BmcFront bmc, const QList<qint64> &rackIds, qint64 preselected,
                    QWidget *parent = nullptr);
    ~BulkPowerDialog() override;

    /// At most this many actions run at the same time (default 4, at least 1).
    void setMaxConcurrent(int count);
    int maxConcurrent() const { return m_maxConcurrent; }

    QStandardItemModel *model() const { return m_model; }
    QComboBox *actionBox() const { return m_action; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    /// The line above the list: which racks it covers, or why it is empty.
    QString introText() const;
    /// The open confirmation; null when none.
    QMessageBox *confirmation() const { return m_confirm; }
    /// Checks or unchecks the row of `deviceId`.
    void setChecked(qint64 deviceId, bool checked);
    QList<qint64> checkedDevices() const;
    void setAction(PowerAction action);
    PowerAction action() const;

    bool isLoaded() const { return m_loaded; }
    bool isRunning() const { return m_running; }
    QString summaryText() const;
    /// The result column of a device's row.
    QString resultFor(qint64 deviceId) const;

    /// While actions run, cancels those not started (and stays open); closes otherwise.
    void reject() override;

signals:
    /// The device list arrived (or failed to).
    void loaded();
    /// One device's action finished.
    void deviceFinished(qint64 deviceId, bool ok);
    /// Every started action finished (after a cancel: the ones started before it).
    void finishedAll();

private:
    struct Job
    {
        qint64 deviceId = 0;
        QString name;
        int row = 0;
    };

    void fill(const QList<BmcRackDevice> &devices);
    void updateRunEnabled();
    void confirmAndRun();
    void start();
    void startNext();
    void cancelPending();
    void finishIfDone();
    int rowOf(qint64 deviceId) const;

    WorkerPool *m_pool;
    BmcFront m_bmc;
    qint64 m_preselected;
    int m_maxConcurrent = 4;
    bool m_loaded = false;
    bool m_running = false;
    bool m_cancelled = false;
    PowerAction m_runningAction = PowerAction::On;
    QList<Job> m_queue;
    int m_inFlight = 0;
    int m_total = 0;
    int m_done = 0;
    int m_ok = 0;
    int m_failed = 0;
    int m_skipped = 0;

    QLabel *m_intro;
    QStandardItemModel *m_model;
    QTreeView *m_view;
    QComboBox *m_action;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QDialogButtonBox *m_buttons;
    QPointer<QMessageBox> m_confirm;
};

} // namespace hostdeck
