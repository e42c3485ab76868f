// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dcim/dcimfront.h"
#include "dcim/dcimtypes.h"

#include <QPointer>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace hostdeck {

/// Called on the GUI thread (in `context`) when one asynchronous step of a
/// command has finished: its Status, and what it tried in words.
using CommandFinished = std::function<void(const Status &status, const QString &what)>;

/// Moving a device is one UPDATE on a worker; undo moves it back. The window
/// pushes the command after the first move succeeded (`alreadyDone`), so the
/// stack only holds moves the database accepted.
class MoveDeviceCommand : public QUndoCommand
{
public:
    MoveDeviceCommand(DcimFront *front, QObject *context, CommandFinished finished, const Device &device,
                      const Placement &from, const Placement &to, bool alreadyDone);

    void undo() override;
    void redo() override;

private:
    void run(const Placement &to);

    DcimFront *m_front;
    QPointer<QObject> m_context;
    CommandFinished m_finished;
    qint64 m_deviceId;
    QString m_name;
    Placement m_from;
    Placement m_to;
    bool m_skipRedo;
};

/// Creating a device; undo deletes it, redo creates it again (with a new id).
class CreateDeviceCommand : public QUndoCommand
{
public:
    CreateDeviceCommand(DcimFront *front, QObject *context, CommandFinished finished, qint64 typeId,
                        const DeviceProperties &properties, const Placement &placement, qint64 createdId);

    void undo() override;
    void redo() override;
    qint64 deviceId() const { return *m_id; }

private:
    DcimFront *m_front;
    QPointer<QObject> m_context;
    CommandFinished m_finished;
    qint64 m_typeId;
    DeviceProperties m_properties;
    Placement m_placement;
    std::shared_ptr<qint64> m_id; ///< shared with pending redo continuations
    bool m_skipRedo = true;
};

/// Changing a device's disposition; undo restores the previous one.
class SetDispositionCommand : public QUndoCommand
{
public:
    SetDispositionCommand(DcimFront *front, QObject *context, CommandFinished finished, qint64 deviceId,
                          const QString &name, Disposition from, Disposition to, bool alreadyDone);

    void undo() override;
    void redo() override;

private:
    void run(Disposition to);

    DcimFront *m_front;
    QPointer<QObject> m_context;
    CommandFinished m_finished;
    qint64 m_deviceId;
    QString m_name;
    Disposition m_from;
    Disposition m_to;
    bool m_skipRedo;
};

} // namespace hostdeck
