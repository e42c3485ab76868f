// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionsettings.h"

#include <QObject>
#include <QString>
#include <QThread>

namespace hostdeck {

/// One change announced by the database's triggers on the hostdeck_changes channel.
struct Change
{
    QString entity; ///< table name: "devices", "racks", ...
    qint64 id = 0;
    QString op;    ///< create, update, move, disposition, delete
    QString actor; ///< database role that made the change
};

/// Listens for hostdeck_changes notifications on its own connection in its own
/// thread and re-emits them (queued) on the thread that owns this object. Pings
/// the server every `pingMs`; a lost connection is reported and reopened.
class ChangeListener : public QObject
{
    Q_OBJECT
public:
    explicit ChangeListener(ConnectionSettings settings, int pingMs = 3000, QObject *parent = nullptr);
    ~ChangeListener() override;

    /// Connects and subscribes; returns at once. `listening()` follows.
    void start();

signals:
    void changed(const hostdeck::Change &change);
    void connectionStateChanged(bool connected, const QString &message);
    void listening();

private:
    QThread m_thread;
    ConnectionSettings m_settings;
    int m_pingMs;
    QObject *m_worker = nullptr;
};

} // namespace hostdeck

Q_DECLARE_METATYPE(hostdeck::Change)
