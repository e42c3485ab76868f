// SPDX-License-Identifier: GPL-3.0-or-later
#include "dcim/dcimcommands.h"

#include "core/deliver.h"

#include <QCoreApplication>

namespace hostdeck {

namespace {
// lupdate files these strings under the macro's context, the same one Text::tr() uses at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DcimCommands)
};

QString describe(const Placement &p)
{
    return p.uStart == p.uEnd ? Text::tr("U %1").arg(p.uStart)
                              : Text::tr("U %1–%2").arg(p.uStart).arg(p.uEnd);
}

template <typename T>
void whenDone(QFuture<T> future, QObject *context, CommandFinished finished, QString what)
{
    if (!context)
        return;
    deliver(future, context, [finished = std::move(finished), what = std::move(what)](const T &result) {
        if constexpr (std::is_same_v<T, Status>)
            finished(result, what);
        else
            finished(result.ok() ? Status() : Status(result.error()), what);
    });
}
} // namespace

MoveDeviceCommand::MoveDeviceCommand(DcimFront *front, QObject *context, CommandFinished finished,
                                     const Device &device, const Placement &from, const Placement &to,
                                     bool alreadyDone)
    : m_front(front)
    , m_context(context)
    , m_finished(std::move(finished))
    , m_deviceId(device.id)
    , m_name(device.name)
    , m_from(from)
    , m_to(to)
    , m_skipRedo(alreadyDone)
{
    setText(Text::tr("Move %1 to %2").arg(device.name, describe(to)));
}

void MoveDeviceCommand::run(const Placement &to)
{
    whenDone(m_front->moveDevice(m_deviceId, to), m_context, m_finished, Text::tr("Moving %1").arg(m_name));
}

void MoveDeviceCommand::undo()
{
    run(m_from);
}

void MoveDeviceCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    run(m_to);
}

CreateDeviceCommand::CreateDeviceCommand(DcimFront *front, QObject *context, CommandFinished finished,
                                         qint64 typeId, const DeviceProperties &properties,
                                         const Placement &placement, qint64 createdId)
    : m_front(front)
    , m_context(context)
    , m_finished(std::move(finished))
    , m_typeId(typeId)
    , m_properties(properties)
    , m_placement(placement)
    , m_id(std::make_shared<qint64>(createdId))
{
    setText(Text::tr("Add %1").arg(properties.name));
}

void CreateDeviceCommand::undo()
{
    whenDone(m_front->deleteDevice(*m_id), m_context, m_finished,
             Text::tr("Removing %1").arg(m_properties.name));
}

void CreateDeviceCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (!m_context)
        return;
    auto future = m_front->createDevice(m_typeId, m_properties, m_placement);
    deliver(future, m_context.data(),
            [id = m_id, finished = m_finished, name = m_properties.name](const Result<qint64> &r) {
                if (r.ok())
                    *id = *r;
                finished(r.ok() ? Status() : Status(r.error()), Text::tr("Adding %1").arg(name));
            });
}

SetDispositionCommand::SetDispositionCommand(DcimFront *front, QObject *context, CommandFinished finished,
                                             qint64 deviceId, const QString &name, Disposition from,
                                             Disposition to, bool alreadyDone)
    : m_front(front)
    , m_context(context)
    , m_finished(std::move(finished))
    , m_deviceId(deviceId)
    , m_name(name)
    , m_from(from)
    , m_to(to)
    , m_skipRedo(alreadyDone)
{
    setText(Text::tr("Set %1 to %2").arg(name, displayName(to)));
}

void SetDispositionCommand::run(Disposition to)
{
    whenDone(m_front->setDisposition(m_deviceId, to), m_context, m_finished,
             Text::tr("Setting %1 to %2").arg(m_name, displayName(to)));
}

void SetDispositionCommand::undo()
{
    run(m_from);
}

void SetDispositionCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    run(m_to);
}

} // namespace hostdeck
